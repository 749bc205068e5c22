"""French titles written short before a name, as English books write French names: "M.
Poirot", "M. de Valmont", "M. and Mme. Defarge" -> "Monsieur"; "MM. Dupont and Durand" ->
"Messieurs"; "Mons. Pelet" -> "Monsieur". After a capitalised word or an initial "M." is an
initial ("George M. Thomas", "J. M. de Vries"), unless that word names a letter that ends a
sentence ("We had no Plan B. M. Poirot smiled.").
"""

from __future__ import annotations

import re

from narrator.spoken.en.context import LETTER_NAMED_BEFORE, starts_sentence

# "M." before a surname is Monsieur, as English books write French names ("M. Poirot", "M. de
# Valmont", "M. and Mme. Defarge"), "MM." Messieurs, "Mons." Monsieur; but not after a
# capitalised word, an initial or in a list of them, where it is an initial ("George M.
# Thomas", "J. & M. Jay").
_MONSIEUR = re.compile(
    r"(?P<abbr>Mons|MM|M)\."
    r"(?= (?:(?:de |du |le |la |les |d')?[A-Z][a-zà-ÿ]{2,}(?! [A-Z]\.)"
    r"|and (?:Mme\.?|Madame)\s))"
)
_NAME_OR_INITIAL_BEFORE = re.compile(r"(?:\b[A-Z][\w'-]*|&|\band)[.,;]? $|\b[A-Z]\. ")
# An initial just before is one even where it looks like a sentence's end ("J. M. de Vries").
_INITIAL_BEFORE = re.compile(r"(?<![\w.])[A-Z]\. $")
_MONSIEURS = {"M": "Monsieur", "MM": "Messieurs", "Mons": "Monsieur"}


def _say_monsieur(match: re.Match[str]) -> str:
    start = match.start()
    if start and (match.string[start - 1].isalnum() or match.string[start - 1] in "._&'-"):
        return match.group(0)
    before = match.string[max(0, start - 24) : start]
    if LETTER_NAMED_BEFORE.search(before):  # "We had no Plan B. M. Poirot smiled."
        return _MONSIEURS[match["abbr"]]
    if _INITIAL_BEFORE.search(before) or (
        _NAME_OR_INITIAL_BEFORE.search(before) and not starts_sentence(match.string, start)
    ):
        return match.group(0)
    return _MONSIEURS[match["abbr"]]


def read_monsieur(text: str) -> str:
    """ "M. Poirot" -> "Monsieur Poirot", "MM. Dupont and Durand" -> "Messieurs Dupont and
    Durand"; "George M. Thomas" is left."""
    return _MONSIEUR.sub(_say_monsieur, text)
