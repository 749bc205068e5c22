"""Runs of dotted initials before a name, spelled as one group.

- "J. H. Watson" -> "JH Watson", as the tokenized "J . R . R . Tolkien" is already written
  "JRR": an engine spells the group letter by letter, which is what a reader says; letters
  with a vowel are hyphenated ("E. M. Forster" -> "E-M Forster", "W. E. B. Du Bois" ->
  "W-E-B Du Bois"), since an engine could say them as a word ("em", "web")
- two initials or more, each a capital and a point (joined by a hyphen in French names:
  "J.-J. Rousseau" -> "JJ Rousseau"), before a capitalised word ("Watson",
  "O'Brien") or a surname's particle ("J. P. de Castro"), or ending a clause ("Yours, J. H."
  -> "JH.") or before a small word ("the initials R. H. of the builder" -> "RH"); a single
  initial ("George M. Thomas") is left, as is a letter named after "Plan", "Grade"
- a subspecies' genus and species written short before its third name, as zoologists write
  a trinomial: "P. t. altaica" -> "P t altaica", letters said one by one, as "C. L." are
"""

from __future__ import annotations

import re

from narrator.spoken.en.context import LETTER_NAMED_BEFORE
from narrator.spoken.rules import any_of

# Led by the point, which the regex engine finds quickly; the capital before it and the run's
# start (not inside a word or a dotted abbreviation) are checked by the look-behinds.
# A surname may start with a particle in small letters: "J. P. de Castro", "A. H. van der Berg".
_PARTICLE = r"(?:(?:de|van|von|du|da|di|del|della|le|la|ten|ter)(?: der| den| la)? [A-Z]|d'[A-Z])"
_INITIALS = re.compile(
    r"(?P<run>[A-Z](?<![\w.'&-][A-Z])\.[ -](?:[A-Z]\.[ -])*?[A-Z]\. )"
    rf"(?=[A-Z](?:[a-zà-ÿ]|'[A-Z])|{_PARTICLE}|[a-z])"
)

# A run that ends a clause, where a letter is signed or letters are named: "Yours, &c., J. H."
# -> "JH.", '"A. B. C.," said the child' -> '"A-B-C,"'.
_INITIALS_ENDING = re.compile(
    r"(?P<run>[A-Z](?<![\w.'&-][A-Z])\.(?: [A-Z]\.)+)(?P<end>(?=[,;:\"”’')]|\s*$))"
)
_TEXT_END = re.compile(r"[\"”’')]*\s*$")
_VOWEL = re.compile("[AEIOUY]")
# French names join their initials by a hyphen: "J.-L. Gérôme", "J.-J. Rousseau".
_POINT = re.compile(r"\.[ -]")


# A trinomial's genus and species written short: "P. t. altaica", "C. l. familiaris".
_TRINOMIAL = re.compile(r"(?<![\w.'&-])(?P<genus>[A-HJ-Z])\. (?P<species>[a-z])\. (?=[a-z]{3,}\b)")


def join_initials(text: str) -> str:
    """Write a run of dotted initials before a name as one group of letters: "J. H. Watson"
    -> "JH Watson"."""
    if ". " in text:
        text = _TRINOMIAL.sub(r"\g<genus> \g<species> ", text)
    text = _INITIALS.sub(_say_initials, text)
    return _INITIALS_ENDING.sub(_say_ending_initials, text)


def _say_ending_initials(match: re.Match[str]) -> str:
    """The run as one group; its last point stays only where it may end the sentence."""
    ends = _TEXT_END.match(match.string, match.end()) is not None
    return _say_initials_run(match["run"] + " ").rstrip() + ("." if ends else "")


def _say_initials(match: re.Match[str]) -> str:
    start = match.start()
    if LETTER_NAMED_BEFORE.search(match.string, max(0, start - 24), start + 3):
        # "Plan B. J. H. Watson": the first letter ends a sentence; the rest may be a run.
        rest = match["run"][3:]
        return match["run"][:3] + (_say_initials_run(rest) if rest.count(". ") > 1 else rest)
    return _say_initials_run(match["run"])


def _say_initials_run(run: str) -> str:
    letters = _POINT.sub("", run)
    return ("-".join(letters) if _VOWEL.search(letters) else letters) + " "


HINT = any_of(r"\. [A-Z]\.", r"\.-[A-Z]\.", r"\. [a-z]\. [a-z]")
