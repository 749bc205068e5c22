"""A letter's closing written short, as old letters end: "Yr. obt. servt." -> "Your obedient
servant", "Yrs. truly" -> "Yours truly", "Yr. affec. brother" -> "Your affectionate brother".
"Yr." and "Yrs." are "your" and "yours" only before the words of a closing: "the 5 yr. plan"
and "in the Yr. 1800" are years. "affect." is "affectionate" after "your" or before a word of
kin ("Your affect. son"): elsewhere it is the verb ended by a sentence's point.
"""

from __future__ import annotations

import re

_CLOSING_WORDS = (
    "most", "very", "ever", "truly", "sincerely", "faithfully", "affectionately", "respectfully",
    "dutifully", "obt", "obedt", "obedient", "humble", "hble", "affec", "affecte", "affly",
    "affectionate", "sincere", "faithful", "dutiful", "loving", "obliged", "friend", "servant",
    "servt", "son", "daughter", "brother", "sister", "&c",
)  # fmt: skip
_YOUR = re.compile(
    rf"(?P<word>Yrs|yrs|Yr|yr)(?<![\w.]Yrs)(?<![\w.]yrs)(?<![\w.]Yr)(?<![\w.]yr)\."
    rf"(?= (?:{'|'.join(re.escape(word) for word in _CLOSING_WORDS)})\b)"
)
_SAID = {"yr": "your", "yrs": "yours"}
_KIN = (
    "son", "daughter", "brother", "sister", "friend", "father", "mother", "wife", "husband",
    "cousin", "nephew", "niece", "uncle", "aunt", "servant", "child",
)  # fmt: skip
_AFFECTIONATE = re.compile(
    rf"(?<=\b[Yy]our )affect\.|(?<![\w.])affect\.(?= (?:{'|'.join(_KIN)})\b)"
)


def read_closings(text: str) -> str:
    """ "Yr. obt. servt." -> "Your obt. servt." (the words after it are the phrases' work),
    "Yrs. truly" -> "Yours truly"."""
    if "affect." in text:
        text = _AFFECTIONATE.sub("affectionate", text)
    if "r. " not in text and "rs. " not in text:
        return text
    return _YOUR.sub(_say_your, text)


def _say_your(match: re.Match[str]) -> str:
    said = _SAID[match["word"].lower()]
    return said.capitalize() if match["word"][0] == "Y" else said
