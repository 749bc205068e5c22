"""Numbers that are dialled or keyed in, read digit by digit by the number rule: "call 911",
"dial 999", "text 85858", "PIN 1234", "the 988 crisis line", "the city's 311 line", "at
extension 204", "report potholes to 311"; "call 300 people", "made 911 calls" count.

The number rule asks `dialled` of each number of three digits or more (see numbers).
"""

from __future__ import annotations

import re

from narrator.spoken.en.counts import COUNTED, PLURAL, counted_before

# Words before a number that is dialled, read digit by digit: "call 911", "dial 999", "by
# calling or texting 988" (not "called 2020 a year"); a PIN is keyed in as digits, however
# short ("PIN 1234", "the PIN code is 0000").
_DIALLED_BEFORE = re.compile(
    r"(?i:\b(?:call|calling|dial|dialed|dialled|dialling|dialing|text|texting))\s+$"
    r"|\b(?:PIN|[Pp]in code|[Pp]asscode)s?(?:\s+(?:is|was))?[\s:#]+$"
)


# A telephone service named by its number, said as dialled: "the 988 crisis line"; an
# emergency number names its calls and its service as well ("the 911 call", "999 services").
_LINE_AFTER = re.compile(
    r"\s(?:(?:crisis|suicide|emergency|help|hot|life)\s?line|helpline|hotline|lifeline|"
    r"dispatcher|operator)\b"
)
_EMERGENCY_NUMBERS = frozenset({"911", "999", "112", "988", "000"})
# North America's three-digit service numbers (211 to 911), named by their line or app after
# a determiner, are said as dialled: "the city's 311 line", "a 511 app" ("Chapter 311 line 4").
_SERVICE_NUMBER = re.compile(r"[2-9]11")
_SERVICE_BEFORE = re.compile(r"(?i:\b(?:the|a|an|its|their|our|your|his|her)|\w's|s')\s+$")
_SERVICE_AFTER = re.compile(r"\s(?:line|number|service|app|website|system|portal|operators?)\b")
# Besides dialling, an emergency number is called or phoned ("He called 911", "calls to 999
# rose"), and a telephone's extension is keyed in too ("at extension 204", once "ext." is read).
_EMERGENCY_BEFORE = re.compile(
    r"(?i:\b(?:called|phoned|rang|ringing|contacted|alerted|calls? to|phone calls? to))\s+$"
)
# A service's or an emergency number after "to", a word of calling, reporting or sending
# before it in the clause: "report potholes to 311", "Complaints to 311 rose", "Text your
# location to 911" ("Calls rose to 311", "the total fell to 911" count).
_REPORTED_TO_BEFORE = re.compile(
    r"(?i:\b(?:reports?|reported|reporting|complain\w*|complaints?|calls?|called|calling|texts?|"
    r"texted|texting|send|sent|requests?|requested|tips?|referred|forwarded)\b"
    r"(?:\s+(?!(?:rose|fell|grew|jumped|climbed|dropped|declined|increased|decreased|reached|"
    r"totall?ed|amounted|came|went|up|down)\b)[\w'’]+){0,5}\s+to)\s+$"
)
_EXTENSION_BEFORE = re.compile(r"(?i:\bextension)\s+$")
_EMERGENCY_AFTER = re.compile(
    r"\s(?:calls?|callers?|system|services?|cent(?:er|re)s?|dispatch\w*|operators|emergenc\w+)\b"
)

# A service's number after its provider's initials is said as dialled: "ring NHS 111", "NYC
# 311 said"; not a bill's or a resolution's ("HB 111", "SR 111").
_SERVICE_NUMBERS = re.compile(r"[1-9]11|10[15]|999|112|988")
_INITIALS_BEFORE = re.compile(r"\b(?![A-Z]*[BR]\s)[A-Z]{2,5}\s$")


def dialled(match: re.Match[str]) -> bool:
    """Whether a number of three digits or more is dialled: "call 911", "text 85858", or a
    PIN ("PIN 1234")."""
    if len(match["num"]) < 3:
        return False
    if len(match["num"]) == 3 and _LINE_AFTER.match(match.string, match.end()):
        return True  # "the 988 crisis line", "a 911 dispatcher"
    if match["num"] in _EMERGENCY_NUMBERS and _EMERGENCY_AFTER.match(match.string, match.end()):
        return not counted_before(match)  # "the 911 call"; "made 911 calls" counts
    before = match.string[max(0, match.start() - 16) : match.start()]
    if _SERVICE_NUMBER.fullmatch(match["num"]) and _SERVICE_BEFORE.search(before):
        return _SERVICE_AFTER.match(match.string, match.end()) is not None
    if _SERVICE_NUMBERS.fullmatch(match["num"]) and _INITIALS_BEFORE.search(before):
        return True  # "NHS 111"
    counted = COUNTED.match(match.string, match.end()) or PLURAL.match(match.string, match.end())
    if match["num"] in _EMERGENCY_NUMBERS and _EMERGENCY_BEFORE.search(before):
        return counted is None  # "called 112 people" counts
    if (
        (_SERVICE_NUMBER.fullmatch(match["num"]) or match["num"] in _EMERGENCY_NUMBERS)
        and before.endswith("to ")
        and _REPORTED_TO_BEFORE.search(match.string, max(0, match.start() - 60), match.start())
    ):
        return counted is None
    if _EXTENSION_BEFORE.search(before) and not match.string.startswith("0", match.start()):
        return counted is None
    if _DIALLED_BEFORE.search(before) is None:
        return False
    return counted is None  # "call 300 people", "text 500 voters" count
