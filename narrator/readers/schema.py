"""The parts of a page that it states in schema.org markup and that trafilatura often drops: a
recipe's ingredients and steps (a "recipe card" built of small list items and buttons), the
question a Q&A page answers (trafilatura keeps the answers, long and many, and loses the
question above them) and the answer it gives (trafilatura may settle on the question's body
alone, as on Stack Exchange's pages, whose question and answers share a class name): the
accepted answer, else the first suggested, the page's top one. The page marks them in its
microdata (`itemprop="recipeIngredient"`, `itemprop="text"` inside a Question or an Answer) or
its JSON-LD (`"recipeIngredient": [...]`, a QAPage's `mainEntity`); as shown on the page (its
microdata) is preferred to the JSON-LD's wording.

They are put back only when the extraction holds under half of them, where a listener expects
them: the question before the answers, the answer after the question, the ingredients before
the steps. They are looked up in the whole page, as it came (a recipe card's ingredients often
sit in buttons and forms, which the clutter rules take out), and only in a page that names them
at all.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING
from xml.etree import ElementTree

from narrator.readers.stated import ld_scripts
from narrator.readers.structure import clean

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["restore_stated_parts"]

_MIN_FOUND_SHARE = 0.5
_MAX_ITEMS = 60
_OPENING_WORDS = 6
_WORD = re.compile(r"\w+")
_RECIPE_XPATH = "(//*[@itemscope][contains(@itemtype, 'schema.org/Recipe')])[1]"
_QUESTION_XPATH = "(//*[@itemscope][contains(@itemtype, 'schema.org/Question')])[1]"
_ANSWER_XPATHS = (
    "(//*[@itemscope][@itemprop='acceptedAnswer'])[1]",
    "(//*[@itemscope][@itemprop='suggestedAnswer'])[1]",
)
_INGREDIENT_XPATH = ".//*[@itemprop='recipeIngredient' or @itemprop='ingredients']"
_STEP_XPATH = ".//*[@itemprop='recipeInstructions']"
_BLOCKS = ("p", "li", "blockquote", "pre", "h2", "h3", "h4")
# The page names them somewhere, or is not looked at again (found at the speed of `in`).
_MARKERS = (
    "recipeIngredient",
    "recipeInstructions",
    'itemprop="ingredients"',
    "itemprop='ingredients'",
    "schema.org/Question",
    '"QAPage"',
)
_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*\?>")


def restore_stated_parts(main: ElementTree.Element, html: str) -> None:
    """Put back in `main` the question of a Q&A page and a recipe's ingredients and steps
    that the page `html` states and the extraction lost."""
    page = _parsed(html) if any(marker in html for marker in _MARKERS) else None
    if page is None:
        return
    text = _squeezed(" ".join(main.itertext()))
    question = _question(page, html)
    if question and _mostly_missing(question, text):
        at = _after_title(main)
        for offset, paragraph in enumerate(question):
            main.insert(at + offset, _block("p", paragraph))
    answer = _answer(page, html) if question else []
    if answer and _mostly_missing(answer, text):
        at = _after_question(main, question)
        for offset, paragraph in enumerate(answer):
            main.insert(at + offset, _block("p", paragraph))
    ingredients, steps = _recipe(page, html)
    if ingredients and _mostly_missing(ingredients, text):
        main.insert(_before_steps(main, steps), _list(ingredients))
    if steps and _mostly_missing(steps, text):
        main.append(_list(steps))


def _parsed(html: str) -> HtmlElement | None:
    from lxml import etree
    from lxml.html import document_fromstring

    try:
        return document_fromstring(_XML_DECLARATION.sub("", html))
    except (etree.ParserError, ValueError):
        return None


def _question(page: HtmlElement, html: str) -> list[str]:
    """The paragraphs of the question a Q&A page answers: its microdata's Question `text`,
    else the JSON-LD QAPage's."""
    for question in page.xpath(_QUESTION_XPATH):
        for body in question.xpath(".//*[@itemprop='text']"):
            if _scope_of(body) is question:
                return _paragraphs(body)
    if '"QAPage"' not in html:
        return []
    for data in _ld_objects(html):
        text = data.get("text")
        if data.get("@type") == "Question" and isinstance(text, str):
            return _text_paragraphs(text)
    return []


def _answer(page: HtmlElement, html: str) -> list[str]:
    """The paragraphs of the answer a Q&A page gives: its accepted answer, else its first
    suggested one, from its microdata, else from the JSON-LD QAPage's."""
    for xpath in _ANSWER_XPATHS:
        for answer in page.xpath(xpath):
            for body in answer.xpath(".//*[@itemprop='text']"):
                if _scope_of(body) is answer:
                    return _paragraphs(body)
    if '"QAPage"' not in html:
        return []
    for data in _ld_objects(html):
        if data.get("@type") == "Question":
            for key in ("acceptedAnswer", "suggestedAnswer"):
                found = data.get(key)
                first = found[0] if isinstance(found, list) and found else found
                text = first.get("text") if isinstance(first, dict) else None
                if isinstance(text, str):
                    return _text_paragraphs(text)
    return []


def _recipe(page: HtmlElement, html: str) -> tuple[list[str], list[str]]:
    """A recipe's ingredients and steps: each from its microdata, else from its JSON-LD."""
    ingredients: list[str] = []
    steps: list[str] = []
    for recipe in [*page.xpath(_RECIPE_XPATH), page]:  # the properties may stand unscoped
        ingredients = _filled([_own(item) for item in recipe.xpath(_INGREDIENT_XPATH)])
        steps = _filled([step for item in recipe.xpath(_STEP_XPATH) for step in _paragraphs(item)])
        if ingredients or steps:
            break
    if (ingredients and steps) or '"recipeIngredient"' not in html:
        return ingredients, steps
    recipes = [data for data in _ld_objects(html) if _is_recipe(data)]
    if len(recipes) != 1:
        return ingredients, steps  # a page of several recipes: which is the page's own?
    listed = recipes[0].get("recipeIngredient")
    listed = listed if isinstance(listed, list) else []
    stated = _filled([clean(item) for item in listed if isinstance(item, str)])
    instructions = _filled(list(_steps(recipes[0].get("recipeInstructions"))))
    return ingredients or stated, steps or instructions


def _is_recipe(data: dict[str, object]) -> bool:
    types = data.get("@type")
    return "Recipe" in (types if isinstance(types, list) else [types])


def _steps(value: object) -> Iterator[str]:
    """The steps of a JSON-LD `recipeInstructions`: a text, texts, HowToStep objects, or
    HowToSection objects holding them."""
    if isinstance(value, str):
        yield from _text_paragraphs(value)
    elif isinstance(value, list):
        for item in value:
            yield from _steps(item)
    elif isinstance(value, dict):
        if isinstance(value.get("text"), str):
            yield from _text_paragraphs(value["text"])
        else:
            yield from _steps(value.get("itemListElement"))


def _ld_objects(html: str) -> Iterator[dict[str, object]]:
    """Every object in the page's JSON-LD scripts, however deep."""
    for script in ld_scripts(html):
        try:
            yield from _objects(json.loads(script, strict=False))
        except ValueError:
            continue


def _objects(data: object) -> Iterator[dict[str, object]]:
    if isinstance(data, dict):
        yield data
        for value in data.values():
            yield from _objects(value)
    elif isinstance(data, list):
        for item in data:
            yield from _objects(item)


def _scope_of(element: HtmlElement) -> HtmlElement | None:
    """The item an element's property belongs to: its nearest ancestor with `itemscope`."""
    return next((el for el in element.iterancestors() if el.get("itemscope") is not None), None)


def _paragraphs(element: HtmlElement) -> list[str]:
    """An element's paragraphs (its outermost blocks), or its whole text when it has none."""
    blocks = [
        el
        for el in element.iter(*_BLOCKS)
        if not any(
            ancestor.tag in _BLOCKS for ancestor in el.iterancestors() if ancestor is not element
        )
    ]
    texts = [clean(block.text_content()) for block in blocks] or [_own(element)]
    return [text for text in texts if text]


def _own(element: HtmlElement) -> str:
    return clean(element.get("content") or element.text_content())


def _text_paragraphs(text: str) -> list[str]:
    """A JSON-LD text, which may hold HTML, as paragraphs."""
    from lxml.html import fragment_fromstring

    try:
        return _paragraphs(fragment_fromstring(text, create_parent="div"))
    except (ValueError, TypeError):
        return [clean(text)] if clean(text) else []


def _filled(items: list[str]) -> list[str]:
    """The items that hold words, each once (a page may show its recipe twice, for phones)."""
    return list(dict.fromkeys(item for item in items if item))[:_MAX_ITEMS]


def _squeezed(text: str) -> str:
    """`text`'s letters and digits alone, so that words are compared however they are spaced
    ("1Heat oven" in an extraction, "1 Heat oven" on the page)."""
    return "".join(_WORD.findall(text.casefold()))


def _mostly_missing(parts: list[str], text: str) -> bool:
    """Whether under half of `parts` are in the extracted `text`."""
    found = sum(_squeezed(part) in text for part in parts)
    return found < _MIN_FOUND_SHARE * len(parts)


def _block(tag: str, text: str) -> ElementTree.Element:
    element = ElementTree.Element(tag)
    element.text = text
    return element


def _list(items: list[str]) -> ElementTree.Element:
    element = ElementTree.Element("list")
    for item in items:
        ElementTree.SubElement(element, "item").text = item
    return element


def _before_steps(main: ElementTree.Element, steps: list[str]) -> int:
    """Where the recipe's ingredients go: before the first block of `main` that holds the
    opening words of its first step (without the step's number), else at the end."""
    words = _WORD.findall(steps[0].casefold()) if steps else []
    while words and words[0].isdigit():
        words.pop(0)
    opening = "".join(words[:_OPENING_WORDS])
    for index, block in enumerate(main):
        if opening and opening in _squeezed(" ".join(block.itertext())):
            return _before_number(main, index)
    return len(main)


def _before_number(main: ElementTree.Element, index: int) -> int:
    """`index`, or the index of the step's number standing alone in the block before it."""
    if index > 0 and "".join(main[index - 1].itertext()).strip().isdigit():
        return index - 1
    return index


def _after_question(main: ElementTree.Element, question: list[str]) -> int:
    """The index after the block of `main` that holds the closing words of the question's last
    paragraph (the page may show in two paragraphs what its JSON-LD states in one), else the
    end of `main`."""
    closing = "".join(_WORD.findall(question[-1].casefold())[-_OPENING_WORDS:])
    for index in range(len(main) - 1, -1, -1):
        if closing in _squeezed(" ".join(main[index].itertext())):
            return index + 1
    return len(main)


def _after_title(main: ElementTree.Element) -> int:
    """The index of the first block after the headings that open `main` (the title)."""
    index = 0
    while index < len(main) and main[index].tag == "head":
        index += 1
    return index
