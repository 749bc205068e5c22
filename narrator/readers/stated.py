"""The article a web page states in its structured data: the schema.org `articleBody` of its
JSON-LD scripts. Pages built in the browser by script often carry their article nowhere else in
the HTML; trafilatura then finds only a caption or a teaser, and this text stands in for it.

Many sites write that JSON by hand and leave quotes unescaped inside the text
(`"articleBody":"… Taiwan's "fate", and …"`), which no JSON parser accepts: the body is then
cut where the next key starts.
"""

from __future__ import annotations

import html as entities
import json
import re
from collections.abc import Iterator

__all__ = ["ld_scripts", "stated_paragraphs"]

_LD_SCRIPT = re.compile(
    r"<script\b[^>]*\bapplication/ld\+json\b[^>]*>(.*?)</script\s*>", re.IGNORECASE | re.DOTALL
)
_BODY_KEY = re.compile(r'"articleBody"\s*:\s*"')
# The closing quote of the body: the one followed by the next key, or by the object's end.
_BODY_END = re.compile(r'(?<!\\)"\s*(?:,\s*"[@\w]+"\s*:|[}\]])')
_UNESCAPED_QUOTE = re.compile(r'(?<!\\)"')
_TAG = re.compile(r"<[^>]{0,300}>")
_PARAGRAPH_BREAK = re.compile(r"\s*\n\s*")
# Paragraphs joined with nothing between them: "…to 80TB hard drives.As AnandTech reports…".
_GLUED_SENTENCES = re.compile(r"(?<=[a-z][.!?])(?=[A-Z][a-z])")


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
