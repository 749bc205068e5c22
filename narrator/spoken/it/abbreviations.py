"""Italian abbreviations and titles: "Sig." -> "signor", "Sig.na" -> "signorina", "Dott.ssa"
-> "dottoressa", "Avv." -> "avvocato", "S.p.A." -> "società per azioni", "ecc." ->
"eccetera"."""

from __future__ import annotations

import re

from narrator.spoken.common.romance_abbreviations import abbreviation_reader
from narrator.spoken.common.romance_titles import Title, title_reader
from narrator.spoken.it.numbers import cardinal
from narrator.spoken.tables import read_mapping, read_table

_read_table = abbreviation_reader(
    read_mapping("it", "abbreviations"), read_mapping("it", "numbered")
)
_read_titles = title_reader(
    {
        "D": Title("don", "donna"),
        "S": Title("San", "Santa", "Sant'", "Sant'", "Santo"),
    }
)

# A rank or body written short that is another word's abbreviation elsewhere ("mar." is
# March's): with its capital before a name only ("Il Mar. Esposito" -> "maresciallo", "La Reg.
# Lombardia" -> "Regione").
_BEFORE_NAME = {"Col": "colonnello", "Mar": "maresciallo", "Reg": "Regione", "Cap": "capitano",
                "Magg": "maggiore", "App": "appuntato", "Comm": "commendatore"}  # fmt: skip
_RANK = re.compile(rf"(?<![\w.])(?P<rank>{'|'.join(_BEFORE_NAME)})\.(?=\s[A-ZÀ-Ú][a-zà-ú])")
# A minister, "min." elsewhere a minute's: with its capital before a name or its ministry ("Il
# Min. dell'Interno", "il Min. degli Esteri" -> "ministro"); in small letters after "il" too ("il
# min. Piantedosi"), where no minute stands.
_MINISTER = re.compile(
    r"(?:(?<![\w.])Min|(?<=\b[Ii]l )min)\."
    r"(?=\s(?:de(?:ll'|lla |llo |l |gli |i )\s?)?[A-ZÀ-Ú][a-zà-ú])"
)

# "p.m." after an article is the prosecutor ("il p.m. ha chiesto" -> "il pubblico ministero");
# after a time, the afternoon's.
_PROSECUTOR = re.compile(r"(?P<article>\b(?:[Ii]l|[Dd]el|[Aa]l|[Dd]al|[Uu]n) )p\.m\.(?!\w)")
# "S.S." before a number is a state road ("la S.S. 36" -> "strada statale"), after a feminine
# article before a name a sports club ("la S.S. Lazio" -> "Società Sportiva"), before a name
# alone the Pope's title ("S.S. Francesco" -> "Sua Santità").
_DOUBLE_S = re.compile(
    r"(?P<article>\b(?:[Ll]a|[Dd]ella|[Aa]lla|[Dd]alla|[Nn]ella|[Ss]ulla|[Cc]on la) )?"
    r"(?<![\w.])S\.\s?S\.(?=\s?(?P<number>\d)|\s[A-ZÀ-Ú])"
)


def _double_s(match: re.Match[str]) -> str:
    article = match["article"] or ""
    if match["number"]:
        return article + "strada statale "
    return article + ("Società Sportiva" if article else "Sua Santità")


# "c.d." (cosiddetto) agrees with the article before it: "la c.d. riforma" -> "cosiddetta".
_SO_CALLED = re.compile(
    r"(?<!\w)(?P<article>(?:[Ll]|[Dd]ell|[Nn]ell|[Aa]ll|[Ss]ull)(?P<ending>a|e)|[Ii]|[Gg]li|[Dd]ei|"
    r"[Dd]egli|[Nn]ei|[Aa]i|[Ss]ui) c\.d\.(?=\s)"
)

# "v." before a name and a house number is a street's "via": "in v. Nazionale 12", "v. Roma, 5"
# ("v. Rossi" alone, a reference's "vedi" or a "versus", is left).
_STREET = re.compile(
    r"(?<![\w.])[vV]\.(?= (?:[A-ZÀ-Ú][a-zà-ú']+ ){0,3}?[A-ZÀ-Ú][a-zà-ú]+,? "
    r"\d{1,3}[a-z]?(?![\w:/–-]|[.,]\d))"
)

# A month written short alone after "a", "da", "entro", "fino a" is the month ("a nov." ->
# "a novembre", "a feb. 2024"); "mar." is also Tuesday's, and before a day the dates read it.
_MONTHS = {
    written: row[1]
    for row in read_table("it", "months")
    for written in row[2:]
    if written.endswith(".") and written != "mar."
}
_MONTH_ALONE = re.compile(
    r"(?P<before>(?<![\w'’])(?:[Aa]d?|[Dd]a|[Ee]ntro|[Ff]ino a|primo) )(?P<month>"
    + "|".join(re.escape(m) for m in sorted(_MONTHS, key=len, reverse=True))
    + r")(?!\w)(?!\s?(?!\d{4}\b)\d)"
)

# "max." and "min." agree with the noun before ("la temperatura max." -> "massima", "valori
# max." -> "massimi", "il valore min." -> "minimo": a noun in "-e" taken for a masculine);
# after a number "min." is minutes, which the measures read.
_EXTREME = re.compile(r"(?P<before>(?<![\w'])[a-zà-ú]+ )(?P<word>max|min)\.(?!\w)")
_EXTREMES = {"max": "massim", "min": "minim"}


def _extreme(match: re.Match[str]) -> str:
    last = match["before"].strip()[-1]
    return match["before"] + _EXTREMES[match["word"]] + (last if last in "ai" else "o")


# "mar." after an hour's "alle ... di" is Tuesday, not March ("fino alle 6 di mar."); before
# a year it is March ("entro mar. 2025"): no weekday has one.
_TUESDAY = re.compile(r"(?P<before>\b[Aa]lle \S+(?: e \S+)? di )mar\.(?!\w)")
_MARCH_BEFORE_YEAR = re.compile(r"(?<![\w.])mar\.(?= \d{4}(?!\d))")


def _month_alone(match: re.Match[str]) -> str:
    ends = not match.string[match.end() :].strip()
    return match["before"] + _MONTHS[match["month"]] + ("." if ends else "")


def _so_called(match: re.Match[str]) -> str:
    ending = match["ending"] or "i"
    return f"{match['article']} cosiddett{ending}"


# An age written with its suffix: "un 29enne" -> "ventinovenne", "18enni" -> "diciottenni"
# (the number's last vowel elided, but for "tre" and "sei": "trentatreenne").
_AGED = re.compile(r"(?<![\w.,])(?P<n>\d{1,3})(?P<suffix>enn[ei])\b")


def _aged(match: re.Match[str]) -> str:
    words = cardinal(int(match["n"])).replace(" ", "")
    if not words.endswith(("tre", "sei")):
        words = words[:-1]
    return words + match["suffix"]


# A code of law after an article's number is the article's, said with "del": "art. 640 c.p." ->
# "articolo 640 del codice penale", "artt. 575 e 577 c.p.", "art. 2043 c.c." -> "del codice
# civile", "art. 3 Cost." -> "della Costituzione".
_CODES = {"c.p.p.": "del codice di procedura penale", "c.p.c.": "del codice di procedura civile",
          "c.p.": "del codice penale", "c.c.": "del codice civile",
          "Cost.": "della Costituzione"}  # fmt: skip
_NUMBER = r"\d+(?:\s?(?:bis|ter|quater|quinquies|sexies))?"
_CODE_AFTER_ARTICLE = re.compile(
    rf"(?P<article>\b[Aa]rtt?\.\s?{_NUMBER}(?:(?:,\s?|\se\s){_NUMBER})*"
    r"(?:,?\s(?:comma|co\.)\s?\d+)?\s)"
    r"(?P<code>c\.\s?p\.\s?[pc]\.|c\.\s?[pc]\.|Cost\.)"
)


# The code's full stop that also ends the sentence: the text ends, or a capital follows.
_SENTENCE_END = re.compile(r"\s*$|\s+[A-ZÀ-Ú]")


def _code(match: re.Match[str]) -> str:
    stop = "." if _SENTENCE_END.match(match.string, match.end()) else ""
    return match["article"] + _CODES[match["code"].replace(" ", "")] + stop


def read_abbreviations(text: str) -> str:
    """Read the abbreviations and titles of the table, a letter before a given name as its
    title ("D. Juan" -> "don Juan"), and a rank written short before a name ("Col. Rossi")."""
    if any(f"{rank}." in text for rank in _BEFORE_NAME):  # a quick test before the search
        text = _RANK.sub(lambda m: _BEFORE_NAME[m["rank"]], text)
    if "c.d." in text:
        text = _SO_CALLED.sub(_so_called, text)
    if "S." in text:
        text = _DOUBLE_S.sub(_double_s, text)
    if "." in text:
        text = _MONTH_ALONE.sub(_month_alone, text)
        text = _EXTREME.sub(_extreme, text)
        text = _TUESDAY.sub(r"\g<before>martedì", text)
        text = _MARCH_BEFORE_YEAR.sub("marzo", text)
    if "enn" in text:
        text = _AGED.sub(_aged, text)
    if "v." in text or "V." in text:
        text = _STREET.sub("via", text)
    if "p.m." in text:
        text = _PROSECUTOR.sub(r"\g<article>pubblico ministero", text)
    if "in." in text:
        text = _MINISTER.sub("ministro", text)
    if "rt" in text:
        text = _CODE_AFTER_ARTICLE.sub(_code, text)
    return _read_table(_read_titles(text))
