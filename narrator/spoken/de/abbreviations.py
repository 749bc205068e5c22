"""Abbreviations and titles in German, from the table ``tables/abbreviations.tsv``.

- "z. B." and "z.B." -> "zum Beispiel"; "usw." -> "und so weiter"; "Dr. Dao" -> "Doktor Dao"
- a full stop that also ends the sentence stays: "Äpfel, Birnen usw." -> "... und so weiter.";
  one closing a list keeps it before a capital too ("usw. Dann"), any other before a word that
  begins a sentence ("80.000 Einw. Sie liegt"), a title's or a preposition's never ("lt. Die Zeit")
- before a number only (``tables/numbered.tsv``), where the same letters may be a name's
  initial: "S. 12" -> "Seite 12", "Abb. 3" -> "Abbildung 3", "Kap. 2", "Bd. 4"; in a law's
  reference a sentence: "Abs. 3 S. 2" -> "Absatz 3 Satz 2"; after a count pages: "300 S." ->
  "300 Seiten"
- a street written short: "Hauptstr. 5" -> "Hauptstraße 5"; a square: "Marktpl. 3" ->
  "Marktplatz 3"
- weekdays in a span or before a comma: "Mo.–Fr." -> "Montag bis Freitag", "Fr., 12. Mai" ->
  "Freitag, 12. Mai"
"""

from __future__ import annotations

import re

from narrator.spoken.de.sentences import starts_sentence
from narrator.spoken.tables import read_mapping, read_table, read_words

_SAID = read_mapping("de", "abbreviations")
_KEY = {re.sub(r"\s", "", written): said for written, said in _SAID.items()}
_PATTERNS = sorted(_SAID, key=len, reverse=True)
_ABBREVIATION = re.compile(
    r"(?<![\w.])(?:"
    + "|".join(re.escape(w).replace(r"\.\ ", r"\.\s?").replace(r"\ ", r"\s?") for w in _PATTERNS)
    + r")(?!\w)"
)
_NUMBERED = read_mapping("de", "numbered")
_BEFORE_NUMBER = re.compile(
    r"(?<![\w.])(?P<written>"
    + "|".join(re.escape(w) for w in sorted(_NUMBERED, key=len, reverse=True))
    + r")(?=\s?\d)"
)
# "S." after a count, no number after it, is pages: "Das Buch hat 300 S." -> "300 Seiten", "1
# S." -> "1 Seite" (before a number it is a page's, "S. 12").
_PAGES = re.compile(r"(?<![\w.,])(?P<count>\d+) S\.(?![\w-]|\s?\d)")
# "f." after a page's or a paragraph's number is "folgende": "S. 5 f." -> "Seite fünf folgende".
_FOLLOWING = re.compile(r"(?<=\d) f\.(?=\s|$|[,;)])")
_SENTENCE_OF_PARAGRAPH = re.compile(r"(?P<paragraph>Abs\.\s?\d+[a-z]?\s)S\.(?=\s?\d)")
_WEEKDAYS = {"Mo": "Montag", "Di": "Dienstag", "Mi": "Mittwoch", "Do": "Donnerstag",
             "Fr": "Freitag", "Sa": "Samstag", "So": "Sonntag"}  # fmt: skip
_DAY = "|".join(_WEEKDAYS)
# Weekdays are abbreviated in a span ("Mo.–Fr.") or before a comma ("Fr., 12. Mai"), where
# "Fr." is no "Frau" and "So." no "so".
_DAY_SPAN = re.compile(rf"(?<![\w.])(?P<a>{_DAY})\.?\s?[-–]\s?(?P<b>{_DAY})\.?(?!\w)")
# ... or two joined by "und"/"oder": "Sa. und So. geschlossen".
_DAY_PAIR = re.compile(rf"(?<![\w.])(?P<a>{_DAY})\.\s(?P<joint>und|oder)\s(?P<b>{_DAY})\.(?!\w)")
# ... or before a date, with no comma too ("Di. 12. März", "Sa. 3.5."), which the dates have
# read by now ("Di. zwölfter März").
_MONTH_NAMES = "Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"
_DAY_BEFORE_DATE = re.compile(
    rf"(?<![\w.])(?P<a>{_DAY})\.(?:(?P<comma>,)\s|\s(?=\d{{1,2}}\.\s?(?:[A-ZÄÖÜ]|\d)"
    rf"|[a-zäöüß]+te[rnsm]?\s(?:{_MONTH_NAMES})\b))"
)
# ... or after a word that asks for a day: "am Mi. um 10 Uhr", "ab Mo.", "bis So.", "für Sa.".
_DAY_AFTER = re.compile(
    rf"(?:(?<=\b[aA]m )|(?<=\b[aA]b )|(?<=\bbis )|(?<=\b[jJ]eden )|(?<=\beinschl\. )"
    rf"|(?<=\b[fF]ür )|(?<=\bvom ))"
    rf"(?P<a>{_DAY})\.(?!\w)"
)
# A street's name with its "Straße" written short: "Hauptstr. 5", "Bahnhofstr." -> "Bahnhofstraße",
# "in der Goethestr." ending a sentence too.
_STREET = re.compile(r"(?<=[A-ZÄÖÜ][a-zäöüß])(?P<stem>[a-zäöüß]*)str\.(?=[\s,;)]|\d|$)")
# A compound's office written short: "Bundespräs." -> "Bundespräsident", "Parteivors." ->
# "Parteivorsitzende", as the street's "-str." is read.
_OFFICES = {"präs": "präsident", "vors": "vorsitzende"}
_OFFICE = re.compile(r"(?<=[A-ZÄÖÜ][a-zäöüß])(?P<stem>[a-zäöüß]+)(?P<office>präs|vors)\.(?!\w)")
# "i. R." before an article is "im Rahmen" ("i. R. der Festwoche"); elsewhere "im Ruhestand"
# ("Pfarrer i. R.").
# A court's initials after an article and before its town: "vor dem AG Hamburg" ->
# "Amtsgericht"; "die Siemens AG" (a firm's) has its name before.
_COURTS = {"AG": "Amtsgericht", "LG": "Landgericht", "OLG": "Oberlandesgericht",
           "VG": "Verwaltungsgericht", "OVG": "Oberverwaltungsgericht", "ArbG": "Arbeitsgericht",
           "SG": "Sozialgericht", "FG": "Finanzgericht"}  # fmt: skip
_COURT = re.compile(
    r"(?:(?<=\b[Dd]em )|(?<=\b[Dd]as )|(?<=\b[Dd]es )|(?<=\b[Vv]om )|(?<=\b[Aa]m )|(?<=\b[Bb]eim ))"
    r"(?P<court>O?LG|AG|O?VG|ArbG|SG|FG)"
    r"(?= [A-ZÄÖÜ][a-zäöüß]+)"
)
_FRAME = re.compile(r"(?<![\w.])i\.\s?R\.(?=\s(?:de[rsmn]|eine[rsmn]?|dies\w+)\b)")
# A square's name with its "Platz" written short: "Marktpl. 3", "Goethepl. 1" -> "Goetheplatz".
_SQUARE = re.compile(r"(?<=[A-ZÄÖÜ][a-zäöüß])(?P<stem>[a-zäöüß]*)pl\.(?=\s?\d|,|\s[A-ZÄÖÜ0-9])")
# An abbreviation written in small letters takes a capital where it starts a sentence:
# "Z. B. Äpfel", "Ca. 40 %", "Gem. § 5" ("Gem." elsewhere a municipality's, left).
_SENTENCE_START = r"(?:(?<=^)|(?<=[.!?:]\s)|(?<=[.!?:]\s\s))"
_SMALL = sorted((w for w in _SAID if w[0].islower()), key=len, reverse=True)
_CAPITALIZED = {
    re.sub(r"\s", "", w[0].upper() + w[1:]): _SAID[w][0].upper() + _SAID[w][1:] for w in _SMALL
}
_CAPITAL_START = re.compile(
    _SENTENCE_START
    + "(?:"
    + "|".join(re.escape(w[0].upper() + w[1:]).replace(r"\.\ ", r"\.\s?") for w in _SMALL)
    + r")(?!\w)"
)
# A month written short after a word that asks for a month alone, no day before it: "im
# Febr.", "Anfang Okt.", "seit Jan." -> "im Februar".
_MONTHS = {a: row[0] for row in read_table("de", "months") for a in row[1].split() if "." in a}
_MONTH_ALONE = re.compile(
    r"(?P<before>\b(?:[iI]m|Anfang|Mitte|Ende|[sS]eit|[bB]is|[aA]b) )(?P<month>"
    + "|".join(re.escape(a) for a in sorted(_MONTHS, key=len, reverse=True))
    + r")(?!\w)"
)
# "Dt." (deutsch) takes the adjective's ending its article asks: "der Dt. Bahn" -> "der
# Deutschen Bahn", "Die Dt. Bahn" -> "Die Deutsche Bahn".
_GERMAN = re.compile(
    r"(?P<article>\b(?:[dD](?:er|ie|as|en|em|es)|[eE]in(?:e[mnrs]?)?|zur|zum|im|vom|beim|am) )?"
    r"(?P<word>Dt|sog)\.(?=\s[A-ZÄÖÜ])"
)
_STEMS = {"Dt": "Deutsch", "sog": "sogenannt"}  # "sog." too: "vor dem sog. Enkeltrick"
_NOMINATIVE_ARTICLES = {"Der", "die", "Die", "das", "Das", "eine", "Eine"}
# "Min." after an article and before a capital is a minister, elsewhere a minute's: "Die Min.
# für Bildung" -> "Die Ministerin", "der Min. Habeck" (a dative "der" left to the man's form).
# "Bürgerm." too, a woman's after "die" ("Die Bürgerm. von Köln" -> "Die Bürgermeisterin").
_MINISTER = re.compile(
    r"(?P<article>\b[dD](?:ie|er|en|em|es) )(?P<office>Min|Bürgerm)\.(?=\s[A-ZÄÖÜ]|\s(?:für|von)\s)"
)
_OFFICE_WORDS = {"Min": "Minister", "Bürgerm": "Bürgermeister"}
# Single small letters whose word the words around them tell: "s." before a capital or "§"
# is "siehe" ("s. Anlage"); "f." between a noun and a capital "für" ("Hochschule f. Musik";
# "S. 5 f." after a number stays "folgende"'s); "J." between a number and "alt" "Jahre".
_LETTER_WORDS = re.compile(
    r"(?<![\w.])(?:(?P<see>s)\.(?=\s(?:[A-ZÄÖÜ]|§))|(?<=[a-zäöüß] )(?P<for>f)\.(?=\s[A-ZÄÖÜ])"
    r"|(?P<years>J)\.(?=\salt\b)|(?P<sentence>J)\.(?=\s(?:Haft|Gefängnis|Freiheitsstrafe)\b)"
    r"|(?P<of>v)\.(?=\s[a-zäöüß]+(?:ten|sten)\s[A-ZÄÖÜ]))"
)
# ... "J." before a prison term is "Jahren" ("zu 3 J. Haft"); "v." before a date's day "vom"
# ("Urt. v. 12.3.2024", whose day the dates have read).
# "d. J." after a month is "dieses Jahres" ("ab dem 1. Jan. d. J."), after a name "der Jüngere"
# ("Hans Holbein d. J.").
_MONTH_NAMES = "|".join(row[0] for row in read_table("de", "months"))
_THIS_YEAR = re.compile(
    rf"(?:(?P<month>\b(?:{_MONTH_NAMES}) )|(?P<name>\b[A-ZÄÖÜ][a-zäöüß]+ ))d\.\s?J\."
)
_LETTER_SAID = {"see": "siehe", "for": "für", "years": "Jahre", "sentence": "Jahren", "of": "vom"}
# A job's genders have no point: "(m/w/d)".
HINT = re.compile(rf"\w\.|/[A-ZÄÖÜ]|\b(?:{_DAY})\s?[-–]|\((?:m/w|w/m)|G [A-ZÄÖÜ]")
_END = re.compile(r"\s*$")
# An abbreviation closing a list, often a sentence's end: its full stop before a capital is
# the sentence's too ("Milch usw. Dann ging er").
_CLOSING = re.compile(r"usw\.|etc\.|u\.a\.m\.|u\.v\.m\.")
_CAPITAL_NEXT = re.compile(r"\s+[A-ZÄÖÜ]")
# Titles and words that lead to what follows (a preposition's "ca.", "lt.", "vgl.") never end
# a sentence: "lt. Die Zeit", "u. a. Die Linke". Any other keeps its stop before a word that
# begins a sentence ("80.000 Einw. Die Stadt", "s. o. Danach").
_LEADING = read_words("de", "leading_abbreviations")


# A slash between two parties' or bodies' initials joins them, unheard: "CDU/CSU" -> "CDU
# CSU", "ARD/ZDF" (a slash elsewhere is said, "Schrägstrich").
_JOINED_INITIALS = re.compile(r"(?<=[A-ZÄÖÜ]{2})/(?=[A-ZÄÖÜ]{2})")
# A town and its river after a slash: "Frankfurt/Main" -> "Frankfurt am Main", "Halle/Saale"
# -> "Halle an der Saale" (a river's gender in its article).
_RIVERS = {"Main": "am", "Rhein": "am", "Neckar": "am", "Inn": "am", "Lech": "am", "M.": "am",
           "Oder": "an der", "Saale": "an der", "Donau": "an der", "Lahn": "an der",
           "Elbe": "an der", "Ruhr": "an der", "Mosel": "an der", "Isar": "an der",
           "Weser": "an der", "Havel": "an der", "Spree": "an der", "O.": "an der"}  # fmt: skip
_TOWN_RIVER = re.compile(
    r"(?<=[a-zäöüß])/(?P<river>" + "|".join(re.escape(r) for r in sorted(_RIVERS)) + r")(?!\w)"
)


def _town_river(match: re.Match[str]) -> str:
    river = {"M.": "Main", "O.": "Oder"}.get(match["river"], match["river"])
    return f" {_RIVERS[match['river']]} {river}"


# A weekday written short joined to a part of the day: "am Di.abend" -> "Dienstagabend".
_DAY_PART = re.compile(
    rf"(?<![\w.])(?P<a>{_DAY})\.(?P<part>abend|morgen|nachmittag|vormittag|mittag|nacht)\b"
)


def read_abbreviations(text: str) -> str:
    """Expand abbreviations: "z. B." -> "zum Beispiel", "Nr." -> "Nummer"; the full stop is
    kept where it also ends the text."""

    def say(match: re.Match[str]) -> str:
        key = re.sub(r"\s", "", match.group(0))
        said = _KEY[key]
        closes = _CLOSING.fullmatch(key) and _CAPITAL_NEXT.match(match.string, match.end())
        ends = key.endswith(".") and (_END.fullmatch(match.string, match.end()) or closes)
        if ends and (said[0].islower() or _in_sentence(match)):
            return said + "."
        sentence = key not in _LEADING and starts_sentence(match.string, match.end())
        return said + ("." if key.endswith(".") and sentence else "")

    if "/" in text:
        text = _TOWN_RIVER.sub(_town_river, _JOINED_INITIALS.sub(" ", text))
    text = _DAY_PART.sub(lambda m: _WEEKDAYS[m["a"]] + m["part"], text)
    text = _DAY_SPAN.sub(lambda m: f"{_WEEKDAYS[m['a']]} bis {_WEEKDAYS[m['b']]}", text)
    text = _DAY_PAIR.sub(lambda m: f"{_WEEKDAYS[m['a']]} {m['joint']} {_WEEKDAYS[m['b']]}", text)
    text = _DAY_BEFORE_DATE.sub(lambda m: f"{_WEEKDAYS[m['a']]}{m['comma'] or ''} ", text)
    text = _DAY_AFTER.sub(lambda m: _WEEKDAYS[m["a"]], text)
    text = _SENTENCE_OF_PARAGRAPH.sub(r"\g<paragraph>Satz", text)  # "Abs. 3 S. 2"
    text = _BEFORE_NUMBER.sub(lambda m: _NUMBERED[m["written"]], text)
    if " f." in text:  # a quick test before the search
        text = _FOLLOWING.sub(_following, text)
    if " S." in text:
        text = _PAGES.sub(_pages, text)
    text = _STREET.sub(_street, text)
    text = _SQUARE.sub(r"\g<stem>platz", text)
    text = _OFFICE.sub(lambda m: m["stem"] + _OFFICES[m["office"]], text)
    text = _FRAME.sub("im Rahmen", text)
    text = _COURT.sub(lambda m: _COURTS[m["court"]], text)
    text = _MONTH_ALONE.sub(lambda m: m["before"] + _MONTHS[m["month"]], text)
    text = _LETTER_WORDS.sub(lambda m: _LETTER_SAID[str(m.lastgroup)], text)
    if "d. J." in text or "d.J." in text:
        text = _THIS_YEAR.sub(_this_year, text)
    text = _CAPITAL_START.sub(lambda m: _capitalized(m.group(0)), text)
    if any(word in text for word in ("Dt.", "Min.", "sog.", "Bürgerm.")):
        text = _MINISTER.sub(_minister, _GERMAN.sub(_german, text))
    return _ABBREVIATION.sub(say, text)


def _following(match: re.Match[str]) -> str:
    """ "f." after a number, and the full stop where it ends the text too."""
    return " folgende" + ("." if not match.string[match.end() :].strip() else "")


def _pages(match: re.Match[str]) -> str:
    """A count of pages, and the full stop where it is the sentence's too."""
    pages = "Seite" if match["count"] == "1" else "Seiten"
    rest = match.string[match.end() :]
    ends = (not rest.strip() and _in_sentence(match)) or starts_sentence(match.string, match.end())
    return f"{match['count']} {pages}" + ("." if ends else "")


def _street(match: re.Match[str]) -> str:
    """The street's word in full, and the full stop where it also ends the text."""
    return match["stem"] + "straße" + ("." if _END.fullmatch(match.string, match.end()) else "")


def _this_year(match: re.Match[str]) -> str:
    if match["month"]:
        return (
            match["month"]
            + "dieses Jahres"
            + ("." if _END.fullmatch(match.string, match.end()) else "")
        )
    return match["name"] + "der Jüngere"


def _german(match: re.Match[str]) -> str:
    """ "Dt." with the ending its article asks: the weak "-e" after a nominative's or an
    accusative's article ("Der", "die", "das"), "-en" after the others ("der Dt. Bahn" in a
    sentence, mostly a feminine's genitive or dative), the strong "-e" after none."""
    article = match["article"] or ""
    nominative = article.strip() in _NOMINATIVE_ARTICLES
    ending = "e" if nominative or not article else "en"
    if article.strip().lower() == "ein":
        ending = "er"  # "ein sog. Experte" -> "ein sogenannter"
    return article + _STEMS[match["word"]] + ending


def _minister(match: re.Match[str]) -> str:
    woman = "in" if match["article"].strip().lower() == "die" else ""
    return match["article"] + _OFFICE_WORDS[match["office"]] + woman


def _in_sentence(match: re.Match[str]) -> bool:
    """Whether a text ending in an abbreviation is a sentence, whose full stop it keeps ("Die
    Stadt hat 80.000 Einw."), not a heading's or a table's item ("2 Mio.", "inkl. MwSt.")."""
    return len(match.string[: match.start()].split()) >= 3


def _capitalized(written: str) -> str:
    return _CAPITALIZED[re.sub(r"\s", "", written)]
