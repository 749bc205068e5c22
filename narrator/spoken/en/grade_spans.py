"""A span of American school grades from kindergarten, said with "through" as schools say it.

- "grades K-12" -> "grades K through twelve"; "a K–8 school" -> "a K through eight school";
  "PreK-5 students", "pre-K–12 schools" -> "pre-K through five", "pre-K through twelve"
- only where grades or a school are spoken of ("the K-9 unit" is a police dog's), up to the
  twelfth grade, and never inside a longer code ("K-129", "AK-47", "TK-421")
- an English school's key stage written short: "pupils in KS2" -> "key stage two"
"""

from __future__ import annotations

import re

from narrator.spoken.en.numbers import cardinal

_GRADE_SPAN = re.compile(
    r"(?<![\w-])(?P<first>K|TK|(?i:pre-?k|pk))[-–](?P<last>[1-9]|1[0-2])(?![\w-]|[.,]\d)"
)
_GRADES_BEFORE = re.compile(r"(?i:\b(?:grades?|kindergarten))\s$")
_SCHOOL_AFTER = re.compile(
    r"\s(?i:(?:public |private |charter )?(?:schools?|students?|education|educators|"
    r"classrooms?|class(?:es)?|teachers?|districts?|systems?|curriculum|pupils|learners|"
    r"academy|campus|enrollment|programs?|levels?|grades|math|reading|science))\b"
)
HINT = re.compile(r"[Kk][-–]\d|KS[1-5]")
# The key stages of English schools, one to five, glued to their letters: "KS2 SATs", "KS4".
_KEY_STAGE = re.compile(r"(?<![\w-])KS(?P<stage>[1-5])(?![\w-]|[.,/]\d)")


def _say_grade_span(match: re.Match[str]) -> str:
    text, start = match.string, match.start()
    if not (
        _GRADES_BEFORE.search(text, max(0, start - 14), start)
        or _SCHOOL_AFTER.match(text, match.end())
    ):
        return match.group(0)
    first = "pre-K" if match["first"].lower() in ("prek", "pre-k", "pk") else match["first"]
    return f"{first} through {cardinal(int(match['last']))}"


def read_grade_spans(text: str) -> str:
    """ "grades K-12" -> "grades K through twelve"; "PreK–8 schools" -> "pre-K through eight
    schools"; "KS2" -> "key stage two"."""
    if "KS" in text:
        text = _KEY_STAGE.sub(lambda m: f"key stage {cardinal(int(m['stage']))}", text)
    return _GRADE_SPAN.sub(_say_grade_span, text)
