"""Numbers named by a sign or a word before them.

- "No. 3" -> "number three"; "Nos. 3 and 4" -> "numbers three and four"; "#3" -> "number three"
- undotted where the number is a label: "No 43 Squadron", "vol 5, no 3," (not "no 2 people")
- "Vol. 3" and "vol 3" -> "volume three"; "pp. 28-30" -> "pages 28-30"; "§ 12" -> "section 12"
  (a word written short before a number, dotted or not as ``tables/numbered.tsv`` allows)
- "2 vols.", "300 pp." -> "two volumes", "three hundred pages" (after a count)
- "#MeToo" -> "hashtag MeToo"; "the no. of cases" -> "the number of cases"
- "Op. 27, No. 2" -> "opus twenty-seven, number two"; "Nr. 5", "N° 5", "№ 5" -> "number five";
  "Nos 3-5" -> "numbers three to five"
- "p. 45, l. 12", "ll. 3-5" -> "page forty-five, line twelve", "lines three to five" (not
  "3 l. 12 s.", pounds)
- "fol. 5", "ff. 12-15", "st. 12", "vv. 5-7" -> "folio five", "folios twelve to fifteen",
  "stanza twelve", "verses five to seven"; "æt. 47", "ob. 1539" -> "aged", "died"
- "p. 45 ff.", "vv. 3 ff.", "p. 7 f." -> "page forty-five and following", ...
- "401(k)" -> "four oh-one k" (plan and statute names are said like that)
- "Ord. 2023-41", "Resolution 2021-33" -> "ordinance twenty twenty-three forty-one", ...: a
  year and a serial number after a word that numbers one document, no range
- "Press # to continue", "Dial *67", "the * key" -> "pound", "star": a keypad's keys
"""

from __future__ import annotations

import re

from narrator.spoken.common.roman import NUMERAL
from narrator.spoken.en.context import any_case, starts_sentence, stop_after, words_around
from narrator.spoken.en.numbers import cardinal, year
from narrator.spoken.en.roman_lower import value
from narrator.spoken.rules import any_of
from narrator.spoken.tables import read_table

# abbreviation -> (one, many, whether it must be dotted): "Vol. 3", "vol 3", "pp. 28-30".
_NUMBERED = {row[0]: (row[1], row[2], row[3] == "required") for row in read_table("en", "numbered")}


def _first_character_first(forms: str) -> str:
    """The alternation ``forms`` with each first character first and the look-behind (not
    after a letter, a digit, a point or a section sign) after it: the regex engine rejects a
    literal-led alternative at once and skips to where a first character stands, where a
    look-behind before the words was tried at every position. The forms keep their order,
    so the same one wins."""
    rests: dict[str, list[str]] = {}
    for form in forms.split("|"):
        rests.setdefault(form[0], []).append(form[1:])
    return "|".join(
        f"{first}(?<![\\w.§]{first})(?:{'|'.join(after)})" for first, after in rests.items()
    )


# "#" and "№" are among the words (neither takes a point: a digit or a space follows), so
# that every alternative is led by a character and the engine skips to where one stands.
_MARKS = ("#", "№")
_NUMERO = re.compile(
    r"(?P<word>#(?=\d)|№(?=\s?\d)|"
    rf"{_first_character_first(any_case(_NUMBERED))})(?P<dot>\.)?\s?(?=\d)"
)
_RANGE_AHEAD = re.compile(r"(?P<a>\d+)\s?(?:(?P<dash>[-–])|to|and)\s?(?P<b>\d+)")


def _range_ahead(text: str, at: int) -> bool:
    """Whether numbers of a range or a list follow ``at``: "pp. 28-30", "Nos 1 and 2". A
    dashed pair whose end, its figures filled in from the start's, falls below the start is
    a year and a serial number ("Ord. 2024-17", "Res. 2023-5"), one label."""
    match = _RANGE_AHEAD.match(text, at)
    if match is None or not match["dash"]:
        return match is not None
    start, end = match["a"], match["b"]
    return int(start[: max(0, len(start) - len(end))] + end) > int(start)


_LABEL_AHEAD = re.compile(r"\d+(?:\s*(?:[,;)(\"]|\.(?!\d)|$)|\s+[A-Z])")
# The mark first, then the look-behind: a pattern that starts with a look-behind is tried
# at every position.
_HASHTAG = re.compile(r"#(?<![\w&]#)(?=[A-Za-z])")
# After a count, the plural of a counted thing written short: "2 vols.", "300 pp.".
# A signed or decimal figure counts no pages: "+1.2 pp." is percentage points (percentages).
_AFTER_COUNT = re.compile(
    r"(?<![\d+\-–])(?<!\d\.)(?P<count>\d+) (?P<word>vols|vol|pp|chap|figs|fig)\."
)
_COUNTED_WORDS = (" vol", " pp.", " chap.", " fig")
# "the no. of cases": in lower case before "of", the number of something ("said no. Of
# course" starts a sentence); capitalised, before "of" and a plural, as tables head a column
# ("No. of cases: 5"; "No. Of course" and "No. of course not" are answers).
_NUMBER_OF = re.compile(r"\b(?P<word>nos?)\.(?= of\b)|\b(?P<capital>No)\.(?= of [a-z]+s\b)")
# "No." before a Roman numeral, as old books number their letters, papers and appendices ("the
# Appendix, No. III", "No. XII. The Red Room"). One letter only where nothing follows it in the
# clause or before another numeral: "No. I." numbers, "No. I was not there" answers.
_NUMERO_ROMAN = re.compile(
    rf"(?P<word>[Nn](?<![\w.][Nn])(?:o|O|os))\.\s(?P<numeral>{NUMERAL})\b(?![-'\w])"
    r"(?:(?<=[IVXLC]{2})|(?<=\s[IVX])(?=\.?\s*$|[.,;:)]|,?\s(?:and|or|to)\s[IVXLC]+\b))"
)
_STATUTE = re.compile(r"(?P<num>\d{3})(?<!\w\d{3})\((?P<letter>[a-z])\)")


# A share or a fraction of a whole names nothing: "Yes 55.3%, No 44.7%", "No 3.5 per cent".
_SHARE_AHEAD = re.compile(r"\d+(?:\.\d+)?\s?(?:%|percent\b|per cent\b)|\d+\.\d")


def _is_label(written: str, match: re.Match[str]) -> bool:
    """Whether an undotted "No 43" names something: the number ends the phrase or a name
    follows ("No 43 (Fighter) Squadron", "vol 5, no 3,"), where "no 2 people" is a count."""
    if _SHARE_AHEAD.match(match.string, match.end()):
        return False
    if written == "No" and not starts_sentence(match.string, match.start()):
        # Capitalised within a sentence, it names: "said No 10", "the world No 2".
        return True
    if written.lower() == "nos" and _range_ahead(match.string, match.end()):
        return True  # "Nos 3-5", "Nos 1 and 2": numbers
    return written.lower() in ("no", "nos") and bool(_LABEL_AHEAD.match(match.string, match.end()))


# Four figures after "No." or "#" are said in groups, as a label is ("Engine No. 4468" ->
# "number forty-four sixty-eight", "#3271"), where the number rule would take a four-figure
# number after "number" for a code and read it digit by digit; five figures and more, a
# leading nought or a round hundred are left to it ("No. 12345", "No. 0412", "No. 4400").
# After "Nos." every four figures of the list: "Nos. 4468 and 4469", "Nos. 2001-2003".
_FOUR = r"[1-9]\d\d\d(?!\d|[.,]\d)"
_FOUR_FIGURES = re.compile(
    rf"{_NUMERO.pattern}(?P<num>{_FOUR}(?:(?:,\s|\s(?:and|or|to)\s|\s?[-–]\s?){_FOUR})*)"
)
_FIGURES = re.compile(r"\d{4}")
_DASH = re.compile(r"\s?[-–]\s?")


def _say_numero_of_four_figures(match: re.Match[str]) -> str:
    numero = _NUMERO.match(match.string, match.start())  # the same, without the figures
    words = _say_numero(numero) if numero else match.group(0)
    figures = _FIGURES.findall(match["num"])
    if words not in ("number ", "numbers ") or any(f.endswith("00") for f in figures):
        return words + match["num"]
    listed = _DASH.sub(" to ", match["num"])  # "Nos. 1234-1240": a range
    return words + _FIGURES.sub(lambda m: year(int(m.group(0))), listed)


def _say_numero(match: re.Match[str]) -> str:
    if match["word"] in _MARKS:
        return "number "
    written = match["word"]
    one, many, dotted = _NUMBERED[written.lower()]
    if dotted and not match["dot"] and not _is_label(written, match):
        return match.group(0)
    if written.lower() in _CITED_IN_SMALL_LETTERS and not _cites_a_line(written, match):
        return match.group(0)
    if written.lower() == "ch" and _is_channel(match):
        return "channel "
    if written == "Ex" and _CHAPTER_AND_VERSE.match(match.string, match.end()):
        return match.group(0)  # "Ex. 20:3": Exodus, a book of the Bible, read with its verse
    if written.lower() == "ex" and _COURT_AROUND.search(words_around(match, 80, 60)):
        return "exhibit "  # "Defendant's Ex. 3 was admitted"; "Ex. 14. A grocer" an example
    return (many if _range_ahead(match.string, match.end()) else one) + " "


# Old money after a number, where "l." is pounds: "3 l. 12 s.", "£100 l. 5".
_AMOUNT_BEFORE = re.compile(r"\d\s$")


# Cited in small letters only: "Col. 3" is a book of the Bible, "Main St. 4th floor" a
# street; "fo. 27", "ff. 12-15" folios, "st. 12" a stanza and "n. 3" a note as scholarly
# books cite them, "s. 12", "ss. 3-5" sections of an Act as lawyers do ("7 s. 6 d." is money).
_CITED_IN_SMALL_LETTERS = frozenset(
    {"l", "ll", "col", "cols", "fo", "ff", "st", "n", "nn", "s", "ss"}
)
# A note is cited after its page's number too ("p. 45 n. 3"), where "3 l." is pounds.
_AFTER_A_PAGE_TOO = frozenset({"n", "nn"})


def _cites_a_line(written: str, match: re.Match[str]) -> bool:
    """Whether "l. 12", "ll. 3-5", "col. 3" cite a line or a column ("p. 45, l. 12"): in small
    letters, and not after a number, as pounds are written ("3 l. 12 s.")."""
    start = match.start()
    if written in _AFTER_A_PAGE_TOO:
        return True
    return written.islower() and not _AMOUNT_BEFORE.search(match.string, max(0, start - 2), start)


# "Ex." before a number is an example, as arithmetic and grammar books head their examples
# ("Ex. 14. A grocer bought ..."), and an exhibit where a court's words are around it.
_COURT_AROUND = re.compile(
    r"(?i:plaintiff|defendant|\bdef\.|\bpl\.|gov't|government's|joint|court|trial|admitted|"
    r"testif|testimony|deposition|witness|jury|counsel|exhibits?\b|petitioner|respondent|"
    r"appellant|appellee|prosecut|hearing|affidavit|\bR\.\s?\d)"
)


_CHAPTER_AND_VERSE = re.compile(r"\d{1,3}:\d")


# "Ch." is a channel where a broadcast is around it ("watch it on Ch. 5", "the Ch. 4 news");
# a chapter is cited bare or after "see" or "in" ("see Ch. 4").
_CHANNEL_BEFORE = re.compile(r"\b(?:on|On|the|The|watch|Watch|to|tune|Tune)\s$")
_CHANNEL_AFTER = re.compile(r"\d+\s+(?:news|broadcast|tonight|live|program|show|anchor)\b")


def _is_channel(match: re.Match[str]) -> bool:
    text, start = match.string, match.start()
    before = _CHANNEL_BEFORE.search(text, max(0, start - 7), start)
    # In lower case after "the", a chapter: "the ch. 3 quiz" ("the Ch. 4 news" is a channel).
    if before is not None and match["word"] == "ch" and before.group(0).lower() == "the ":
        before = None
    return bool(before or _CHANNEL_AFTER.match(text, match.end()))


def _say_after_count(match: re.Match[str]) -> str:
    one, many, _dotted = _NUMBERED[match["word"]]
    return f"{match['count']} {one if match['count'] == '1' else many}" + stop_after(match)


# The keys of a telephone's keypad, after a word of pressing or before "key" ("Press # to
# continue", "Dial *67", "the # key"): "pound" and "star", which the symbols would drop.
_KEY = re.compile(r"(?<= )(?P<key>[#*])(?=[\d\s.,;)]|$)")
_PRESSING_BEFORE = re.compile(r"\b(?i:press|pressing|dial|dialing|dialling|hit|tap|enter|push)\s$")
_KEY_AFTER = re.compile(r"\s(?:key|button|sign)\b")
_KEY_NAMES = {"#": "pound", "*": "star"}


def _say_key(match: re.Match[str]) -> str:
    text, start, end = match.string, match.start(), match.end()
    if not (
        _PRESSING_BEFORE.search(text, max(0, start - 10), start) or _KEY_AFTER.match(text, end)
    ):
        return match.group(0)
    return _KEY_NAMES[match["key"]] + (" " if text[end : end + 1].isdigit() else "")


# "and the pages following" after a page, a verse or a line: "p. 45 ff.", "Gen. 12:1 ff.",
# "vv. 3 ff."; one "f." (the page following) only after a page ("p. 7 f."), where "5 f." may
# be a unit elsewhere. "sqq." (sequentes) is "ff." in Latin: "pp. 120 sqq."; "sq." too, after
# a page only ("p. 47 sq."), since "5 sq. ft" is square feet.
_FOLLOWING = re.compile(r"(?<=\d) (?P<f>ff|f|sqq|sq)\.(?!\w)")
_PAGE_BEFORE = re.compile(r"\b(?:[Pp]ages?|pp?\.?) \d+$")


def _say_following(match: re.Match[str]) -> str:
    start = match.start()
    page = _PAGE_BEFORE.search(match.string, max(0, start - 16), start)
    if match["f"] in ("f", "sq") and not page:
        return match.group(0)
    return " and following" + stop_after(match)


# "ver." after a chapter is its verse, as sermons cite them: "chap. viii. ver. 28" -> "chap.
# viii. verse 28" ("ver. 2.0" alone is a version).
_VERSE_AFTER_CHAPTER = re.compile(
    r"(?P<chapter>\b(?:(?i:chap|ch|cap)\.|[Cc]hapter) ?(?:[ivxlc]+|[IVXLC]+|\d+)\.?,? )"
    r"ver\.(?= ?\d)"
)


def _say_numero_roman(match: re.Match[str]) -> str:
    word = "numbers" if match["word"].lower() == "nos" else "number"
    word = word.title() if match["word"][0].isupper() else word
    return f"{word} {cardinal(value(match['numeral']))}"


def _say_number_of(match: re.Match[str]) -> str:
    return "Number" if match["capital"] else "numbers" if match["word"] == "nos" else "number"


# A leaf's side after its folio's number, as manuscripts are cited: "fol. 12 v." -> "folio 12
# verso", "f. 42r", "ff. 3v-4r" ("v." alone elsewhere is versus).
_LEAF_SIDE = re.compile(
    r"\b(?P<key>fol|fo|ff|f)\.\s?(?P<leaf>\d{1,4}) ?(?P<side>[rv])(?:\.|o\b|\b)(?![\w-]|\.\w)"
)
_SIDES = {"r": "recto", "v": "verso"}


def _say_leaf_side(match: re.Match[str]) -> str:
    folio = "folios" if match["key"] == "ff" else "folio"
    return f"{folio} {match['leaf']} {_SIDES[match['side']]}"


# A year and a serial number after a word that numbers one document name it, as councils,
# courts and agencies number theirs: "Ord. 2023-41" -> "ordinance twenty twenty-three forty-one",
# "Resolution 2021-33", "Bill 2023-14", "Case No. 2019-117", "No. 2023-07" -> "... oh seven";
# a court's two figures of its year before three or four ("No. 22-451", "Docket 23-1122"). No
# range ("Nos. 2023-41", "pp. 2023-41" keep theirs, and so does a whole year after the dash:
# "Resolution 2021-2022"; "No. 3-5" is left).
# Named, a document's word is capitalised; in small letters only those that number nothing
# else ("the policy 2020-25 framework", "the law 2015-19 regime" are spans of years).
_DOCUMENT_WORDS = "|".join(
    ("Ordinance", "Resolution", "Case", "Docket", "Order", "Directive", "Decision", "Opinion",
     "Proclamation", "Bulletin", "Advisory", "Notice", "Bill", "Law", "Act", "Measure", "Motion",
     "Permit", "Policy", "Regulation", "Rule", "ordinance", "resolution", "case", "docket")
)  # fmt: skip
_DOCUMENT_LABEL = re.compile(
    rf"(?:\b(?:(?P<document>{_DOCUMENT_WORDS})|(?P<short>Ord\.|ord\.|Res\.|res\.))"
    r"(?: (?P<no>No\.|no\.|Number|number|#))?|\b(?P<numero>No\.|no\.)|(?<!\w)(?P<mark>#))\s?"
    r"(?:(?P<year>(?:19|20)\d\d)[-–](?P<serial>\d{1,4})|(?P<short_year>\d\d)[-–](?P<docket>\d{3,4}))"
    r"(?![\w-]|[.,]\d)"
)
_SHORT_DOCUMENT_WORDS = {"ord.": "ordinance", "res.": "resolution"}


def _say_document_label(match: re.Match[str]) -> str:
    serial = match["serial"] or match["docket"]
    if len(serial) == 4 and serial[:2] in ("19", "20") and match["year"]:
        return match.group(0)
    if match["numero"] or match["mark"]:
        said = "number"
    else:
        said = match["document"] or _SHORT_DOCUMENT_WORDS[match["short"].lower()]
        if match["short"] and starts_sentence(match.string, match.start()):
            said = said.title()  # "Res. 2021-33 was adopted" -> "Resolution ..."
        said += " number" if match["no"] else ""
    if match["year"]:
        written_year = year(int(match["year"]))
    else:
        short_year = match["short_year"]
        written_year = (
            "oh " + cardinal(int(short_year)) if short_year[0] == "0" else cardinal(int(short_year))
        )
    zeros = len(serial) - len(serial.lstrip("0"))
    number = "oh " * zeros + (year(int(serial)) if len(serial) == 4 else cardinal(int(serial)))
    return f"{said} {written_year} {number}"


def read_numero(text: str) -> str:
    """Read "No. 3" and "#3" as "number three", "#MeToo" as "hashtag MeToo", "401(k)" as
    "four oh-one k" (plan and statute names are said like that)."""
    if "-" in text or "–" in text:
        text = _DOCUMENT_LABEL.sub(_say_document_label, text)
    if "f" in text and _LEAF_SIDE.search(text):
        text = _LEAF_SIDE.sub(_say_leaf_side, text)
    text = _FOUR_FIGURES.sub(_say_numero_of_four_figures, text)
    text = _NUMERO.sub(_say_numero, text)
    if " ver." in text:
        text = _VERSE_AFTER_CHAPTER.sub(r"\g<chapter>verse", text)
    if " ff." in text or " f." in text or " sq" in text:
        text = _FOLLOWING.sub(_say_following, text)
    if any(word in text for word in _COUNTED_WORDS):
        text = _AFTER_COUNT.sub(_say_after_count, text)
    text = _HASHTAG.sub("hashtag ", text)
    if "o. " in text or "O. " in text or "os. " in text:
        text = _NUMERO_ROMAN.sub(_say_numero_roman, text)
    if " #" in text or " *" in text:
        text = _KEY.sub(_say_key, text)
    if "no. of" in text or "nos. of" in text or "No. of" in text:
        text = _NUMBER_OF.sub(_say_number_of, text)
    if "(" not in text:  # tried at every digit, the statute pattern is run only where it can match
        return text
    if "q. (" in text or "q.(" in text:
        text = _EQUATION_BRACKETED.sub(_say_equation, text)
    return _STATUTE.sub(lambda m: f"{year(int(m['num']))} {m['letter']}", text)


# An equation cited by its number in brackets, as papers print it: "from Eq. (4)" -> "from
# Equation 4" ("Eq. 4" is read with the other words of the table).
_EQUATION_BRACKETED = re.compile(r"\b(?P<word>[Ee]q)\.\s?\((?P<num>\d{1,3})\)")


def _say_equation(match: re.Match[str]) -> str:
    return f"{match['word'][0]}quation {match['num']}"


# A character class first lets the scan skip quickly to a digit or a mark; the look-behinds
# then find a word written short before the digit.
# "#" on any line; a digit after a letter or an opening parenthesis after a digit only
# where there is a digit.
HINT = any_of(
    "#",
    r"f(?:o|ol|f)?\.\s?\d{1,4} ?[rv]\b",
    "№",
    r"\. [IVXLC](?:(?<=\b[Nn][Oo]\. .)|(?<=\b[Nn][Oo]s\. .))",
    r" \*(?=[\d\s.,;)]|$)",
    r"no\. of\b",
    r"nos\. of\b",
    r"No\. of\b",
    with_digit=(
        r"\((?<=\d\()",
        r"\((?<=[Ee]q\. \()",
        r"\((?<=[Ee]q\.\()",
        r" ff\.",
        r" sqq?\.",
        r"\d(?:(?<=[A-Za-z§°º]\d)|(?<=[A-Za-z§°º][.\s]\d)|(?<=[A-Za-z]\.\s\d))",
        *(re.escape(word) for word in ("vols.", "vol.", "pp.", "chap.", "figs.", "fig.")),
    ),
)
