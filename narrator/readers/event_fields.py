"""An event's fields in a story: its date and time among the lines that say where it is and
what it costs ("Fecha: sábado 19 de diciembre de 2026", "Hora: 19:30" over "Lugar: Teatro
Municipal, plaza de España, 3" and "Precio: 5 euros"), each kept. Alone, a labelled date is a page's
stamp ("Fecha: 07/12/2026", narrator.readers.stamps); beside a place's or a price's field it
is when the event is, which a listener needs.
"""

from __future__ import annotations

import re

__all__ = ["is_event_field"]

_WHEN = re.compile(
    r"(?:fecha|hora|horario|date|time|when|datum|uhrzeit|zeit|wann|data|ora|orario|quando|heure"
    r"|horaire|quand|hor\u00e1rio|\u0434\u0430\u0442\u0430|\u0432\u0440\u0435\u043c\u044f"
    r"|\u043a\u043e\u0433\u0434\u0430)\s*:\s*\S.*",
    re.IGNORECASE,
)
_WHERE_OR_PRICE = re.compile(
    r"(?:lugar|d\u00f3nde|precio|entradas?|venue|where|place|location|price|tickets?|admission"
    r"|entry|cost|ort|wo|preis|eintritt|lieu|o\u00f9|prix|tarifs?|entr\u00e9e|luogo|dove"
    r"|prezzo|ingresso|biglietti|local|onde|pre\u00e7o|entrada|\u043c\u0435\u0441\u0442\u043e"
    r"|\u0433\u0434\u0435|\u0446\u0435\u043d\u0430|\u0441\u0442\u043e\u0438\u043c\u043e\u0441"
    r"\u0442\u044c|\u0432\u0445\u043e\u0434)\s*:\s*\S.*",
    re.IGNORECASE,
)


def is_event_field(line: str, block: list[str]) -> bool:
    """Whether `line` is one of an event's fields in a block that has its date or time and its
    place or price ("Precio: 5 euros" is no site's name beside a stamp there)."""
    fields = [other.strip() for other in block]
    if not (_WHEN.fullmatch(line.strip()) or _WHERE_OR_PRICE.fullmatch(line.strip())):
        return False
    return any(map(_WHEN.fullmatch, fields)) and any(map(_WHERE_OR_PRICE.fullmatch, fields))
