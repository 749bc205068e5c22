"""Portuguese ranges: a dash between two numbers is "a": "2–4" -> "2 a 4", "1990-2000" ->
"1990 a 2000" (the numbers are read by the rules after)."""

from __future__ import annotations

from narrator.spoken.common.romance_ranges import HINT, range_reader

__all__ = ["HINT", "read_ranges"]

# The words of a game's result, after which "3-1" is a score.
_SCORE_WORDS = (
    r"venc\w*|ganh\w*|perd\w*|empat\w*|derrot\w*|"
    r"gole\w*|vitória|derrota|placar|resultado|"
    r"jogo|partida|clássico|final"  # the game's: "o jogo Grêmio-Inter (2-1)"
)
# "de" with its article opens a span that "a" with the same article closes.
read_ranges = range_reader("a", _SCORE_WORDS, {"do": "ao", "dos": "aos", "da": "à", "das": "às"})
