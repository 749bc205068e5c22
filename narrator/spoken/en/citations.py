"""A work cited by its book in small Roman numerals and its line or chapter, read for `ranges`
before the Roman numerals are: "Odyssey xi. 90" -> "Odyssey eleven 90", "Herodotus ii. 35",
"Virgil, Aen. vi. 129", "Wealth of Nations, i. 10", "Const. Hist., i. 204" (the number after
it is read by the numbers). Classical and learned books cite so; the numeral follows an
author's or a work's name, written out or short and dotted, or a comma, and a number follows it.

Classical works and their authors written short before such a numeral are said whole:
"Aen. iv. 625" -> "Aeneid four 625", "Hor. Od. i. 11" -> "Horace, Odes one 11" ("Od." is
Horace's Odes after his name, Homer's Odyssey elsewhere), "Juv. Sat. x. 356" -> "Juvenal,
Satires ten 356".

A statute cited by its regnal year, its sovereign written short and its chapter is said as
lawyers say it: "43 Eliz. c. 2" -> "43 Elizabeth chapter 2", "Stat. 5 Geo. III, c. 12" ->
"Statute 5 George the third, chapter 12", "1 Will. & Mary, sess. 2, c. 2" -> "... session 2,
chapter 2", "1 Geo. I. stat. 2, c. 5" -> "... statute 2, chapter 5" (the chapter's "c." is
what makes it a statute).

Verses after a Bible book's chapter are parted with "to" ("Matt. v. 3-12" -> "Matt. v. 3 to
12"), for the Roman numerals' rule. The words whose numerals other rules read, with what they
say ("Vol. i. 5" -> "Volume one", "Psalm xxiii. 4", "Luke xv. 11"), are left to them.
"""

from __future__ import annotations

import re

from narrator.spoken.common.roman import roman_value
from narrator.spoken.en.numbers import cardinal, ordinal
from narrator.spoken.tables import read_mapping

_CITED = re.compile(
    r"(?P<before>(?:\b[A-Z][a-z]*\.?|(?:(?<=[a-z])|(?<=[a-z]\.)),) )"
    r"(?P<numeral>[ivxlc]{1,7})\.\s?(?=\d{1,4}(?![\d.,]\d))"
)
# Words that other rules read with their numeral: volumes, chapters, books of the Bible...
_READ_ELSEWHERE = re.compile(
    r"(?:Vol|Vols|Chap|Ch|Book|Bk|Part|Sect|Sec|Art|Act|Canto|Plate|Fig|Table|Letter|No|"
    r"Psalm|Psalms|Ps|Gen|Exod|Lev|Num|Deut|Josh|Judg|Ruth|Sam|Kings|Chron|Ezra|Neh|Esth|Job|"
    r"Prov|Eccl|Eccles|Isa|Isaiah|Jer|Lam|Ezek|Dan|Hos|Joel|Amos|Obad|Jonah|Mic|Nah|Hab|Zeph|"
    r"Hag|Zech|Mal|Matt|Matthew|Mark|Luke|John|Acts|Rom|Romans|Cor|Gal|Eph|Phil|Col|Thess|Tim|"
    r"Tit|Philem|Heb|Jas|James|Pet|Jude|Rev|Genesis|Exodus|Leviticus|Numbers|Deuteronomy|"
    r"Joshua|Judges|Samuel|Chronicles|Nehemiah|Esther|Proverbs|Ecclesiastes|Jeremiah|"
    r"Lamentations|Ezekiel|Daniel|Hosea|Obadiah|Micah|Nahum|Habakkuk|Zephaniah|Haggai|"
    r"Zechariah|Malachi|Galatians|Ephesians|Philippians|Colossians|Thessalonians|Timothy|"
    r"Titus|Philemon|Hebrews|Peter|Revelation|Corinthians)\.?\s$"
)
# Letters that are words written short before a number: "v. 5" versus, "c. 1450" circa,
# "l. 12" and "ll. 3-5" lines, "cl. 4" a clause, "cc. 3-5" chapters.
_SHORT_WORDS = frozenset({"v", "c", "l", "ll", "cl", "cc"})
HINT = re.compile(r"[ivxlc]\.\s?\d")


_AUTHORS = {
    "Hor": "Horace", "Virg": "Virgil", "Verg": "Virgil", "Ov": "Ovid", "Juv": "Juvenal",
    "Hom": "Homer", "Tac": "Tacitus", "Lucr": "Lucretius", "Cic": "Cicero", "Pers": "Persius",
}  # fmt: skip
_WORKS = {
    "Aen": "Aeneid", "Il": "Iliad", "Od": "Odyssey", "Georg": "Georgics", "Ecl": "Eclogues",
    "Met": "Metamorphoses", "Sat": "Satires", "Ep": "Epistles", "Epist": "Epistles",
    "Ann": "Annals", "Fast": "Fasti",
    # Historians cited by their one work's book: "Liv. xxi. 38", "Thuc. ii. 40".
    "Liv": "Livy", "Thuc": "Thucydides", "Herod": "Herodotus",
}  # fmt: skip
# A work written short, its author's name before it or not, before its book's numeral and a
# line: "Aen. iv. 625", "Virg. Georg. ii. 490", "Hor. Od. i. 11".
_WORK = re.compile(
    rf"\b(?:(?P<author>{'|'.join(_AUTHORS)})\. )?(?P<work>{'|'.join(_WORKS)})\."
    r"(?= [ivxlc]{1,7}\.\s?\d)"
)


def _say_work(match: re.Match[str]) -> str:
    author = _AUTHORS[match["author"]] if match["author"] else ""
    work = "Odes" if match["work"] == "Od" and author == "Horace" else _WORKS[match["work"]]
    return f"{author}, {work}" if author else work


_SOVEREIGNS = {
    "Eliz": "Elizabeth", "Geo": "George", "Hen": "Henry", "Edw": "Edward", "Car": "Charles",
    "Jac": "James", "Will": "William", "Gul": "William", "Vict": "Victoria", "Ric": "Richard",
    "Phil": "Philip", "Wm": "William", "Anne": "Anne", "Rich": "Richard",
}  # fmt: skip
_STATUTE = re.compile(
    rf"\b(?P<stat>Stat\. )?(?P<year>\d{{1,2}}(?: (?:&|and) \d{{1,2}})?)"
    rf" (?P<sovereign>{'|'.join(_SOVEREIGNS)})(?:\.|(?<=Anne))"
    # the sovereign's number in Roman or, as modern lists print it, in figures: "Will. 4"
    r"(?: (?P<numeral>[IVX]{1,4}|[1-9])\b\.?)?(?P<and> (?:&|and) (?:Mary|Mar\.|M\.))?"
    r"(?:,? sess\. (?P<session>\d{1,2}))?(?:,? stat\. (?P<part>\d{1,2}))?"
    r",? c\. ?(?=\d{1,3}(?!\d|[,.]\d))"
)


def _say_statute(match: re.Match[str]) -> str:
    said = f"{'Statute ' if match['stat'] else ''}{match['year']} "
    said += _SOVEREIGNS[match["sovereign"]]
    numeral = _sovereign_number(match["numeral"]) if match["numeral"] else None
    said += f" the {ordinal(numeral)}" if numeral else ""
    said += " and Mary" if match["and"] else ""
    said += f", session {match['session']}" if match["session"] else ""
    said += f", statute {match['part']}" if match["part"] else ""
    return said + ", chapter "


def _sovereign_number(written: str) -> int | None:
    return int(written) if written.isdigit() else roman_value(written)


def _say_cited(match: re.Match[str]) -> str:
    text, start = match.string, match.start("numeral")
    if match["numeral"] in _SHORT_WORDS or _READ_ELSEWHERE.search(text, max(0, start - 16), start):
        return match.group(0)
    value = roman_value(match["numeral"].upper())
    return match.group(0) if value is None else f"{match['before']}{cardinal(value)} "


# Verses after a book of the Bible and its chapter in small numerals: "Matt. v. 3-12", "John
# x. 1-18". The dash is said "to" here, leaving the verses in figures, so that the Roman
# numerals' rule, which reads a one-letter chapter only before a verse's figure, still finds it.
_BIBLE_SHORT = sorted(read_mapping("en", "bible_books"), key=lambda w: (-len(w), w))
_BIBLE_NAMES = sorted({*read_mapping("en", "bible_books").values(), "Luke", "John", "Acts", "Job"})
_VERSES_DASHED = re.compile(
    rf"\b(?:(?:{'|'.join(_BIBLE_SHORT)})\.|(?:{'|'.join(_BIBLE_NAMES)})) [ivxlc]{{1,7}}\.\s?"
    r"\d{1,3}(?P<dash>[-–])(?=\d{1,3}\b(?![.,]\d))"
)


# A law report cited by its volume, its name written short and its page, as law books and
# judgments print them: "12 Wend. 541" -> "12 Wendell 541", "3 B. & Ad. 214" -> "3 Barnewall
# and Adolphus 214" (the abbreviations would read "Ves. Jun." as a month, "B." as a letter).
_REPORTS = read_mapping("en", "law_reports")
_REPORT = re.compile(
    r"(?<![\w.,])(?P<volume>\d{1,4}) (?P<report>"
    + "|".join(map(re.escape, sorted(_REPORTS, key=lambda r: (-len(r), r))))
    + r") (?=\d{1,5}\b)"
)
_REPORT_HINT = re.compile(r"\d [A-Z][a-z]{0,5}\.")


def read_cited_books(text: str) -> str:
    """ "Odyssey xi. 90" -> "Odyssey eleven 90", "Herodotus ii. 35" -> "Herodotus two 35";
    "12 Wend. 541" -> "12 Wendell 541"."""
    if _REPORT_HINT.search(text):
        text = _REPORT.sub(lambda m: f"{m['volume']} {_REPORTS[m['report']]} ", text)
    if "c." in text:
        text = _STATUTE.sub(_say_statute, text)
    if not HINT.search(text):
        return text
    if "-" in text or "–" in text:
        text = _VERSES_DASHED.sub(lambda m: m.group(0)[:-1] + " to ", text)
    text = _WORK.sub(_say_work, text)
    return _CITED.sub(_say_cited, text)
