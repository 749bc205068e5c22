"""Portuguese abbreviations and titles: "Sr." -> "senhor", "Dra." -> "doutora", "Ltda." ->
"limitada", "etc." -> "etcétera", "nº" -> "número"."""

from __future__ import annotations

import re

from narrator.spoken.common.romance_abbreviations import abbreviation_reader
from narrator.spoken.common.romance_titles import Title, title_reader
from narrator.spoken.tables import read_mapping, read_table

_TABLE = read_mapping("pt", "abbreviations")
_read_table = abbreviation_reader(_TABLE, read_mapping("pt", "numbered"))
# A man's title written short with a raised "ª" ("Dr.ª", "Sr.ª", "Drª") or after a feminine
# article ("a Dep. Ana") is a woman's: "doutora", "senhora", "deputada".
_RAISED_A = re.compile(r"(?<![\w.])(?P<title>[A-Z][a-z]{1,4})\.?ª\.?")
_WOMAN_TITLE = re.compile(
    r"(?<![\w.])(?P<article>[Aa]s?|[DdNn]as?|[Pp]elas?|[Ee]stas?|à) "
    r"(?P<title>Dr|Sr|Prof|Eng|Arq|Dep|Sen|Pres|Gov|Min|Ver|Des|Ir|Cap)\.(?=\s(?:d[aoe]s?\s)?[A-ZÀ-Ú])"
)
_FEMININE_ENDINGS = (("ente", "enta"), ("ão", "ã"), ("or", "ora"), ("o", "a"), ("r", "ra"))
# A rank or a building written short that is another word's abbreviation elsewhere ("cel." a
# mobile's, "cap." a chapter, "ed." an edition): with its capital before a name only ("O Cel.
# Souza" -> "coronel", "no Ed. Itália" -> "edifício").
# "Des." and "Ver." too ("ver." a reference's "see"), their corps' initials perhaps between ("O
# Cel. PM Araújo").
_RANKS = {"Cel": "coronel", "Cap": "capitão", "Ed": "edifício", "Des": "desembargador",
          "Ver": "vereador"}  # fmt: skip
_RANK = re.compile(
    rf"(?<![\w.])(?P<rank>{'|'.join(_RANKS)})\.(?=\s(?:[A-Z]{{2,4}}\s)?[A-ZÀ-Ú][a-zà-ú])"
)
# A minister written short, "min." elsewhere a minute's: with its capital before a name or
# before the ministry's "da"/"do" and its name ("O Min. da Saúde" -> "ministro").
_MINISTER = re.compile(r"(?<![\w.])Min\.(?=\s(?:d[aoe]s?\s)?[A-ZÀ-Ú][a-zà-ú])")


def _feminine(title: str) -> str | None:
    """The woman's word for a man's title written short ("Dr" -> "doutora"), or None."""
    said = _TABLE.get(title + ".") or _RANKS.get(title) or ("ministro" if title == "Min" else None)
    if said is None:
        return None
    for masculine, feminine in _FEMININE_ENDINGS:
        if said.endswith(masculine):
            return said[: -len(masculine)] + feminine
    return said


def _raised_a(match: re.Match[str]) -> str:
    return _feminine(match["title"]) or match.group(0)


def _woman_title(match: re.Match[str]) -> str:
    said = _feminine(match["title"])
    return f"{match['article']} {said}" if said else match.group(0)


_read_titles = title_reader(
    {"D": Title("Dom", "Dona"), "S": Title("São", "Santa", before_vowel="Santo")}
)

# "R." before a street's name ("R. Augusta", "R. das Flores"), not after a given name, where it
# is an initial ("João R. Silva").
# A street named after a date, whose day the dates have read, is one too ("R. 15 de Novembro").
_MONTH_NAMES = "|".join(row[1] for row in read_table("pt", "months"))
_STREET = re.compile(
    r"(?P<before>\S+\s)?(?<![\w.])R\.\s(?=(?:d[aoe]s?\s)?[A-ZÀ-Ú]"
    rf"|(?:[a-zà-ú]+\s){{1,4}}?de\s(?i:{_MONTH_NAMES})\b)"
)
_GIVEN_NAME = re.compile(r"[A-ZÀ-Ú][a-zà-ú]+\s")
# Words that start a sentence before a street, never a given name: "Na R. Augusta".
_BEFORE_STREET = frozenset({"na", "da", "pela", "para", "em", "até", "à", "a", "e", "ou"})


def _street(match: re.Match[str]) -> str:
    before = match["before"] or ""
    initial = _GIVEN_NAME.fullmatch(before) and before.strip().lower() not in _BEFORE_STREET
    return match.group(0) if initial else f"{before}rua "


# A month written short alone after "em", "desde", "até", "a partir de" ("começa em jan." ->
# "em janeiro"); after "de" alone it may be a number's ("nota de dez."), left.
_MONTHS = {row[2]: row[1] for row in read_table("pt", "months") if row[2].endswith(".")}
_MONTH_ALONE = re.compile(
    r"(?P<before>(?<!\w)(?:[Ee]m|[Dd]esde|[Aa]té|[Aa] partir de|primeiro de) )(?P<month>"
    + "|".join(re.escape(m) for m in _MONTHS)
    + r")(?!\w)(?!\s?(?!\d{4}\b)\d)"
)

# Two months written short joined ("de jan. a mar." -> "de janeiro a março").
_MONTH_SPAN = re.compile(
    rf"(?<!\w)(?P<before>)(?P<a>{'|'.join(re.escape(m) for m in _MONTHS)}) (?P<joint>a|e|até) "
    rf"(?P<month>{'|'.join(re.escape(m) for m in _MONTHS)})(?!\w)"
)
# A weekday written short ("seg.", "ter.", "sex.", elsewhere "seguinte", a verb and a word)
# after a word that asks for a day and before a comma, a time or the end: "na seg., às 20h".
_WEEKDAYS = {"seg": "segunda", "ter": "terça", "qua": "quarta", "qui": "quinta", "sex": "sexta",
             "sáb": "sábado", "dom": "domingo"}  # fmt: skip
# ... or two of them joined: "de seg. a sex." -> "de segunda a sexta".
_DAY = "|".join(_WEEKDAYS)
_WEEKDAY_SPAN = re.compile(
    rf"(?<![\w.])(?P<a>{_DAY})\.\s?(?P<joint>a|à|e|até|-|–)\s?(?P<b>{_DAY})\.(?=[\s,;)]|$)"
)
_WEEKDAY = re.compile(
    r"(?P<before>\b(?:[Nn]a|[Dd]e|[Aa]té|[Nn]esta|[Pp]róxima|[Cc]ada) )(?P<day>seg|ter|sex)\."
    r"(?=,|\s(?:às|à|\d)|\s*$)"
)
_SENTENCE_GOES_ON = re.compile(r"\s*[a-zà-ú0-9,;]")

_YEAR_AFTER = re.compile(r"\s?\d{4}\b")


def _month_alone(match: re.Match[str]) -> str:
    """The month in full, and the sentence's full stop its point was where it ends one."""
    ends = not _SENTENCE_GOES_ON.match(match.string, match.end())
    of = " de" if _YEAR_AFTER.match(match.string, match.end()) else ""  # "en feb. 2024"
    return match["before"] + _MONTHS[match["month"]] + of + ("." if ends else "")


def _weekday_span(match: re.Match[str]) -> str:
    joint = "a" if match["joint"] in "-–" else match["joint"]
    ends = not _SENTENCE_GOES_ON.match(match.string, match.end())
    return f"{_WEEKDAYS[match['a']]} {joint} {_WEEKDAYS[match['b']]}" + ("." if ends else "")


# "máx." and "mín." agree with the noun before: "o valor máx." -> "máximo", "a temperatura
# mín." -> "mínima"; after no noun ("de máx. de 37 °C") a temperature's feminine, the usual.
_FEMININE_NOUN_ENDINGS = ("a", "as", "ção", "ções", "dade", "dades", "agem", "agens")
_EXTREME = re.compile(r"(?P<before>(?<![\w-])[a-zà-ú]+ )?(?P<word>máx|mín)\.(?!\w)")


def _extreme(match: re.Match[str]) -> str:
    before = match["before"] or ""
    noun = before.strip() if len(before.strip()) > 3 else ""  # "de", "foi": no noun
    masculine = bool(noun) and not noun.endswith(_FEMININE_NOUN_ENDINGS)
    plural = noun.endswith("s")
    ending = ("o" if masculine else "a") + ("s" if plural else "")
    return before + {"máx": "máxim", "mín": "mínim"}[match["word"]] + ending


def read_abbreviations(text: str) -> str:
    """Read the abbreviations and titles of the table, a letter before a given name as its
    title ("D. Juan" -> "don Juan"), "R." before a street's name as "rua", and a man's title
    made a woman's ("Dr.ª" -> "doutora")."""
    if "R." in text:
        text = _STREET.sub(_street, text)
    if "ª" in text:
        text = _RAISED_A.sub(_raised_a, text)
    text = _MONTH_ALONE.sub(_month_alone, text)
    text = _MONTH_SPAN.sub(lambda m: f"{_MONTHS[m['a']]} {m['joint']} {_month_alone(m)}", text)
    text = _WEEKDAY.sub(lambda m: m["before"] + _WEEKDAYS[m["day"]], text)
    text = _WEEKDAY_SPAN.sub(_weekday_span, text)
    text = _WOMAN_TITLE.sub(_woman_title, text)
    if any(f"{rank}." in text for rank in _RANKS):  # a quick test before the search
        text = _RANK.sub(lambda m: _RANKS[m["rank"]], text)
    if "Min." in text:
        text = _MINISTER.sub("ministro", text)
    if "áx." in text or "ín." in text:
        text = _EXTREME.sub(_extreme, text)
    return _read_table(_read_titles(text))
