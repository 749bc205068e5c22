"""Party-state tags after a politician's name, in AP style.

- "Sen. Amy Klobuchar (D-Minn.)" -> "... Democrat of Minnesota"
- "(R-W.Va.)" -> "Republican of West Virginia"; "(I-VT)" -> "Independent of Vermont";
  "(R-Texas)" -> "Republican of Texas" (states AP writes in full)
- "D-Day", "R-rated" and "I-95" are no tags: the state must be a state
"""

from __future__ import annotations

import re

from narrator.spoken.tables import read_mapping

_PARTIES = {"D": "Democrat", "R": "Republican", "I": "Independent"}
_AP_STATES = read_mapping("en", "ap_states")
_POSTAL = read_mapping("en", "states")
_STATE_NAMES = frozenset(_POSTAL.values())
_FULL = "|".join(sorted((re.escape(n) for n in _STATE_NAMES), key=lambda n: (-len(n), n)))
_AP = "|".join(sorted((re.escape(a) for a in _AP_STATES), key=len, reverse=True))
_TAG = re.compile(
    rf"(?<![\w-])(?P<party>[DRI])-(?:(?P<ap>{_AP})\.|(?P<postal>[A-Z]{{2}})\b|(?P<full>{_FULL})\b)"
    r"(?![\w-])"
)
# The hyphen first: the regex engine finds a literal quickly.
HINT = re.compile(r"-(?<=[DRI]-)[A-Z]")


def _say_tag(match: re.Match[str]) -> str:
    party = _PARTIES[match["party"]]
    if match["ap"]:
        state = _AP_STATES[match["ap"]]
    elif match["postal"]:
        if match["postal"] not in _POSTAL:
            return match.group(0)
        state = _POSTAL[match["postal"]]
    else:
        state = match["full"]
    return f"{party} of {state}"


def read_party_tags(text: str) -> str:
    """Read AP party-state tags: "(D-Minn.)" -> "Democrat of Minnesota", "(R-W.Va.)" ->
    "Republican of West Virginia"; "D-Day" and "I-95" are left alone."""
    return _TAG.sub(_say_tag, text)
