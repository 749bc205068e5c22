"""The article a web page states in its structured data: the schema.org `articleBody` of its
JSON-LD scripts. Pages built in the browser by script often carry their article nowhere else in
the HTML; trafilatura then finds only a caption or a teaser, and this text stands in for it.

Other pages hold the article in a script's variable, a part at a time in strings of HTML, and
show one part: `scripted_paragraphs` reads them all, from the part the extraction read.

Many sites write that JSON by hand and leave quotes unescaped inside the text
(`"articleBody":"… Taiwan's "fate", and …"`), which no JSON parser accepts: the body is then
cut where the next key starts.
"""

from __future__ import annotations

import html as entities
import json
import re
from collections.abc import Iterator
from xml.etree import ElementTree

from narrator.readers.clutter import word_count

__all__ = ["ld_scripts", "scripted_paragraphs", "stated_paragraphs", "with_stated_body"]

# The article stated in the page's structured data replaces an extraction of under half its
# words; a short statement is a summary, not the article.
_MIN_STATED_WORDS = 100
_MIN_FOUND_SHARE = 0.5
# An article held in a script is looked for only when the extraction read a part this short.
_MAX_PART_WORDS = 300
_OPENING_WORDS = 8
_LD_SCRIPT = re.compile(
    r"<script\b[^>]*\bapplication/ld\+json\b[^>]*>(.*?)</script\s*>", re.IGNORECASE | re.DOTALL
)
_BODY_KEY = re.compile(r'"articleBody"\s*:\s*"')
# The closing quote of the body: the one followed by the next key, or by the object's end.
_BODY_END = re.compile(r'(?<!\\)"\s*(?:,\s*"[@\w]+"\s*:|[}\]])')
_UNESCAPED_QUOTE = re.compile(r'(?<!\\)"')
_TAG = re.compile(r"<[^>]{0,300}>")
_PARAGRAPH_BREAK = re.compile(r"\s*\n\s*")
# An inline script (no src, not JSON-LD) that holds closed paragraphs of HTML in its strings,
# as written in JSON, escaped for HTML or both.
_INLINE_SCRIPT = re.compile(
    r"<script\b(?![^>]*\bsrc=)(?![^>]*ld\+json)[^>]*>(.*?)</script\s*>", re.IGNORECASE | re.DOTALL
)
_CLOSED_PARAGRAPH = ("<\\/p>", "&lt;\\/p&gt;", "\\u003c/p", "&lt;/p&gt;")
_JSON_STRING = re.compile(r'"((?:[^"\\\n]|\\.){80,})"')
_BLOCK_END = re.compile(r"</(?:p|h[1-6]|li|blockquote)\s*>", re.IGNORECASE)
# Paragraphs joined with nothing between them: "…to 80TB hard drives.As AnandTech reports…".
_GLUED_SENTENCES = re.compile(r"(?<=[a-z][.!?])(?=[A-Z][a-z])")


def with_stated_body(document: ElementTree.Element | None, html: str) -> ElementTree.Element | None:
    """`document`, or the article the page states in its structured data when the extraction
    found under half of its words (a page built by script: trafilatura found a caption), or
    holds in a script's variable when the extraction found a part of it (a page shown a part
    at a time)."""
    main = document.find("main") if document is not None else None
    found = word_count(main) if main is not None else 0
    stated = stated_paragraphs(html)
    if not _much_longer(stated, found) and main is not None and found < _MAX_PART_WORDS:
        stated = scripted_paragraphs(html, _opening(main))
    if not _much_longer(stated, found):
        return document
    if document is None or main is None:
        document = ElementTree.Element("doc")
        main = ElementTree.SubElement(document, "main")
    for child in list(main):
        main.remove(child)
    main.text = None
    for paragraph in stated:
        ElementTree.SubElement(main, "p").text = paragraph
    return document


def _opening(main: ElementTree.Element) -> str:
    """The first words of the first paragraph of `main` that has more of them."""
    paragraphs = (" ".join(paragraph.itertext()).split() for paragraph in main.iter("p"))
    words = next((words for words in paragraphs if len(words) > _OPENING_WORDS), [])
    return " ".join(words[:_OPENING_WORDS])


def _much_longer(stated: list[str], found: int) -> bool:
    """Whether the `stated` paragraphs hold an article, over twice the words `found`."""
    words = sum(len(paragraph.split()) for paragraph in stated)
    return words >= _MIN_STATED_WORDS and found < _MIN_FOUND_SHARE * words


def stated_paragraphs(page: str) -> list[str]:
    """The paragraphs of the longest `articleBody` in the page's JSON-LD; none when it has
    none."""
    if '"articleBody"' not in page:
        return []  # most pages: no need to look through their scripts
    bodies = [body for script in ld_scripts(page) for body in _bodies(script)]
    longest = max(bodies, key=len, default="")
    text = _GLUED_SENTENCES.sub("\n", _TAG.sub(" ", entities.unescape(longest)))
    return [" ".join(part.split()) for part in _PARAGRAPH_BREAK.split(text) if part.strip()]


def ld_scripts(page: str) -> Iterator[str]:
    """The text of each JSON-LD script in `page`."""
    for script in _LD_SCRIPT.finditer(page):
        yield script.group(1)


def _bodies(script: str) -> Iterator[str]:
    try:
        data = json.loads(script, strict=False)
    except ValueError:
        yield from _bodies_by_key(script)
    else:
        yield from _bodies_in(data)


def _bodies_in(data: object) -> Iterator[str]:
    """Every string under an "articleBody" key, however deep (a @graph, a list of articles)."""
    if isinstance(data, dict):
        for key, value in data.items():
            if key == "articleBody" and isinstance(value, str):
                yield value
            else:
                yield from _bodies_in(value)
    elif isinstance(data, list):
        for item in data:
            yield from _bodies_in(item)


def _bodies_by_key(script: str) -> Iterator[str]:
    """The "articleBody" strings of a script that is not valid JSON."""
    for key in _BODY_KEY.finditer(script):
        end = _BODY_END.search(script, key.end())
        if end is None:
            continue
        raw = _UNESCAPED_QUOTE.sub(r"\"", script[key.end() : end.start()])
        try:
            yield json.loads(f'"{raw}"', strict=False)
        except ValueError:
            continue


def scripted_paragraphs(page: str, opening: str) -> list[str]:
    """The paragraphs of an article a page holds in a script's variable (`var article =
    {"pages": {"1": {"top": "&lt;p&gt;…"}}}`), shown a part at a time: from the string that
    holds `opening` (the first words the extraction read) to the script's last paragraph;
    none when no script holds them."""
    key = _squeezed(opening)
    if not key:
        return []
    for script in _INLINE_SCRIPT.finditer(page):
        body = script.group(1)
        if not any(mark in body for mark in _CLOSED_PARAGRAPH):
            continue
        paragraphs = [part for text in _html_strings(body) for part in _paragraphs(text)]
        start = next((i for i, text in enumerate(paragraphs) if key in _squeezed(text)), None)
        if start is not None:
            return paragraphs[start:]
    return []


def _html_strings(script: str) -> Iterator[str]:
    """The long strings of a script that hold paragraphs of HTML, decoded."""
    for literal in _JSON_STRING.finditer(script):
        try:
            text = json.loads(f'"{literal.group(1)}"', strict=False)
        except ValueError:
            continue
        # Escaped for HTML, often twice: "couldn&amp;#39;t" is "couldn't".
        text = entities.unescape(entities.unescape(text))
        if "</p>" in text:
            yield text


def _paragraphs(text: str) -> list[str]:
    text = _TAG.sub(" ", _BLOCK_END.sub("\n", text))
    return [" ".join(part.split()) for part in _PARAGRAPH_BREAK.split(text) if part.strip()]


def _squeezed(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())
