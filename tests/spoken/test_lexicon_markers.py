"""What a lexicon says is hidden from the rules behind private-use characters of plane 15, then
put back (narrator.spoken.spoken): only its own markers, whatever else the text holds."""

from __future__ import annotations

from narrator.spoken import spoken
from narrator.spoken.lexicon import Lexicon


def test_the_lexicons_words_come_back_after_the_rules() -> None:
    lexicon = Lexicon.from_words({"ATACMS": "attack-ums", "Peskov": "PYES-kov"})
    said = spoken("Peskov said 2 ATACMS hit.", lexicon)
    assert said == "PYES-kov said two attack-ums hit."


def test_a_private_use_character_in_the_text_is_left_as_it_is() -> None:
    icon = "\U000f0001"  # an icon font's glyph, in the plane the markers are taken from
    lexicon = Lexicon.from_words({"Peskov": "PYES-kov"})
    assert spoken(f"{icon} Peskov and {icon}", lexicon) == f"{icon} PYES-kov and {icon}"
