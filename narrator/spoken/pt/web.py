"""Portuguese electronic addresses: "test@gmail.com" -> "t e s t arroba gmail ponto com",
"https://www.amazon.com.br" -> "h t t p s dois pontos barra barra w w w ponto amazon ponto com
ponto br" (Brazilians say their domain as a word)."""

from __future__ import annotations

from narrator.spoken.common.romance_web import HINT, web_reader
from narrator.spoken.pt.numbers import NUMERALS
from narrator.spoken.tables import read_mapping

__all__ = ["HINT", "read_addresses"]

# Said as words: Brazil's "br", and the mailboxes institutions and newsrooms give ("contato@",
# "imprensa@").
_WORDS = frozenset({"br", "info", "contato", "contacto", "imprensa", "atendimento", "geral"})
read_addresses = web_reader(NUMERALS, read_mapping("pt", "web_symbols"), _WORDS)
