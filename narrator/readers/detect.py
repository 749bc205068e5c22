"""Format detection: an article's format from its path's suffix, or else from its content."""

from __future__ import annotations

import re
from pathlib import Path

from narrator.errors import InputError
from narrator.models import InputFormat
from narrator.readers.sources import STDIN, SUFFIXES

_HTML_DOCUMENT = re.compile(
    r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)
_HTML_BLOCK_TAG = re.compile(r"<(?:p|div|article|section|h[1-6]|ul|ol|li|table)\b[^>]*>", re.I)
_MARKDOWN_STRONG = re.compile(
    r"^#{1,6}[ \t]+\S|^```|^~~~|\[[^\]\n]+\]\([^)\s]+\)|!\[[^\]\n]*\]\("
    r"|\A(?:---|\+\+\+)\n(?:[^\n]*\n)*?\w+\s*[:=]",
    re.M,
)
_SETEXT = re.compile(r"^(?P<heading>[^\n]+)\n(?P<rule>=+|-+)[ \t]*$", re.M)
_RULE_SLACK = 10
"""How much longer than its heading a Markdown heading's underline may be: a plain-text mail's
rule under its heading runs the mail's width ("** Community garden wins grant" over 60 dashes,
Mailchimp's)."""
# Bold, a quote, a list, code: Markdown when two kinds are there. A list alone is not: plain
# text pasted from a newsletter keeps its bullets ("- Gold rose 1.8%"), and the plain-text
# reader reads them as a list.
_MARKDOWN_WEAK = tuple(
    re.compile(pattern, re.M)
    for pattern in (r"\*\*\S[^*\n]*\*\*", r"^>[ \t]", r"^[ \t]*[-*+][ \t]+\S", r"`[^`\n]+`")
)
_WORD = re.compile(r"^[\"'(\[«„“]*[^\W\d_][^\W\d_'\u2019\-]*[.,;:!?\"')\]»“”]*$")
"""A word of any alphabet ("Москве", "Straßenbahnen"), with its punctuation."""
_SENTENCE = re.compile(r"(?:[^\W_A-Z]|%)[.!?][\"')»”]?(?:\s|$)")
"""A sentence's end, after a word or a figure ("… HDFC Bank was up 2.3%.", "… in 2026-27.",
"… в 2028 году.")."""
_MIN_WORD_SHARE = 0.6


def format_of_path(source: str) -> InputFormat | None:
    """The format a path's suffix names; None for standard input or an unknown suffix."""
    return None if source == STDIN else SUFFIXES.get(Path(source).suffix.lower())


def detect_format(text: str, source: str) -> InputFormat:
    """Tell HTML, Markdown and plain prose apart by their content.

    Raises InputError when the text looks like none of them (data, code, a list of numbers).
    """
    if _HTML_DOCUMENT.match(text):
        return "html"
    if (
        _MARKDOWN_STRONG.search(text)
        or _has_setext_heading(text)
        or sum(bool(p.search(text)) for p in _MARKDOWN_WEAK) >= 2
    ):
        return "markdown"
    if len(_HTML_BLOCK_TAG.findall(text)) >= 2:
        return "html"
    if _reads_as_prose(text):
        return "text"
    raise InputError(
        f"cannot tell the format of '{source}'; give --input-format text, markdown or html"
    )


def _has_setext_heading(text: str) -> bool:
    """A heading underlined with "=" or "-" about as long as itself ("Title" over "=====")."""
    return any(
        len(match["rule"]) <= len(match["heading"].strip()) + _RULE_SLACK
        for match in _SETEXT.finditer(text)
    )


def _reads_as_prose(text: str) -> bool:
    """Mostly words, with at least one sentence in it."""
    tokens = text.split()
    words = sum(1 for token in tokens if _WORD.match(token))
    return bool(tokens) and words / len(tokens) >= _MIN_WORD_SHARE and bool(_SENTENCE.search(text))
