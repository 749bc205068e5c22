"""The titles of journals, dictionaries and learned societies written short, as references in
old books give them: "Phil. Trans." -> "Philosophical Transactions", "the Gent. Mag." -> "the
Gentleman's Magazine", "Dict. of Nat. Biog." -> "Dictionary of National Biography", "Mem. of
the Acad." -> "Memoirs of the Academy", "Trans. of the Royal Soc." -> "Transactions of the
Royal Society", "Proc. Roy. Soc." -> "Proceedings of the Royal Society".

A word of the table is read only in a title: beside another one, joined to it by nothing or by
a few words ("of the Royal"), or before "of" and a name ("Hist. of England"). Alone,
"Trans." may be a translator, "Rev." a clergyman, "Phil." a man, "Nat." or "Hist." a word a
reference leaves short: they are left to the other rules.
Where a title's word depends on its neighbour, the neighbour decides: "Nat. Hist." is natural
history, "Encycl. Brit." the Britannica, "Hist. Soc." a historical society.
"""

from __future__ import annotations

import re

from narrator.spoken.en.context import stop_after
from narrator.spoken.tables import read_mapping

_SAID = read_mapping("en", "learned_titles")
LEARNED_TITLE_WORDS = frozenset(f"{short}." for short in _SAID)
_WORD = re.compile(
    rf"(?<![\w.])(?P<short>{'|'.join(sorted(_SAID, key=lambda s: (-len(s), s)))})\.(?![\w.])"
)
# What may stand between two words of one title: nothing but a space or a comma's pause, or
# up to three small joining words and names ("of the Royal", "and").
_BETWEEN = re.compile(r",? (?:(?:of|the|and|&|for|[A-Z][a-z]+) ){0,3}")
# Neighbours that change a word's reading: (word, the word after or before it, said).
_AFTER = {
    ("Nat", "Hist"): "Natural", ("Hist", "Soc"): "Historical", ("Hist", "MSS"): "Historical",
    ("Eng", "Hist"): "English", ("Eng", "Lit"): "English",
}  # fmt: skip
_BEFORE = {
    ("Brit", "Encycl"): "Britannica", ("Brit", "Encyc"): "Britannica",
    ("Phys", "Coll"): "Physicians",
}  # fmt: skip
_NOT_FIRST = frozenset({"Rev", "Eng"})
# Before "of" and a capitalised name a word of the table starts a title too: "Hist. of the
# Rebellion", "Mem. of Sir Walter".
_OF_AHEAD = re.compile(r" of (?:the )?[A-Z]")  # "Rev. Mr." is a clergyman; "Quart. Rev." a review
HINT = re.compile(
    rf"{_WORD.pattern}(?:{_BETWEEN.pattern}{_WORD.pattern.replace('short', 'next')}"
    rf"|{_OF_AHEAD.pattern})"
)


def _said(words: list[re.Match[str]], index: int) -> str:
    short = words[index]["short"]
    after = words[index + 1]["short"] if index + 1 < len(words) else ""
    before = words[index - 1]["short"] if index else ""
    said = _AFTER.get((short, after)) or _BEFORE.get((short, before)) or _SAID[short]
    # A body's city after it: "Proc. Roy. Soc. Edin." -> "... Society of Edinburgh"; what a
    # dictionary or a college is of: "Dict. Nat. Biog." -> "Dictionary of National Biography".
    of_before = (short in _CITIES and before in _BODIES) or before in _OF_WHAT
    return f"of {said}" if of_before and _next_by_a_space(words, index) else said


def _next_by_a_space(words: list[re.Match[str]], index: int) -> bool:
    """Whether the word at ``index`` follows the one before it by a space alone ("Dict. Nat.",
    not "Dict. of Nat.")."""
    return index > 0 and words[index].string[words[index - 1].end() : words[index].start()] == " "


# A series of papers before the body that issues it, with no word between, is its series:
# "Proc. Roy. Soc." -> "Proceedings of the Royal Society", "Quart. Journ. Geol. Soc." ->
# "... Journal of the Geological Society"; "Ann. Mag. Nat. Hist." names no body.
_SERIES = frozenset({"Proc", "Trans", "Journ", "Mem"})
_BODIES = frozenset({"Soc", "Acad", "Inst", "Assoc", "Univ", "Mus"})
_CITIES = frozenset({"Edin", "Edinb", "Lond", "Dubl"})
# Titles whose next word is what they are of: "Dict. Nat. Biog.", "R. Coll. Surg.".
_OF_WHAT = frozenset({"Dict", "Coll"})


def _of_a_body(text: str, words: list[re.Match[str]], index: int) -> bool:
    """Whether the series word at ``index`` runs, by spaces only, into a body's title."""
    if words[index]["short"] not in _SERIES:
        return False
    for first, second in zip(words[index:], words[index + 1 :], strict=False):
        if text[first.end() : second.start()] != " ":
            return False
        if second["short"] in _BODIES:
            return True
    return False


def _royal(words: list[re.Match[str]], index: int) -> bool:
    """Whether a lone "R." is Royal: before a body's name by a space alone ("the R. Coll.
    Surg.", "R. Soc."); elsewhere it is an initial ("J. R. R. Tolkien")."""
    return (
        index + 1 < len(words)
        and words[index + 1]["short"] in _BODIES | _OF_WHAT
        and _next_by_a_space(words, index + 1)
    )


def _joined(text: str, first: re.Match[str], second: re.Match[str]) -> bool:
    return _BETWEEN.fullmatch(text, first.end(), second.start()) is not None


def read_learned_titles(text: str) -> str:
    """ "the Phil. Trans. for 1760" -> "the Philosophical Transactions for 1760": words of a
    learned title written short, where two of them stand together."""
    if not HINT.search(text):
        return text
    words = list(_WORD.finditer(text))
    pieces, last = [], 0
    for index, word in enumerate(words):
        joined_before = index > 0 and _joined(text, words[index - 1], word)
        joined_after = index + 1 < len(words) and _joined(text, word, words[index + 1])
        starts = joined_after or _OF_AHEAD.match(text, word.end())
        if word["short"] == "R" and not _royal(words, index):
            continue
        first_ok = word["short"] not in _NOT_FIRST or _said(words, index) != _SAID[word["short"]]
        if joined_before or (starts and first_ok):
            said = _said(words, index) + (" of the" if _of_a_body(text, words, index) else "")
            pieces += [text[last : word.start()], said + stop_after(word)]
            last = word.end()
    return "".join(pieces) + text[last:]
