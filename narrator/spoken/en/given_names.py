"""Given names written short, as old books and records write them ("Wm.", "Thos.", "Sam."):
said in full before a surname, after "Sir", or where they sign a letter.

- "Wm. Smith" -> "William Smith" (read with the titles, before a name)
- "Your affec. brother, Thos." -> "... Thomas." (a letter's signature, no surname after it)
- "Sir Wm. and Lady Lucas" -> "Sir William and ..." (only a given name follows "Sir"); "Tell
  Wm. to bring the horses" -> "William" (before a word in small letters, no sentence ends)
- "Boswell met Sam. Johnson" -> "Samuel Johnson"; "said Sam. He laughed" keeps "Sam", a short
  form that is a whole name too
"""

from __future__ import annotations

import re

from narrator.spoken.en.context import stop_after
from narrator.spoken.tables import read_mapping, read_words

GIVEN_NAMES = read_mapping("en", "given_names")

# A letter's signature, a given name written short after a comma or on a line of its own and
# ending the text, a line or a quotation: "Your affec. brother, Thos." -> "Thomas".
_SIGNATURE_BEFORE = re.compile(r"(?:^|\n|,[ \t]+)$")
_SIGNATURE_END = re.compile(r"[ \t]*(?:$|\n|[\"\u201d')])")
# A short form that is a whole name too ("Sam."): a name written short only before a surname
# that opens no sentence, and not after a verb of saying ("Boswell met Sam. Johnson"; "said
# Sam. He laughed", "cried Sam. Weller ran").
_WHOLE_NAMES_TOO = frozenset(GIVEN_NAMES) & read_words("en", "first_names")
_SAYING_BEFORE = re.compile(
    r"\b(?:said|says|cried|replied|asked|answered|returned|exclaimed|called|shouted|whispered|"
    r"added|continued|began|thought) $"
)
_SURNAME_AHEAD = re.compile(r" [A-Z][a-z]+\b(?![.'])")
# A letter's closing before a signature, where the surname may end the letter: "your obliged
# humble servant, Sam. Johnson."
_CLOSING_BEFORE = re.compile(
    r"\b(?:servant|friend|son|brother|yours|Yours|truly|sincerely|faithfully|ever),? $"
)
_SIGNED_SURNAME_AHEAD = re.compile(r" [A-Z][a-z]+\.?\s*$")
# Before a word in small letters or a mark, no surname follows and no sentence ends: the name
# is said in full, but for short forms that are words too ("Abr." abridged, "Hen.", "Sam.",
# "Rich.").
_NO_NAME_AHEAD = re.compile(r"\s*(?:[a-z]|[,;:)]|$)")
_OTHER_WORDS_TOO = _WHOLE_NAMES_TOO | {"Abr", "Hen", "Rich"}


def whole_name_left(name: str, match: re.Match[str]) -> bool:
    """Whether ``name`` ("Sam"), a short form that is a whole name too, is the name itself
    where ``match`` found it: undotted, ending a sentence, after a verb of saying or before no
    surname."""
    if name not in _WHOLE_NAMES_TOO:
        return False
    text, start = match.string, match.start()
    if _CLOSING_BEFORE.search(text, max(0, start - 14), start) and _SIGNED_SURNAME_AHEAD.match(
        text, match.end()
    ):
        return False  # "servant, Sam. Johnson." signs a letter
    return not (
        match.group(0).endswith(".")
        and not stop_after(match)
        and not _SAYING_BEFORE.search(text, max(0, start - 12), start)
        and _SURNAME_AHEAD.match(text, match.end())
    )


def said_without_surname(name: str, match: re.Match[str]) -> str | None:
    """A dotted given name said in full where no surname follows it: signing a letter
    ("Thomas.", its period ending the line too) or after "Sir" ("Sir Wm. and Lady"); else
    None."""
    if name not in GIVEN_NAMES or not match.group(0).endswith("."):
        return None
    text, start = match.string, match.start()
    if _SIGNATURE_BEFORE.search(text, max(0, start - 3), start) and _SIGNATURE_END.match(
        text, match.end()
    ):
        return GIVEN_NAMES[name] + "."
    if text.endswith("Sir ", max(0, start - 4), start):
        return GIVEN_NAMES[name] + stop_after(match)
    if name not in _OTHER_WORDS_TOO and _NO_NAME_AHEAD.match(text, match.end()):
        return GIVEN_NAMES[name] + stop_after(match)  # "Tell Wm. to bring the horses"
    return None


# A given name contracted with an apostrophe, as old records write it, whose letters run
# together are a short form above: "Sam'l Hays", "Eben'r Hall", "Benj'n Moore" -> "Samuel",
# "Ebenezer", "Benjamin"; only before a surname, and never a possessive's "'s".
_CONTRACTED = re.compile(
    r"\b(?P<head>[A-Z][a-z]{1,6})['\u2019](?P<tail>[a-z]{1,2})\b(?= [A-Z][a-z])"
)
CONTRACTED_FORMS = frozenset(
    f"{short[:cut]}'{short[cut:]}"
    for short in GIVEN_NAMES
    for cut in range(2, len(short))
    if short[cut:] != "s"
)


def read_contracted_given_names(text: str) -> str:
    """ "Eben'r Hall" -> "Ebenezer Hall": a given name contracted with an apostrophe."""
    if "'" not in text and "\u2019" not in text:
        return text
    return _CONTRACTED.sub(_say_contracted, text)


def _say_contracted(match: re.Match[str]) -> str:
    short = match["head"] + match["tail"]
    if match["tail"] == "s" or short not in GIVEN_NAMES:
        return match.group(0)
    return GIVEN_NAMES[short]
