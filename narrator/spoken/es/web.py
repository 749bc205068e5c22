"""Spanish electronic addresses: "a.bc@gmail.com" -> "a punto b c arroba gmail punto com",
"https://www.abc.es" -> "h t t p s dos puntos barra barra w w w punto a b c punto e s"."""

from __future__ import annotations

from narrator.spoken.common.romance_web import HINT, web_reader
from narrator.spoken.es.numbers import NUMERALS
from narrator.spoken.tables import read_mapping

__all__ = ["HINT", "read_addresses"]

# Said as words: "gob", the Latin American governments' domain ("www.gob.mx"), and the
# mailboxes institutions and newsrooms give ("info@", "prensa@", "contacto@").
_WORDS = frozenset({"gob", "info", "contacto", "prensa", "noticias", "ayuda", "ventas", "correo"})
read_addresses = web_reader(NUMERALS, read_mapping("es", "web_symbols"), _WORDS)
