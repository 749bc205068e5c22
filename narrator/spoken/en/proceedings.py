"""Words written short in the records of Parliament and the courts, as debates, law reports and
evidence before committees print them.

- "the hon. member", "my right hon. friend", "the hon. and learned member" -> "honorable"
  (as "Hon." before a name is read): lower case before the words a House uses for its
  members, or after "right"
- "Lord Mansfield, C.J.," -> "Lord Mansfield, Chief Justice,"; "Lord Eldon, L.C." -> "Lord
  Chancellor", "Jessel, M.R." -> "Master of the Rolls", "Bowen, L.J." -> "Lord Justice": a
  judge's office after his name and a comma (the initials' rule would join "C.J." as letters);
  "Blackburn and Mellor, JJ." -> "Justices"; the Exchequer's "Pollock, C.B., and Martin, B."
  -> "Chief Baron", "Baron" only beside another judge's office or the court's name
- "Q. 2314" -> "Question two thousand three hundred fourteen": a numbered question of the
  minutes of evidence, "Q." before a number
- "Bill read 2°" -> "Bill read a second time": a bill's reading numbered as the Journals print
  it (primo, secundo, tertio), after "read"
"""

from __future__ import annotations

import re

from narrator.spoken.en.context import stop_after
from narrator.spoken.rules import any_of

# Led by the full stop each form holds, which the regex engine skips ahead to (a hint may find
# more than the rules read: "\b" before the forms is left to them).
HINT = any_of(
    r"ead [123][°º]",
    r"\.(?:(?<=hon\.)|(?<=Q\.)\s?\d|(?<=[A-Z]\.)-?[A-Z]{1,2}\.|(?<=JJ\.)|(?<=, B\.)|(?<=BB\.))",
)

# "hon." in lower case is a member's title before the words the House calls him by, or after
# "right"; elsewhere ("Thanks, hon.") it is the word of endearment.
_HONORABLE = re.compile(r"(?:\b(?P<right>[Rr]ight|[Rr]t\.?) )?\bhon\.(?= \w)")
_MEMBER_AHEAD = re.compile(
    r" (?:and (?:learned|gallant|noble) )?(?:[Mm]embers?|[Gg]entlem[ae]n|[Ff]riends?|[Bb]aronet|"
    r"[Ll]ady|[Ll]adies|colleague|and|learned|gallant)\b"
)
# A judge's office written short after his name and a comma, as law reports print it.
_OFFICES = {
    "C.J.": "Chief Justice",
    "L.C.J.": "Lord Chief Justice",
    "L.C.": "Lord Chancellor",
    "M.R.": "Master of the Rolls",
    "L.J.": "Lord Justice",
    "L.JJ.": "Lords Justices",
    "JJ.": "Justices",
    "BB.": "Barons",
    "V.-C.": "Vice-Chancellor",
    "A.-G.": "Attorney-General",
    "S.-G.": "Solicitor-General",
}
_OFFICE = re.compile(
    r"(?<=[a-z], )(?P<office>L\.C\.J\.|C\.J\.|L\.C\.|M\.R\.|L\.JJ?\.|[VAS]\.-C\.|[AS]\.-G\."
    r"|JJ\.|BB\.|(?P<baron>C\.B\.|B\.(?! [A-Z]\.)))"
    r"(?=[\s,;:)]|$)"
)
# A question of the minutes of evidence, numbered: "Q. 2314", "(Q. 45)".
_QUESTION = re.compile(r"\bQ\.\s?(?=\d)")
# A bill's reading as the Journals number it: "read 1°", "read 2° and committed".
_READING = re.compile(r"\b(?P<read>[Rr]ead) (?P<nth>[123])[°º](?![\w°])(?=\s?[,;.]|\s+and\b|\s*$)")
# The bill it reads, before it in the sentence ("He read 2° on the dial" is a measure).
_BILL_BEFORE = re.compile(r"\b[Bb]ills?\b[^.;]*$")
_NTH = {"1": "first", "2": "second", "3": "third"}


def _say_honorable(match: re.Match[str]) -> str:
    right = match["right"]
    if right is None:
        member = _MEMBER_AHEAD.match(match.string, match.end())
        return "honorable" if member else match.group(0)
    return f"{'Right' if right[0] == 'R' else 'right'} honorable"


# The Exchequer's barons, whose "C.B." is also the Bath's and "B." an initial: only where the
# court or another judge's office is near ("Pollock, C.B., and Martin, B.").
_BARONS = {"C.B.": "Chief Baron", "B.": "Baron"}
# Another judge's office than the one read (two "C.B."s may be two Companions of the Bath).
_OTHER_OFFICE_NEAR = {
    baron: re.compile(
        rf"(?<=[a-z], )(?:{other}|BB\.|JJ?\.|C\.J\.|L\.JJ?\.)(?=[\s,;:)]|$)|\bExch(?:\.|equer)"
    )
    for baron, other in (("C.B.", r"B\.(?! [A-Z]\.)"), ("B.", r"C\.B\."))
}


def _is_on_the_bench(match: re.Match[str]) -> bool:
    text, start, end = match.string, match.start(), match.end()
    window = text[max(0, start - 120) : start] + " " * (end - start) + text[end : end + 120]
    return _OTHER_OFFICE_NEAR[match["baron"]].search(window) is not None


def _say_office(match: re.Match[str]) -> str:
    if match["baron"]:
        if not _is_on_the_bench(match):
            return match.group(0)
        return _BARONS[match["baron"]] + stop_after(match)
    office = _OFFICES.get(match["office"])
    if office is None:
        return match.group(0)
    return office + stop_after(match)


def _say_reading(match: re.Match[str]) -> str:
    if not _BILL_BEFORE.search(match.string, max(0, match.start() - 80), match.start()):
        return match.group(0)
    return f"{match['read']} a {_NTH[match['nth']]} time"


def read_proceedings(text: str) -> str:
    """ "the hon. member" -> "the honorable member"; "Lord Mansfield, C.J." -> "Lord Mansfield,
    Chief Justice"; "Q. 2314" -> "Question 2314"."""
    if "hon." in text:
        text = _HONORABLE.sub(_say_honorable, text)
    if ", " in text:
        text = _OFFICE.sub(_say_office, text)
    if "Q." in text:
        text = _QUESTION.sub("Question ", text)
    if "ead " in text:
        text = _READING.sub(_say_reading, text)
    return text
