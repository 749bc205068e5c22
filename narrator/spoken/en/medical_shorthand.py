"""A prescription's and a case note's shorthand, said as a nurse reads it aloud:

- how often a dose is taken: "q8h" -> "every eight hours", "q4-6h" -> "every four to six
  hours", "b.i.d." -> "twice a day" (dotted in small letters: "H.S." is a high school),
  "t.i.d.", "q.i.d.", "q.d.", "p.r.n." -> "as needed", "h.s." -> "at bedtime"; undotted
  ("BID", "prn") only after a dose, its unit, its form or its route, or before another code
  ("500 mg PO BID", "2 tabs prn", "PO q8h"), where "bid" and "PRN" may be a word or a wire's
  name. The route "PO" is left to be spelled, as clinicians say it
- "Patient c/o N/V" -> "Patient complains of nausea and vomiting" ("c/o" after the patient);
  "f/u" -> "follow up", "POD 3" -> "post-op day 3", "s/p CABG x3" -> "status post CABG times
  3", "Hx of" -> "History of", "Dx:", "Rx:" -> "Diagnosis:", "Prescription:", "denies SOB",
  "last BM" -> "shortness of breath", "bowel movement"
- a dose's form and how long it is taken: "1 cap. PO daily x 14 days" -> "1 capsule PO daily
  for 14 days", "2 tabs." -> "tablets", undotted before a route or a schedule ("1 tab PO")
- "pt." before a verb of a case note is the patient ("Pt. was given", "pt. admitted"), where
  "Pt. 3" is a part and "Pt. Reyes" a point
- "obs." after "for" or "under" is observation ("admitted for obs."); "67 y/o" -> "67 year old",
  "67 y/o M" -> "67 year old male"; "HTN", "HLD", "T2DM" -> "hypertension", "hyperlipidemia",
  "type two diabetes";
  "the L arm", "R knee" -> "left", "right" before a part of the body
- "temp." after a determiner, before a verb, "of" or a figure, or anywhere before a figure or
  "at" a time ("Temp. at noon 78°"; capitalised at a sentence's start too), is
  the temperature, as case books and weather reports write it ("the temp. fell to 99°", "her
  temp. was 102", "HR 88, temp. 101.2°F", "Max. temp. 35"), where "the temp. agency" is no
  temperature and "temp. Eliz." is a time (scholarly); so is "T." after a comma before degrees
  ("Pulse 120, T. 103.4°"), and "resp. 32" the respiration
"""

from __future__ import annotations

import re

from narrator.spoken.en.context import stop_after
from narrator.spoken.en.numbers import cardinal
from narrator.spoken.rules import any_of

_SIGS = {
    "bid": "twice a day",
    "tid": "three times a day",
    "qid": "four times a day",
    "qd": "every day",
    "prn": "as needed",
    "hs": "at bedtime",
    "qhs": "every night at bedtime",
}
_DOTTED_SIG = re.compile(
    r"(?<![\w.])(?P<sig>b\.i\.d|t\.i\.d|q\.i\.d|q\.d|p\.r\.n|q\.h\.s|h\.s)\.(?![\w.])"
)
_UNDOTTED_SIG = re.compile(r"(?<![\w.-])(?P<sig>(?i:bid|tid|qid|prn|qhs))\b(?![.'-]\w)")
# A dose, its unit, its form or its route just before an undotted code: "500 mg PO BID".
_DOSE_BEFORE = re.compile(
    r"(?:\b(?:mg|mcg|g|mL|ml|units?|tabs?|tablets?|caps?|capsules?|puffs?|drops?|PO|po|IV|"
    r"IM|SC|orally|daily|hours)|\bq\d+h|every [a-z]+ hours|by mouth|twice a day|"
    r"three times a day|four times a day)\s$"
)
# Or another code of the same order after it: "amoxicillin PO q8h", "PO daily".
_SIG_AHEAD = re.compile(r" (?:q ?\d|every\b|daily\b|once\b|twice\b|(?i:bid|tid|qid|prn|qhs)\b)")
# Every so many hours: "q8h", "q4-6h", "q 12 h", "q6hr".
_EVERY_HOURS = re.compile(
    r"(?<![\w.-])q ?(?P<hours>\d{1,2})(?:[-\u2013](?P<last>\d{1,2}))? ?h(?:rs?)?\b(?![.'-]\w)"
)
_CASE_NOTE_VERBS = (
    r"was|is|has|had|admitted|denies|denied|reports|reported|states|stated|complains|"
    r"complained|tolerated|tolerates|received|given|presented|presents|underwent|seen|"
    r"discharged|refused|refuses|says|said|remains|remained|returned|c/o|afebrile|alert"
)
_PATIENT = re.compile(
    rf"(?<![\w.])(?P<p>[Pp])t\.(?= (?:{_CASE_NOTE_VERBS})\b)|(?<=\bthe )(?P<the>pt)\.(?= [a-z])"
)
# A dose's form written short after its count, and how long it is taken: "1 cap. PO daily x 14
# days" -> "1 capsule ... for 14 days", "2 tabs." -> "tablets".
_FORMS = {"cap": "capsule", "caps": "capsules", "tab": "tablet", "tabs": "tablets"}
_FORM = re.compile(r"(?<=\d )(?P<form>caps?|tabs?)\.(?= )")
# Undotted before a route, a schedule or a limit: "1 tab PO BID", "4 tabs in 24 hrs" (not "2 tabs
# open", a browser's, nor "a $40 tab").
_UNDOTTED_FORM = re.compile(
    r"(?<=\d )(?P<form>caps?|tabs?)(?= (?:PO|po|by mouth|daily|BID|TID|QID|bid|tid|qid|q ?\d|once|"
    r"twice|three times|four times|as needed|every|at bedtime|prn|PRN|in \d|"
    r"with (?:food|water|meals)))"
)
_FOR_DAYS = re.compile(
    r"(?<=[A-Za-z] )x ?(?=\d{1,3} (?:days?|weeks?|months?|doses|hours?|hrs?|wks?)\b)"
)
# A complaint as a chart writes it after the patient: "Patient c/o N/V" -> "complains of nausea
# and vomiting" ("c/o" elsewhere is "care of" an address).
_COMPLAINS_OF = re.compile(r"\b(?P<who>[Pp]atient|[Pp]t\.?|[Hh]e|[Ss]he) c/o\b")
# Elsewhere, before a name or an address, it is "care of": "Send it c/o Mr. Smith".
_CARE_OF = re.compile(r"(?<![\w/])c/o(?= [A-Z\d])")
# A follow-up and the days after an operation: "to f/u in 2 wks" -> "to follow up", "on POD 3"
# -> "on post-op day 3".
_FOLLOW_UP = re.compile(r"(?<![\w/])f/u\b")
# A chart's labels before their colon: "Dx: otitis media" -> "Diagnosis:", "Rx:", "Tx:", "Sx:";
# "denies SOB" -> "shortness of breath", "last BM" -> "last bowel movement".
_LABELS = {"Dx": "Diagnosis", "Rx": "Prescription", "Tx": "Treatment", "Sx": "Symptoms"}
_LABEL = re.compile(r"(?<![\w/])(?P<label>Dx|Rx|Tx|Sx)(?=:)")
_BREATH = re.compile(r"(?:(?<=\bdenies )|(?<=\bc/o )|(?<=\bno )|(?<=complains of ))SOB\b")
# Room air after a saturation: "SpO2 91% on RA" -> "on room air".
_ROOM_AIR = re.compile(r"(?<=% on )RA\b(?![-'/]\w)")
_CHEST_PAIN = re.compile(r"(?:(?<=\bdenies )|(?<=\bc/o )|(?<=\bno )|(?<=\breports ))CP\b")
_BOWEL = re.compile(r"(?<=\blast )BM\b")
# "s/p CABG x3" -> "status post CABG times three"; "Hx of MI" -> "History of MI".
_STATUS_POST = re.compile(r"(?<![\w/])s/p(?= [A-Za-z])")
_TIMES_AFTER_A_PROCEDURE = re.compile(r"(?<=[A-Z]{2} )x(?=\d\b)")
_ORIENTED_TIMES = re.compile(r"(?<=\boriented )x ?(?=\d\b)")
_HISTORY_OF = re.compile(r"\b(?P<h>[Hh])x(?= of\b)")
_POST_OP_DAY = re.compile(r"\bPOD(?= ?\d)")
_NAUSEA = re.compile(r"(?<![\w/])N/V(?P<d>/D)?(?![\w/])")
# An age as a chart gives it, after the number: "a 67 y/o male", "45 yo", "3 y.o." -> "year old".
_YEARS_OLD = re.compile(r"(?<=\d) ?(?:y/o\b|y\.o\.(?!\w)|yo\b)")
# And the patient's sex, a capital letter after the age: "a 67 y/o M w/ HTN" -> "male".
_SEX = re.compile(r"(?<=year old )(?P<sex>[MF])(?![\w'&/-])(?!\.\w)")
# Conditions a history lists by their letters but says in words: "w/ HTN and T2DM" ->
# "with hypertension and type two diabetes".
_CONDITIONS = {"HTN": "hypertension", "HLD": "hyperlipidemia"}
_CONDITION = re.compile(r"(?<![\w/-])(?P<c>HTN|HLD)(?![\w/-])")
# Vital signs by their letters before a figure, where the line speaks of a patient's other
# signs or doses: "BP 142/90, HR 88, RR 18" -> "heart rate", "respiratory rate"; "hold if HR <
# 60". "BP" is said by its letters.
_VITAL = re.compile(
    r"(?<![\w/.-])(?P<v>HR|RR)"
    r"(?=:? (?:[<>≤≥]=? ?|(?:less|greater|more) than |of |was |is )?\d{2,3}(?!\d|,\d))"
)
_VITALS = {"HR": "heart rate", "RR": "respiratory rate"}
_OTHER_SIGNS = re.compile(
    r"\bBP\b|\bSpO2|\bO2 sat|\b[Ss]ats?\b|febrile|\bmg\b|\bhold if\b|\bbpm\b|\b[Tt]emp"
    r"|\b[Vv]itals|\b[Pp]ulse|\bHR\b.*\bRR\b|\bRR\b.*\bHR\b|\bbreaths\b|\bPt\b|[Pp]atient"
)
_DIABETES_TYPE = re.compile(r"(?<![\w/-])T(?P<n>[12])DM(?![\w/-])")
# A side of the body written with its letter: "radiating to the L arm", "R knee pain"; dotted
# in small letters, as old case books write it ("in the r. iliac region", "the l. ventricle").
_SIDE = re.compile(
    r"(?<![\w.-])(?:(?P<side>[LR])|(?P<dotted>[lr])\.)(?= (?:arm|leg|knee|hip|eye|ear|hand|foot|"
    r"shoulder|side|lung|kidney|breast|ankle|wrist|elbow|chest|flank|thigh|calf|groin|temple|"
    r"lower|upper|iliac|ventricle|auricle|lobe|ovary|testicle|cheek|tibia|femur|humerus|radius|"
    r"ulna|clavicle|rib|parietal|temporal|inguinal|lumbar)s?\b)"
)
_OBSERVATION = re.compile(r"\b(?P<lead>for|under|on) obs\.(?![\w.])")
_DETERMINER = r"(?:the|The|his|His|her|Her|its|their|my|your|a|A)"
_VERB_OR_FIGURE = (
    r"(?:\d|of\b|was\b|is\b|were\b|had\b|has\b|rose\b|fell\b|remained\b|dropped\b|reached\b|"
    r"went\b|came\b|being\b|stood\b|ranged\b|varied\b|continued\b|gradually\b|still\b|then\b|"
    r"again\b|normal\b|subnormal\b|at\b|to\b|in the\b|on\b|rising\b|falling\b|chart\b)"
)
_TEMPERATURE = re.compile(
    rf"\b(?P<det>{_DETERMINER}) temp\.(?= {_VERB_OR_FIGURE})"
    r"|(?<![\w.])(?P<t>[Tt])emp\.(?= ?\d| at (?:noon|midnight|\d))"
    r"|(?<=, )(?P<capital_t>T)\. ?(?=\d{2,3}(?:\.\d)?\s?°)"
)
# Breaths a minute in a chart's vital signs: "resp. 32", "Resp. 24".
_RESPIRATION = re.compile(r"(?<![\w.])(?P<r>[Rr])esp\.(?= ?\d)")
# Each led by a literal, which the regex engine finds quickly.
_EVERY_HOURS_HINT = re.compile(r"q ?\d")
_DOTTED_SIG_HINT = re.compile(r"\.i\.d\.|q\.d\.|p\.r\.n\.|h\.s\.")
_UNDOTTED_SIG_HINT = re.compile(r"bid|BID|tid|TID|qid|QID|prn|PRN|qhs|QHS")
_YEARS_OLD_HINT = re.compile(r"y/o|\dyo\b|\d yo\b|y\.o\.")
# The rule's hint finds what those do, each pattern led by a literal, with what comes before
# it looked behind for (a digit on the lines with one): one led by a digit, a class or words
# with different first letters is tried at every character, 26 ms a MB for the age alone.
HINT = any_of(
    r"\.(?:(?<=obs\.|emp\.|esp\.|q\.d\.|h\.s\.|y\.o\.)|(?<=\.i\.d\.)|(?<=p\.r\.n\.)"
    r"| [a-z](?<=[Pp]t\. [a-z]))",
    r"id(?<=bid|tid|qid)", r"ID(?<=BID|TID|QID)", r"prn", r"PRN", r"qhs", r"QHS", r"/o(?<=y/o|c/o)",
    r"/V(?<=N/V)", r"/u(?<=f/u)", r"/p(?<=s/p)", r"x of(?<=Hx of|hx of)", r"x:(?<=[DRTS]x:)",
    r"SOB(?<= SOB)", r"on RA(?<=% on RA)", r"d x(?<=oriented x)", r"HTN", r"HLD",
    r"BM(?<=last BM)", r"CP(?<= CP)",
    r"L (?:arm|leg|knee|hip|eye|hand|side)", r"R (?:arm|leg|knee|hip|eye|hand|side)",
    r"\. (?<=\b[lr]\. )[a-z]",
    with_digit=(
        r"q ?\d", r"POD ?\d", r"DM(?<=T[12]DM)", r"yo\b(?<=\dyo)", r" yo\b(?<=\d yo)", r"T\. ?\d",
        r"HR(?<= HR)", r"RR(?<= RR)", r"^[HR]R",
        r"ap\. (?<=\d cap\. )", r"aps\. (?<=\d caps\. )",
        r"ab\. (?<=\d tab\. )", r"abs\. (?<=\d tabs\. )",
        r"ab (?<=\d tab )", r"abs (?<=\d tabs )", r"ap (?<=\d cap )", r"aps (?<=\d caps )",
        r"x ?\d{1,3} (?:days?|weeks?|months?|doses|hours?|hrs?|wks?)\b",
    ),
)  # fmt: skip


def _say_temperature(match: re.Match[str]) -> str:
    if match["capital_t"]:
        return "temperature "
    if match["t"]:
        return "Temperature" if match["t"] == "T" else "temperature"
    return f"{match['det']} temperature"


def _say_every_hours(match: re.Match[str]) -> str:
    hours = cardinal(int(match["hours"]))
    if match["last"]:
        return f"every {hours} to {cardinal(int(match['last']))} hours"
    return "every hour" if match["hours"] == "1" else f"every {hours} hours"


def _say_undotted_sig(match: re.Match[str]) -> str:
    start = match.start()
    if not (
        _DOSE_BEFORE.search(match.string, max(0, start - 24), start)
        or _SIG_AHEAD.match(match.string, match.end())
    ):
        return match.group(0)
    return _SIGS[match["sig"].lower()]


def read_medical_shorthand(text: str) -> str:
    """ "500 mg PO q8h" -> "500 mg by mouth every eight hours"; "b.i.d." -> "twice a day";
    "Pt. was given" -> "Patient was given"; "admitted for obs." -> "admitted for observation"."""
    if _EVERY_HOURS_HINT.search(text):
        text = _EVERY_HOURS.sub(_say_every_hours, text)
    if _DOTTED_SIG_HINT.search(text):
        text = _DOTTED_SIG.sub(
            lambda m: _SIGS[m["sig"].replace(".", "").lower()] + stop_after(m), text
        )
    if "t. " in text:
        text = _PATIENT.sub(lambda m: "Patient" if m["p"] == "P" else "patient", text)
    if "obs." in text:
        text = _OBSERVATION.sub(lambda m: f"{m['lead']} observation" + stop_after(m), text)
    if "cap." in text or "caps." in text or "tab." in text or "tabs." in text:
        text = _FORM.sub(lambda m: _FORMS[m["form"]], text)
    if "cap " in text or "caps " in text or "tab " in text or "tabs " in text:
        text = _UNDOTTED_FORM.sub(lambda m: _FORMS[m["form"]], text)
    if "x" in text:
        text = _FOR_DAYS.sub("for ", text)
    if _YEARS_OLD_HINT.search(text):
        text = _SEX.sub(
            lambda m: "male" if m["sex"] == "M" else "female", _YEARS_OLD.sub(" year old", text)
        )
    if "HTN" in text or "HLD" in text or "DM" in text:
        text = _CONDITION.sub(lambda m: _CONDITIONS[m["c"]], text)
        text = _DIABETES_TYPE.sub(
            lambda m: f"type {'one' if m['n'] == '1' else 'two'} diabetes", text
        )
    if "c/o" in text:
        text = _COMPLAINS_OF.sub(r"\g<who> complains of", text)
        text = _CARE_OF.sub("care of", text)
    if "f/u" in text:
        text = _FOLLOW_UP.sub("follow up", text)
    if "s/p" in text:
        text = _STATUS_POST.sub("status post", text)
        text = _TIMES_AFTER_A_PROCEDURE.sub("times ", text)
    if "oriented x" in text:
        text = _ORIENTED_TIMES.sub("times ", text)
    if "x:" in text:
        text = _LABEL.sub(lambda m: _LABELS[m["label"]], text)
    if "SOB" in text or "BM" in text or "CP" in text:
        text = _BOWEL.sub("bowel movement", _BREATH.sub("shortness of breath", text))
        text = _CHEST_PAIN.sub("chest pain", text)
    if "% on RA" in text:
        text = _ROOM_AIR.sub("room air", text)
    if "x of" in text:
        text = _HISTORY_OF.sub(lambda m: f"{m['h']}istory", text)
    if "POD" in text:
        text = _POST_OP_DAY.sub("post-op day", text)
    if "N/V" in text:
        text = _NAUSEA.sub(
            lambda m: "nausea, vomiting and diarrhea" if m["d"] else "nausea and vomiting", text
        )
    if ("HR" in text or "RR" in text) and _OTHER_SIGNS.search(text):
        text = _VITAL.sub(lambda m: _VITALS[m["v"]], text)
    if "L " in text or "R " in text or "l. " in text or "r. " in text:
        text = _SIDE.sub(lambda m: "left" if (m["side"] or m["dotted"]) in "Ll" else "right", text)
    if "emp." in text or "T." in text:  # "temp.", "Temp."
        text = _TEMPERATURE.sub(_say_temperature, text)
    if "esp." in text:
        text = _RESPIRATION.sub(lambda m: f"{'R' if m['r'] == 'R' else 'r'}espiration", text)
    if not _UNDOTTED_SIG_HINT.search(text):
        return text
    return _UNDOTTED_SIG.sub(_say_undotted_sig, text)
