"""States written short in a list of states, as American histories and newspapers write them:

- "moved from NY to CA" -> "moved from New York to California" (two postal codes, a move);
  "found in TX and KS" -> "in Texas and Kansas" (a list of them after a word of place)
- "the custom in Mass. and Conn." -> "the custom in Massachusetts and Connecticut"
- "troops from Md., Va. and Del." -> "troops from Maryland, Virginia and Delaware"
- "came from N.Y. to Boston", "a Representative from S. C." -> "New York", "South Carolina"
- a federal court's district: "the N.D. Ill." -> "the Northern District of Illinois"

A dotted state that is also another word ("Mass." the liturgy, "Ind." independent, "Del.",
"Wash.", "Ill.") is read as its state only beside another dotted state, joined to it by a
comma, "and", "or" or "&": the list says what each of them is; or after a word of a state's
government or people and "of" ("the Gov. of Va.", "the Supreme Court of Penn.", "the
citizens of Mass."), or before a word of its institutions or regiments ("the Mass. Historical
Society", "the 2d Ill. Cavalry"). Alone it is left to the rules that read a state after its
city ("Boston, Mass.").
"""

from __future__ import annotations

import re

from narrator.spoken.en.context import ORDINAL_WORD, stop_after
from narrator.spoken.tables import read_mapping

# Old books write Maine and Pennsylvania short too, where AP spells them out.
_STATES = read_mapping("en", "ap_states") | {"Penn": "Pennsylvania", "Me": "Maine"}
# Initials of a state's two words, as old books space them too: "S. C.", "N. Y.".
_STATES |= {short.replace(".", ". "): state for short, state in _STATES.items() if "." in short}
_STATE = "|".join(re.escape(short) for short in sorted(_STATES, key=lambda s: (-len(s), s)))
_JOIN = r"(?:,? (?:and|or|&) |, )"
_DOTTED_STATE = re.compile(rf"(?<![\w.])(?P<short>{_STATE})\.(?![\w.])")
_STATE_AHEAD = re.compile(rf"{_JOIN}(?:{_STATE})\.(?![\w.])")
_STATE_BEFORE = re.compile(rf"(?<![\w.])(?:{_STATE})\.{_JOIN}$")
# A state's government or people before "of": "the Gov. of Va.", "the Supreme Court of Penn.".
_GOVERNED = "|".join(
    (
        "Governor", r"Gov\.", "Governors", "State", "Court", "Legislature", "Assembly",
        "University", r"Univ\.", "Senate", "Senator", "Senators", "Representatives", "people",
        "citizens", "inhabitants", "Commonwealth", "laws", "militia", "Bank", "Territory",
        "General", "Secretary", "Constitution", "delegates", "delegation", "Volunteers", "province",
        "colony", "Province", "Colony", "native", "natives", "resident", "residents",
        "legislature", "governor", "senator", "senators", "counties",
    )
)  # fmt: skip
_GOVERNMENT_BEFORE = re.compile(rf"\b(?:{_GOVERNED}) of $")
# A part of a state before it: "in western Mass.", "central Penn.".
_REGION_BEFORE = re.compile(r"\b(?:[Ww]estern|[Ee]astern|[Nn]orthern|[Ss]outhern|[Cc]entral) $")
# A state's institution or regiment after it: "the Mass. Historical Society", "the 20th Me.
# Volunteers", "the 2d Ill. Cavalry".
_INSTITUTION_AHEAD = re.compile(
    r" (?:(?:Historical|Legislature|Infantry|Cavalry|Artillery|Volunteers|Regiment|Militia|"
    r"Supreme Court|General Court|General Assembly|House of|Senate|State House|Bay Colony|"
    r"Railroad|Central)\b|R\.R\.(?!\w)|Vols\.)"
)
# An officer of the state after it: "Miss. Gov. Tate Reeves", "Mass. Lt. Gov. Kim Driscoll",
# "Ind. Sen. Todd Young" ("Miss." before a title can be no one's honorific).
_OFFICER_AHEAD = re.compile(r" (?:Lt\. )?(?:Gov|Sen|Rep|Atty|Sec|Supt|Treas)\.(?= [A-Z])")
# A regiment's ordinal, which the ordinals' rule has read: "the twentieth Me.", "5th Vt.".
_REGIMENT_BEFORE = re.compile(rf"\b{ORDINAL_WORD.pattern} $")
# "Me." after a city and a comma, before a pause: "Bangor, Me., in 1834" ("You, Me." is rare).
_CITY_BEFORE = re.compile(r"\b[A-Z][a-z]+, $")
# Volunteers after a state that raised them: "the 2d Vt. Vols." -> "Vermont Volunteers".
_VOLUNTEERS = re.compile(
    rf"\b(?P<state>{'|'.join(sorted(set(_STATES.values()), key=lambda s: (-len(s), s)))}) Vols\."
)
# A state of two words' initials after a word of place or of a move is the state: "from N.Y.
# to Boston", "a Representative from S. C. in 1850", "born in N.J." (not before a name:
# "a letter from S. C. Smith" is signed by initials).
_PLACE_WORD_BEFORE = re.compile(r"\b(?:[Ff]rom|in|to|at|near|across|throughout|into) $")
HINT_PLACE = re.compile(r"\b(?:[Ff]rom|in|to|at|near|across|throughout|into) [NSRW]\. ?[A-Z]")
# "Miss." before a name is a title, whatever stands before it.
_NAME_AHEAD = re.compile(r" [A-Z][a-z]")
# Two postal codes of states as the ends of a move: "from NY to CA", "between TX and OK".
_POSTAL_STATES = read_mapping("en", "states")
_CODE = "|".join(sorted(_POSTAL_STATES))
_POSTAL_PAIR = re.compile(
    rf"\b(?P<word>from|From|between|Between) (?P<first>{_CODE}) (?P<join>to|and) "
    rf"(?P<second>{_CODE})\b(?![-'.]\w)"
)
# Postal codes in a list after a word of place are states: "found in TX and KS", "across NY,
# NJ and CT" (not two codes that are each also a word or a degree: "in MA and MS programs").
_POSTAL_LIST = re.compile(
    rf"\b(?P<lead>[Ii]n|[Aa]cross|[Tt]hroughout) (?P<codes>(?:{_CODE})(?:, (?:{_CODE}))*,? "
    rf"(?:and|or|&) (?:{_CODE}))\b(?![-'.&/]\w)"
)
_ONE_CODE = re.compile(rf"\b(?:{_CODE})\b")
# A federal district court's district and its state, as judgments cite them: "the N.D. Ill." ->
# "the Northern District of Illinois", "(S.D. Tex. 2019)" (before "N.D." is read as a state).
_DISTRICTS = {"N": "Northern", "S": "Southern", "E": "Eastern", "W": "Western"}
_DISTRICTS |= {"C": "Central", "M": "Middle"}
_DISTRICT = re.compile(rf"\b(?P<d>[NSEWCM])\.\s?D\. (?P<short>{_STATE})\.(?![\w.])")
# A postal code after "state of" is the state: "fined by the state of PA", "the State of NY".
_STATE_OF_CODE = re.compile(rf"\b(?P<word>[Ss]tate of) (?P<code>{_CODE})\b(?![-'.&/]\w)")
# A postal code after a word of living or moving somewhere is the state: "lives in PA with his
# wife", "moved to CA in 2019" ("moved to OR" may be a patient's operating room).
_HOME_CODE = re.compile(
    r"\b(?P<lead>(?:lives?|lived|living|based|born|raised|grew up|resides?|resided|settled) in"
    rf"|(?:moved|moving|relocated) to) (?P<code>{_CODE})\b(?![-'.&/]\w)(?<!to OR)"
)
# A postal code before a body of a state's government is the state, after "the" or opening a
# headline: "The ME Department of Health", "MS SENATE PASSES" ("the LA Department of Water and
# Power" is Los Angeles', "the VA Department" Veterans Affairs, "DC" is said as written).
_GOVERNMENT_AHEAD = (
    r"(?:Department of|Legislature|Senate|House of|Supreme Court|Attorney General|State Police|"
    r"DEPARTMENT|LEGISLATURE|SENATE|HOUSE|SUPREME COURT|LAWMAKERS)\b"
)
_GOVERNMENT_CODE = re.compile(
    r"(?:(?<=\b[Tt]he )|^|(?<=\n)|(?<=: ))"
    rf"(?P<code>{'|'.join(sorted(set(_POSTAL_STATES) - {'LA', 'DC', 'VA'}))})"
    rf" (?={_GOVERNMENT_AHEAD})"
)
# Searched first: a code before one of the bodies, led by the space the engine finds quickly.
_GOVERNMENT_HINT = re.compile(rf"(?<=[A-Z]{{2}}) {_GOVERNMENT_AHEAD}")
# A postal code opening a headline or a sentence before a word is the state, as local news
# writes it: "CA WILDFIRE FORCES 10,000 TO FLEE", "TX man arrested" -> "California", "Texas".
# Not the codes that are words or other letters first ("IN", "OR", "ME", "MS", "VA", "SC"),
# nor a public address system's "PA".
_WORD_CODES = frozenset({
    "IN", "OR", "ME", "OH", "HI", "OK", "ID", "MA", "CO", "CT", "MD", "MS", "DE", "AL", "LA",
    "DC", "VA", "SC", "SD", "AR", "MT", "UT", "GA", "NE", "MO", "IA", "MI", "WI", "PR", "GU",
    "AS", "VI", "MP",
})  # fmt: skip
_HEADLINE_CODES = frozenset(_POSTAL_STATES) - _WORD_CODES
# Letters that are something else before a person or a body too: "OH MAN", "VA HOSPITAL"
# (Veterans Affairs), "MD", "MS", "SC JUDGE" (a Supreme Court's), "ID".
_OTHER_LETTERS_FIRST = frozenset({"OH", "OK", "HI", "LA", "DC", "VA", "MD", "MS", "SC", "ID"})
_HEADLINE_CODES_TOO = (frozenset(_POSTAL_STATES) & _WORD_CODES) - _OTHER_LETTERS_FIRST
# Those codes too before a person, a body or a disaster of the state, in a headline's capitals:
# "ME MAN CHARGED", "IN GOVERNOR SIGNS", "OR WILDFIRE FORCES" ("OH" and "OK" stay: "OH MAN").
_PEOPLE_AHEAD = (
    r"(?:MAN|WOMAN|BOY|GIRL|TEEN|TEENS|COUPLE|FAMILY|GOVERNOR|GOV|SENATOR|SEN|LAWMAKERS|"
    r"LEGISLATURE|VOTERS|POLICE|TROOPERS|JUDGE|OFFICIALS|DEMOCRATS|REPUBLICANS|GOP|TOWN|CITY|"
    r"COUNTY|SCHOOL|SCHOOLS|HOSPITAL|FARMERS|STUDENTS|RESIDENTS|WILDFIRE|WILDFIRES|FLOODS|"
    r"FLOODING|DROUGHT|TORNADO|BLIZZARD)\b(?![-'.]\w)"
)
_OPENING_STATE = re.compile(
    rf"(?:^|(?<=\n)|(?<=: ))(?:(?P<code>{'|'.join(sorted(_HEADLINE_CODES))})"
    r"(?= (?:[A-Z]{2,}|[A-Z]?[a-z]{2,})\b(?![-'.]\w))(?<!PA(?= (?i:system|announc)))"
    rf"|(?P<word_code>{'|'.join(sorted(_HEADLINE_CODES_TOO))})(?= {_PEOPLE_AHEAD}))"
)
# A postal code between a possessive or a determiner and a firm's or a state's place or people
# is the state: "the company's CA office", "our TX plant", "the NY residents" (not the codes
# that are words or other letters first, nor "PA", a physician assistant).
_BRANCH_AHEAD = (
    r"(?:office|offices|headquarters|branch|branches|plant|plants|factory|facility|campus|"
    r"operations|warehouse|stores|locations|subsidiary|residents|voters|lawmakers|primary|coast)"
)
_BRANCH_CODE = re.compile(
    r"(?:(?<=['’]s )|(?<=\b[Tt]he )|(?<=\b[Oo]ur )|(?<=\b[Ii]ts )|(?<=\b[Tt]heir ))"
    rf"(?P<code>{'|'.join(sorted(_HEADLINE_CODES - {'PA'}))})(?= {_BRANCH_AHEAD}\b)"
)
_BRANCH_HINT = re.compile(rf"(?<=[A-Z]{{2}}) {_BRANCH_AHEAD}\b")
# A state of two words' initials after an article or before an officer's title is the state:
# "The N.Y. Times", "a N.J. court", "N.Y. Gov. Hochul" ("N.Y. Chen" signs with initials).
_INITIALS_STATES = "|".join(
    re.escape(short) for short in sorted(_STATES, key=lambda s: (-len(s), s)) if "." in short
)
_STATE_OF_A_NAME = re.compile(
    rf"(?:(?<=\b[Tt]he )|(?<=\b[Aa] )|(?<=\b[Aa]n ))(?P<short>{_INITIALS_STATES})\.(?= [A-Za-z])"
    rf"|(?<![\w.])(?P<titled>{_INITIALS_STATES})\.(?= (?:Gov|Sen|Rep|Atty|Lt)\.)"
)
# The forms that may start a state read here: dotted ("Va.") or a postal code ("NY").
STATES_WRITTEN_SHORT = frozenset(f"{short}." for short in _STATES) | frozenset(_POSTAL_STATES)
HINT = re.compile(
    rf"(?<![\w.])(?:{_STATE})\.{_JOIN}(?:{_STATE})\.(?![\w.])|\bof (?:{_STATE})\.(?![\w.])"
    rf"|(?<![\w.])(?:{_STATE})\.{_INSTITUTION_AHEAD.pattern}"
    rf"|(?:th|st|nd|rd|d) (?:{_STATE})\.(?![\w.])|, Me\.(?![\w.])|{_VOLUNTEERS.pattern}"
    rf"|(?:ern|tral) (?:{_STATE})\.(?![\w.])"
    rf"|(?<![\w.])(?:{_STATE})\.{_OFFICER_AHEAD.pattern}"
)


def _say_state(match: re.Match[str]) -> str:
    text, start, end = match.string, match.start(), match.end()
    in_a_list = (
        _STATE_AHEAD.match(text, end)
        or _STATE_BEFORE.search(text, max(0, start - 16), start)
        or _GOVERNMENT_BEFORE.search(text, max(0, start - 20), start)
        or _REGION_BEFORE.search(text, max(0, start - 12), start)
        or _INSTITUTION_AHEAD.match(text, end)
        or _REGIMENT_BEFORE.search(text, max(0, start - 24), start)
        or (match["short"] == "Me" and _CITY_BEFORE.search(text, max(0, start - 24), start))
        or _after_a_word_of_place(match)
    )
    officer = _OFFICER_AHEAD.match(text, end)
    if not (in_a_list or officer) or (
        match["short"] == "Miss" and _NAME_AHEAD.match(text, end) and not officer
    ):
        return match.group(0)
    return _STATES[match["short"]] + stop_after(match)


def _after_a_word_of_place(match: re.Match[str]) -> bool:
    start = match.start()
    return (
        "." in match["short"]
        and _PLACE_WORD_BEFORE.search(match.string, max(0, start - 12), start) is not None
        and not _NAME_AHEAD.match(match.string, match.end())
    )


def _say_opening_state(match: re.Match[str]) -> str:
    """The state in the case of the headline it opens: "CALIFORNIA WILDFIRE", "Texas man"."""
    state = _POSTAL_STATES[match["code"] or match.groupdict()["word_code"]]
    capitals = match.string[match.end() + 1 : match.end() + 3].isupper()
    return state.upper() if capitals else state


def _say_postal_list(match: re.Match[str]) -> str:
    codes = _ONE_CODE.findall(match["codes"])
    if len(codes) < 3 and all(code in _WORD_CODES or code == "PA" for code in codes):
        return match.group(0)
    states = _ONE_CODE.sub(lambda m: _POSTAL_STATES[m.group(0)], match["codes"])
    return f"{match['lead']} {states}"


def _say_postal_pair(match: re.Match[str]) -> str:
    first, second = _POSTAL_STATES[match["first"]], _POSTAL_STATES[match["second"]]
    return f"{match['word']} {first} {match['join']} {second}"


def read_states_in_lists(text: str) -> str:
    """ "in Mass. and Conn." -> "in Massachusetts and Connecticut": dotted states beside one
    another in a list are states, whatever else their short forms may be; so is a postal
    code after "state of" ("the state of PA")."""
    if "D. " in text:
        text = _DISTRICT.sub(
            lambda m: f"{_DISTRICTS[m['d']]} District of {_STATES[m['short']]}" + stop_after(m),
            text,
        )
    if "rom " in text or "etween " in text:  # "from", "From", "between", "Between"
        text = _POSTAL_PAIR.sub(_say_postal_pair, text)
    text = _OPENING_STATE.sub(_say_opening_state, text)
    if _BRANCH_HINT.search(text):
        text = _BRANCH_CODE.sub(lambda m: _POSTAL_STATES[m["code"]], text)
    if _GOVERNMENT_HINT.search(text):
        text = _GOVERNMENT_CODE.sub(lambda m: _say_opening_state(m) + " ", text)
    if "n " in text or "cross " in text or "hroughout " in text:
        text = _POSTAL_LIST.sub(_say_postal_list, text)
    if " in " in text or " to " in text:
        text = _HOME_CODE.sub(lambda m: f"{m['lead']} {_POSTAL_STATES[m['code']]}", text)
    if "tate of " in text:
        text = _STATE_OF_CODE.sub(lambda m: f"{m['word']} {_POSTAL_STATES[m['code']]}", text)
    if ". " in text and _STATE_OF_A_NAME.search(text):
        text = _STATE_OF_A_NAME.sub(lambda m: _STATES[m["short"] or m["titled"]], text)
    if not (HINT.search(text) or HINT_PLACE.search(text)):
        return text
    text = _DOTTED_STATE.sub(_say_state, text)
    return _VOLUNTEERS.sub(lambda m: f"{m['state']} Volunteers" + stop_after(m), text)
