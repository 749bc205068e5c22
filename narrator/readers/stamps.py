"""A posting stamp, the line that only says when a story was posted or updated: "Updated 6:42
AM EST, Fri December 5, 2026", "Fri 5 Dec 2026 07.00 GMT", "Updated 2 hours ago", "Published 5th
Dec 2026, 06:00 GMT", in German, French and Spanish too ("05.12.2026, 14.32 Uhr", "Publié
aujourd'hui à 18h12", "Actualizado Viernes, 5 diciembre 2026 - 14:32"), Italian and Portuguese
("05 dicembre 2026 15:42", "5 de Dezembro de 2026, 16:20"), Russian ("5 декабря 2026, 14:32"),
and a stamp beside the
place or the paper's name ("Madrid - 05 dic 2026 - 13:45 CET", "05.12.2026, 14.32 Uhr \u2022 aus
DER SPIEGEL").
"""

from __future__ import annotations

import re

__all__ = ["entry_time", "is_dated_head", "is_stamp", "is_update_head"]

_DATING_WORD = re.compile(
    r"updated|published|posted|modified|ago|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\w*"
    r"|may|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?"
    # German, French and Spanish: "05.12.2026, 14.32 Uhr", "Publié aujourd'hui à 18h12",
    # "05 dic 2026 - 13:45 CET", "Aktualisiert am 5. Dezember 2026"
    r"|m\u00e4rz|mai|okt(?:ober)?|dez(?:ember)?|f\u00e9vr?(?:ier)?|avr(?:il)?|juin|ao\u00fbt"
    r"|d\u00e9c(?:embre)?|ene(?:ro)?|abr(?:il)?|mayo|ago(?:sto)?|dic(?:iembre)?|aktualisiert"
    r"|ver\u00f6ffentlicht|publi\u00e9e?|mis|jour|modifi\u00e9e?"
    r"|actualizad[oa]|publicad[oa]|heute|gestern|aujourd|hui|hier|hoy|ayer|stand|aired"
    r"|today|yesterday|hoje|ontem|oggi|ieri"  # "Hoje às 10:32", "Today at 10:32"
    r"|lunes|martes|mi\u00e9rcoles|jueves|viernes|s\u00e1bado|domingo|lundi|mardi|mercredi|jeudi"
    r"|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag"
    r"|lun|mer|jeu|ven|sam|dim|mi\u00e9|jue|vie|s\u00e1b|dom"
    # Italian and Portuguese: "05 dicembre 2026 15:42", "5 de Dezembro de 2026, 16:20"
    r"|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|gen|giu|lug"
    r"|set|ott|fevereiro|mar\u00e7o|maio|setembro|outubro|dezembro|fev|out|aggiornat[oa]"
    r"|pubblicat[oa]|modifica(?:t[oa])?|atualizad[oa]|h\u00e1|date"
    r"|data|datum|fecha"  # a page's label before its date: "Data: 07 dicembre 2026"
    # "Ultimo aggiornamento: 5 dicembre 2026, 11:40", "Última actualización", "Letzte …"
    r"|aggiornamento|actualizaci\u00f3n|atualiza\u00e7\u00e3o|aktualisierung|ultim[oa]"
    r"|\u00faltim[oa]|letzte|last|an"  # "Updated an hour ago"
    r"|luned\u00ec|marted\u00ec|mercoled\u00ec|gioved\u00ec"
    r"|venerd\u00ec|sabato|domenica|segunda|ter\u00e7a|quarta|quinta|sexta|feira"
    # Russian: "5 декабря 2026, 14:32", "Обновлено 5 дек 2026"
    r"|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
    r"|янв|фев|мар|апр|июн|июл|авг|сен|окт|ноя|дек|обновлено|опубликовано|сегодня|вчера|назад",
    re.IGNORECASE,
)
"""A word that dates a line: a word of posting, a month, a day of the week."""
_CLOCK_WORD = re.compile(
    r"last|first|on|at|and|h|hours?|hrs|minutes?|mins?|days?|seconds?|[ap]m?|m|gmt|bst|utc|ist|aest"
    r"|uk|us|uhr|um|\u00e0|a|le|el|de|del|mez|mesz|alle|ore|\u00e0s|as|em|il|horas?|minutos?|online"
    r"|[ecmp][sd]?t|ces?t|al|las|в|\u0433|года|мск|часов|часа|минут"
    # a zone's name written out: "07:00 AM Eastern Standard Time" (Business Wire's)
    r"|eastern|central|pacific|mountain|standard|daylight|time|greenwich|mean|european"
    # Canada's zones in French, normal or summer time: "Publié à 6 h 12 HNE" (heure normale
    # de l'Est), "HAP", "HNT"
    r"|h[na][ecpatr]",
    re.IGNORECASE,
)
"""The other words of a line that only says when a story was posted or updated ("Updated 6:42
AM EST, Fri December 5, 2026", "Fri 5 Dec 2026 07.00 GMT", "Updated 2 hours ago", "Posted 7:12
AM, Dec 05, 2026 and last updated 9:40 AM, Dec 05, 2026")."""
_MAX_STAMP_CHARS = 80
_YEARS = re.compile(r"^\d{4}\s*[-\u2013\u2014]\s*\d{4}$")
"""Two years apart by a dash, a life's or a period's ("1931 - 2026"): said, no stamp."""
_READING_TIME = re.compile(
    r"(?<=\d)\s+(?:[\u2022\u00b7|]\s*)?\d{1,2}\s*min(?:ute[ns]?|uti|utos)?\.?"
    r"(?:\s+(?:read|di lettura|de lectura|de leitura|de lecture|lesezeit))?$",
    re.IGNORECASE,
)
"""A reading time after a stamp: "05 Dicembre 2026 alle 10:15 2 minuti di lettura"."""
_STAMP_TOKEN = re.compile(r"\d+(?:st|nd|rd|th)\b|[^\W\d_]+|\d+")
"""A stamp's words and numbers, a day's ordinal one ("5th Dec 2026")."""
_STAMP_PARTS = re.compile(r"\s+[\u2022\u00b7|/\u2013\u2014-]\s+")
"""What parts a stamp from the names beside it: "05.12.2026, 14.32 Uhr \u2022 aus DER SPIEGEL",
"Madrid - 05 dic 2026 - 13:45 CET", "Ciudad de México / 07.12.2026 09:14:00"."""
_MAX_PART_WORDS = 4
_MAX_ISSUER_WORDS = 8
_DATED_TIME = re.compile(
    r"^(?P<time>\d{1,2}[.:]\d{2}\s*[ap]\.?m\.?(?:\s+[A-Z]{2,4})?),\s+(?P<date>.{6,30})$", re.I
)
_H_TIME = re.compile(r"^\d{1,2}(?:[:.]\d{2}h|h\d{2})$")
"""A time with its hour's mark before a stamp's full stop: "a las 13:45h." (ABC's), "Publié le
07/12/2026 à 9h15." (a French paper's)."""
_SHORT_DATE = re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}/\d{2}(?![\d/])")
"""A date with the year's last two figures: "12/05/26"."""
_FILED_IN = re.compile(
    r"^(?P<stamp>(?:posted|published|filed)\b.{4,40}?)"
    r" (?:(?:in|under) [A-Z]|by the [A-Za-z])[^.!?:]{1,60}$",
    re.IGNORECASE,
)
"""A blog's posting stamp with the categories the post is filed in: "Posted on 4 December 2026
in Field reports, Water and sanitation" (WordPress's), or with the team that posted it, no
writer to name: "Posted on 7 December 2026 by the Democratic Services team"."""
_PAPER_AFTER = re.compile(r", (?:The )?[A-Z](?:[^\W\d]|[&'-])*(?: [A-Z](?:[^\W\d]|[&'-])*){0,2}$")
"""The paper's name after the stamp: ", The Times"; no figure in it, as a batch's number has
("14.05.2027, Charge L2461", a recalled product's best-before date and batch)."""
_UPDATE_HEAD = re.compile(
    r"(?:update[ds]?|latest|mise \u00e0 jour|actualizaci\u00f3n|aggiornamento|aktualisierung"
    r"|atualiza\u00e7\u00e3o|\u043e\u0431\u043d\u043e\u0432\u043b\u0435\u043d\u0438\u0435)"
    r"\s*[:\u2013\u2014-]\s*(?P<stamp>.{4,60})",
    re.IGNORECASE,
)


def entry_time(line: str) -> str | None:
    """A live entry's time without the day after it ("2:31 p.m. ET, December 5, 2026" -> "2:31
    p.m. ET", CNN's); None for any other line."""
    match = _DATED_TIME.match(line.strip()) if "," in line else None
    return match["time"] if match and is_stamp(match["date"]) else None


def is_update_head(line: str) -> bool:
    """Whether a line heads an update of a page kept up to date, over its text: "Update:
    Tuesday 8 December, 3pm" (a utility's incident page, newest first)."""
    match = _UPDATE_HEAD.fullmatch(line)
    return match is not None and is_stamp(match["stamp"])


def is_stamp(line: str) -> bool:
    """Whether `line` is a posting stamp: a date, a time and the words around them ("Updated 2
    hours ago", "Published 5th Dec 2026, 06:00 GMT"), and nothing else: no sentence's end, a
    number in it; or a stamp beside the place or the paper's name ("Madrid - 05 dic 2026 -
    13:45 CET", "05.12.2026, 14.32 Uhr \u2022 aus DER SPIEGEL")."""
    if len(line) > _MAX_STAMP_CHARS or _YEARS.match(line):
        return False
    if "min" in line or "Min" in line:  # the reading time after it: "… 10:15 2 minuti di lettura"
        line = _READING_TIME.sub("", line) or line
    last = line[:-1].split()[-1:] if line.endswith(".") else None
    if last is not None and not (
        last and (_CLOCK_WORD.fullmatch(last[0]) or _H_TIME.match(last[0]))
    ):
        return False  # a sentence's end; not a clock's word's ("05.12.2026 | 14:32 h.")
    parts = _STAMP_PARTS.split(line)
    # a year alone beside words is a list's ("2004 - Representing cpl"); a writer beside the
    # date is a byline ("By Sam Lee | December 5, 2026")
    if len(parts) > 1 and line[:3].lower() != "by " and not _is_stamp_alone(line):
        # a month and its year beside a name is an edition's ("Neues vom TSV Lindenau \u2013
        # Dezember 2026", a newsletter's title), a day or a time a stamp's
        dated = [p for p in parts if _is_stamp_alone(p) and not _is_month_of_year(p)]
        dated = [p for p in dated if len(_STAMP_TOKEN.findall(p)) > 1]
        return bool(dated) and all(
            _is_stamp_alone(part) or len(part.split()) <= _MAX_PART_WORDS for part in parts
        )
    filed = (
        _FILED_IN.match(line) if any(w in line for w in (" in ", " under ", " by the ")) else None
    )
    if filed and _is_stamp_alone(filed["stamp"]):
        return True
    paper = _PAPER_AFTER.search(line)  # "Friday December 05 2026, 6.00pm GMT, The Times"
    return _is_stamp_alone(line) or (paper is not None and _is_stamp_alone(line[: paper.start()]))


def _is_month_of_year(part: str) -> bool:
    """Whether a stamp's part is only a month and its year: "Dezember 2026"."""
    tokens = _STAMP_TOKEN.findall(part)
    return len(tokens) == 2 and sum(t.isdigit() and len(t) == 4 for t in tokens) == 1


def _is_stamp_alone(line: str) -> bool:
    tokens = _STAMP_TOKEN.findall(line)
    return (
        any(token[0].isdigit() for token in tokens)
        and all(
            token[0].isdigit() or _DATING_WORD.fullmatch(token) or _CLOCK_WORD.fullmatch(token)
            for token in tokens
        )
        # a date or a word of posting: a time alone ("12.45 GMT") heads a live blog's entry
        and (
            any(len(token) == 4 or _DATING_WORD.fullmatch(token) for token in tokens)
            or bool(_SHORT_DATE.search(line))  # "12/05/26 6:44 PM ET" (The Hill's)
        )
    )


def is_dated_head(line: str) -> bool:
    """A release's date, place and issuer over its text: "December 5, 2026 \u2013 Halifax, Nova
    Scotia \u2013 Innovation, Science and Economic Development Canada" (Canada's)."""
    parts = line.split(" \u2013 ")
    return (
        len(parts) > 1
        and is_stamp(parts[0])
        and all(len(part.split()) <= _MAX_ISSUER_WORDS for part in parts[1:])
        and not line.endswith((".", "!", "?"))
    )
