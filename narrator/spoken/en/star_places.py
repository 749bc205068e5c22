"""A star's place and brightness as astronomers' books and almanacs write them: right ascension
in hours, declination in degrees, magnitude after its number.

- "R.A. 5h. 30m., Decl. 5° 27' S." -> "right ascension 5h. 30m., declination 5° 27' S." (the
  hours and degrees are read after, by times and measures)
- "a star of the 6th mag.", "a star of 4.5 mag." -> "... 6th magnitude", "4.5 magnitude"; before
  its number in small letters: "mag. 0.2", "mags. 4.5 and 6.3" -> "magnitude 0.2", "magnitudes
  ..." (a journal's "Phil. Mag. 3" keeps its capital)

"R.A." before no hours is left to the letters (the Royal Academy's "R.A." after a painter's
name); "Dec." before no degrees is December.
"""

from __future__ import annotations

import re

from narrator.spoken.en.context import stop_after
from narrator.spoken.rules import any_of

# "R.A." or "RA" before its hours ("R.A. 5h 35m", "RA 05h 35m 17s", "R.A. 18 h. 36 m."), and
# "Decl." or "Dec." before its degrees ("Decl. +38° 47'", "Dec. -5° 23'").
_RIGHT_ASCENSION = re.compile(
    r"\b(?:R\.\s?A\.|RA)(?=,?\s+\d{1,2}\s?h\b)|(?<=\bin )R\.\s?A\.(?=,?\s+by\b)"
)
_DECLINATION = re.compile(r"\b(?:Decl?|Dec|decl)\.?(?=,?\s+[+−-]?\d{1,2}\s?°)")
# "mag." after a number or an ordinal: "of the 5th mag.", "6.5 mag.".
_MAGNITUDE = re.compile(r"(?<=\d)(?P<ordinal>st|nd|rd|th)?\s?mag\.")
_MAGNITUDE_BEFORE = re.compile(r"\bmag(?P<plural>s)?\.(?=\s?[+−-]?\d)")
HINT = any_of(r"R\.\s?A\.", r"RA \d", r"ec(?<=[Dd]ec)l?\.? [+−-]?\d", r"mags?\.")


def read_star_places(text: str) -> str:
    """ "R.A. 5h. 30m., Decl. 5° 27' S." -> "right ascension 5h. 30m., declination 5° 27' S."."""
    text = _RIGHT_ASCENSION.sub("right ascension", text)
    text = _DECLINATION.sub("declination", text)
    text = _MAGNITUDE_BEFORE.sub(lambda m: "magnitude" + (m["plural"] or ""), text)
    return _MAGNITUDE.sub(lambda m: f"{m['ordinal'] or ''} magnitude" + stop_after(m), text)
