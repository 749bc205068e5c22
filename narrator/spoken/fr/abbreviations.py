"""Abbreviations and titles in French, from the table ``tables/abbreviations.tsv``.

- "M. Dupont" -> "monsieur Dupont", "Mme", "Mᵐᵉ" -> "madame", "Dʳ" -> "docteur" (superscript
  letters are made plain before); "etc." -> "et cetera"; "n° 5" -> "numéro 5"
- some only before a name ("M.", "Me", "St") or a number ("no"), where they cannot be words
"""

from __future__ import annotations

import re

from narrator.spoken.tables import read_table

_ROWS = {row[0]: (row[1], row[2]) for row in read_table("fr", "abbreviations")}
_KEYS = {re.sub(r"\s", "", w): said for w, (said, _) in _ROWS.items()}
_NEXT = {
    "name": r"(?=\s+(?:de\s+|d')?[A-ZÉ]|-[A-ZÉ])",
    # "M." and "MM." before an office's article too: "M. le Maire", "M. le ministre"; and
    # before "et Mme": "M. et Mme Durand".
    "title": r"(?=\s+(?:de\s+|d')?[A-ZÉ]|-[A-ZÉ]|\s+l(?:e|es|a)\s+\w|\s+et\s+Mmes?\b)",
    "digit": r"(?=\s?\d)",
    "": r"(?!\w)",
}
_ABBREVIATION = re.compile(
    r"(?<![\w.])(?:"
    + "|".join(
        re.escape(w).replace(r"\ ", r"\s?") + _NEXT[before]
        for w, (_, before) in sorted(_ROWS.items(), key=lambda r: -len(r[0]))
    )
    + ")"
)
HINT = re.compile(r"[A-Za-z°]")
# A weekday written short before a date's day and month: "mar. 5 mars", "jeu. 12 déc." ("mar."
# alone may be March's, "jeu." and "mer." words ending a sentence). The day may be read already.
_WEEKDAYS = {"lun": "lundi", "mar": "mardi", "mer": "mercredi", "jeu": "jeudi", "ven": "vendredi",
             "sam": "samedi", "dim": "dimanche"}  # fmt: skip
_DAY_BEFORE_DATE = re.compile(
    r"(?<![\w.])(?P<day>(?i:lun|mar|mer|jeu|ven|sam|dim))\.(?=\s(?:[\w-]+\s){1,3}?"
    r"(?:janv|févr|mars|avr|mai|juin|juil|août|sept|oct|nov|déc)"
    # ... or before a part of the day: "interpellé mar. soir" -> "mardi soir"
    r"|\s(?:matin|midi|après-midi|soir|prochain|dernier)\b)"
)
# "s." after a century's ordinal is "siècle": "XVIIIe s." -> "dix-huitième siècle"; "sem."
# after an ordinal a half-year's "semestre" ("au 1er sem."; "2 sem." elsewhere weeks).
_CENTURY = re.compile(r"(?<=ième )s\.(?=[\s,;:)]|$)")
_HALF_YEAR = re.compile(r"(?:(?<=ier )|(?<=ième )|(?<=cond ))sem\.(?!\w)")
# "fr." after an amount is the franc: "12 fr. 50" -> "douze francs cinquante".
_FRANCS = re.compile(
    r"(?<=[\d\s-])(?P<number>un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|"
    r"quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante|cents?|mille|\d) fr\."
    r"(?=[\s,;)]|$)"
)

# A point between two numbers after an article's name or "le" is no decimal (French writes a
# comma) but a section's: "l'art. 49.3", "le 49.3" -> "quarante-neuf trois".
_SECTION = re.compile(
    r"(?P<before>\b(?i:art\.|article|le|du|au) )"
    r"(?P<number>\d{1,3})\.(?P<part>\d{1,2})(?![\d,]|\.\d)"
)
# A month written short alone after "en" ("qu'en"), "depuis", "dès" is the month ("en janv."
# -> "en janvier", "en févr. 2024"); before a day the dates read it.
_MONTHS = {short: row[0] for row in read_table("fr", "months") for short in row[1].split()}
_MONTH_ALONE = re.compile(
    r"(?P<before>(?<![\w'’])(?:[Ee]n|[Dd]epuis|[Dd]ès|(?:[Jj]us|[Ll]ors|[Pp]uis)?[Qq]u['’]en) )"
    r"(?P<month>"
    + "|".join(re.escape(m) for m in sorted(_MONTHS, key=len, reverse=True))
    + r")(?!\w)(?!\s?(?!\d{4}\b)\d)"
)


_CAPITAL_NEXT = re.compile(r"\s+[A-ZÀ-ÖØ-Þ]")
# Abbreviations that close a phrase, never lead to a name: a list's "etc.", a count's "hab.",
# "pers.", an era's "J.-C.". Their stop before a capital is the sentence's too ("2 000 hab. Le
# village"), where "bd. Haussmann" or "cf. Martin" lead to the name.
_CLOSING = {"etc.", "hab.", "pers.", "av.J.-C.", "apr.J.-C."}
# Any other's stop before a word that begins a sentence, a capitalised article, pronoun or
# linking word ("la préf. Ensuite", "à la préf. Le préfet"), where a street's or a reference's
# abbreviation leads to its name ("av. La Bourdonnais", "cf. Le Monde"), as a title does.
_SENTENCE_START = re.compile(
    r"\s+(?:Le|La|Les|L['’]|Il|Elle|Ils|Elles|On|Nous|Vous|Je|Ce|Cet|Cette|Ces|Cela|Puis|"
    r"Ensuite|Mais|Et|Donc|Alors|Enfin|Depuis|Selon|Pour|Dans|Au|Aux|Un|Une|Des|Du|En|Après|"
    r"Avant|Par|Sur|Si|Quand|Lors|Toutefois|Cependant|Pourtant|Ainsi|Aussi|Néanmoins|Son|Sa|"
    r"Ses|Leur|Leurs|Tous|Toutes)\b"
)
_LEADING = {"bd.", "av.", "pl.", "imp.", "all.", "ch.", "sq.", "cf.", "Cf.", "Dr.", "Pr.",
            "Lt-Col.", "lemin.", "Lemin.", "dir.gén.", "M.", "MM."}  # fmt: skip


def _month_alone(match: re.Match[str]) -> str:
    ends = not match.string[match.end() :].strip()
    return match["before"] + _MONTHS[match["month"]] + ("." if ends else "")


def _weekday(match: re.Match[str]) -> str:
    said = _WEEKDAYS[match["day"].lower()]
    return said.capitalize() if match["day"][0].isupper() else said


def read_abbreviations(text: str) -> str:
    """Expand abbreviations and titles: "Mme Curie" -> "madame Curie", "etc." -> "et
    cetera"; a full stop that also ends the sentence is kept ("selon la préf." -> "selon la
    préfecture.")."""

    def say(match: re.Match[str]) -> str:
        key = re.sub(r"\s", "", match.group(0))
        # A full stop at the text's end is the sentence's too ("dans la préf."); a closing
        # abbreviation's before a capital as well ("du pain, etc. Puis"), any other's but a
        # leading one's before a word that begins a sentence ("la préf. Ensuite").
        rest = match.string[match.end() :]
        leads = key in _LEADING or _ROWS.get(match.group(0), ("", ""))[1] != ""
        starts = _CAPITAL_NEXT if key in _CLOSING else None if leads else _SENTENCE_START
        closes = starts is not None and starts.match(rest) is not None
        ends = key.endswith(".") and (not rest.strip() or closes)
        return _KEYS[key] + ("." if ends else "")

    if "." in text:
        text = _MONTH_ALONE.sub(_month_alone, text)
        text = _SECTION.sub(r"\g<before>\g<number> \g<part>", text)
        text = _DAY_BEFORE_DATE.sub(_weekday, text)
        text = _CENTURY.sub("siècle", _FRANCS.sub(r"\g<number> francs", text))
        text = _HALF_YEAR.sub("semestre", text)
    return _ABBREVIATION.sub(say, text)
