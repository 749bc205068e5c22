"""Saints and streets, doctors and drives: "St." and "Dr." decided by the words beside them.

- "St. Louis" -> "Saint Louis", "Main St." -> "Main Street"; "Dr. Smith" -> "Doctor Smith",
  "Sunset Dr." -> "Sunset Drive"; "Mount St. Helens", "Bury St. Edmunds", "the Great St.
  Bernard" are saints between names
- after a state's name a university, as sports pages write it: "Penn St. beat Ohio St." ->
  "Penn State beat Ohio State" (but "on Ohio St." is a street)
- a period that also ended the sentence is kept: "on 3rd St. Call 555-0199"

A step of the abbreviations' rule (see abbreviations.read_titles_and_phrases).
"""

from __future__ import annotations

import re

from narrator.spoken.en.after_names import NAME_FOLLOWS, SAINTS_NAME_FOLLOWS, SUBJECT_AHEAD
from narrator.spoken.en.context import ORDINAL_WORD, starts_sentence, starts_word, stop_after
from narrator.spoken.tables import read_mapping, read_words

_SAINT_OR_STREET = re.compile(r"(?P<abbr>St|ST|st|Dr|DR)\b(?P<dot>\.)?")
_WORD_BEFORE = re.compile(r"(?:^|\s)(?P<word>[^\s]+)\s+$")
# A name of five letters or more may end the sentence ("at Bury St. Edmunds."), not a shorter
# one before a point ("Elm St. Gen. Smith").
_SAINTS_NAME_AHEAD = re.compile(r" (?:[A-Z][a-z]{4,}(?=\.(?!\S))|[A-Z][a-z]+\b(?!\.))(?! Station)")
# Capitalised words that start a sentence and name nothing: "The Dr. said" is a doctor.
_DETERMINERS = frozenset(
    {"The", "A", "An", "This", "That", "These", "Those", "His", "Her", "Its", "Our", "Their",
     "My", "Your", "Every", "Each", "Any", "Some", "Ask", "Call", "See", "Tell"}
)  # fmt: skip
# Words in capitals before "ST." that name nothing: "THE EVE OF ST. AGNES", "TO ST. IVES".
_PREPOSITIONS = frozenset({"Of", "To", "In", "At", "By", "From", "On", "And", "For", "With"})
# A state's name before a dotted "St." names its state university, as sports pages write it
# ("No. 3 Ohio St. beat Penn St."), unless a word of streets puts it on a map ("on Ohio St.",
# "the corner of Kansas St."; a house number before it was read as an address already).
_STATE_SCHOOLS = frozenset(
    {*read_mapping("en", "states").values(), "Penn", "Boise", "Fresno", "San Diego",
     "San Jose", "Ball", "Kent", "Wichita", "Sacramento", "Youngstown", "Appalachian",
     "Jacksonville", "Morehead", "Murray", "Weber", "Wright", "Cleveland", "Portland"}
)  # fmt: skip
_STATE_SCHOOL = "|".join(sorted(_STATE_SCHOOLS, key=lambda name: (-len(name), name)))
_STATE_SCHOOL_BEFORE = re.compile(rf"(?:^|(?<=\s)|(?<=[(\"]))(?P<state>{_STATE_SCHOOL})\s+$")
_ON_A_MAP_BEFORE = re.compile(
    r"(?:\b(?:on|On|onto|off|along|down|up|near|via|crossing|cross|of|[NSEW]\.?|North|South|"
    r"East|West)|\d\w*)\s+$"
)
# A word of a place's kind before "St." and a name: the place is named after a saint
# ("Mount St. Helens", "Port St. Lucie", "Lake St. Clair", "Fort St. John"); so is a person
# with a title before it ("the Marquis St. Evrémonde", "Lord St. Clair").
_PLACE_KINDS = frozenset(
    {"Mount", "Mt.", "Mt", "Port", "Pt.", "Lake", "Fort", "Ft.", "Cape", "Isle", "Point",
     "Church", "Cathedral", "Abbey", "Chapel", "Hospital", "College", "School", "Basilica",
     "Marquis", "Marquise", "Count", "Countess", "Comte", "Comtesse", "Chevalier", "Baron",
     "Baroness", "Vicomte", "Father", "Brother", "Sister", "Abbé", "Lord", "Lady", "Sir",
     "Madame", "Monsieur", "Mademoiselle", "Miss", "Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs",
     "Rev.", "Capt.", "Col.", "Gen.", "Sgt.", "Prof.", "Hon."}
)  # fmt: skip

# A place named after its street, or a side of the street, after "St." and a name: no saint's
# name but a street's ("Main St. Station", "the Market St. Bridge", "Wall St. Journal", "King
# St. West").
_NAMED_AFTER_A_STREET = re.compile(
    r"\.?\s+(?:Station|Bridge|Market|Mall|Pier|Wharf|Subway|Tunnel|Terminal|Garage|Line|"
    r"Viaduct|Underpass|Overpass|Depot|Yard|Journal|Theat(?:er|re)|Playhouse|Elementary|"
    r"Pool|Park|Plaza|Square|Extension|Ferry|Landing|Armory|Precinct|Clinic|Gardens?|Diner|"
    r"Tavern|Grill|Deli|Bakery|Hotel|Lofts|Apartments|Towers?|Building|Stop|Entrance|Exit|"
    r"West|East|North|South)\b"
)

# A street's kind written before its name, as France, Italy and Spain write it: no "Street"
# comes after it, a saint's name does ("Rue St. Jacques", "Boulevard St. Michel", "Via St.
# Agnese").
_STREET_KINDS_FIRST = frozenset(
    {"Rue", "Boulevard", "Avenue", "Place", "Quai", "Faubourg", "Pont", "Cours", "Allée",
     "Chaussée", "Via", "Viale", "Piazza", "Strada", "Calle", "Avenida", "Rua", "Plaza"}
)  # fmt: skip


def read_saints_or_streets(text: str) -> str:
    """Read "St." and "Dr.": "St. Louis" -> "Saint Louis", "Main St." -> "Main Street",
    "Dr. Smith" -> "Doctor Smith", "Sunset Dr." -> "Sunset Drive"."""
    return _SAINT_OR_STREET.sub(_say_saint_or_street, text)


def _say_saint_or_street(match: re.Match[str]) -> str:
    """ "St." is Saint before a name, Street after one; "Dr." is Doctor or Drive."""
    if not starts_word(match):
        return match.group(0)
    before = _WORD_BEFORE.search(match.string, max(0, match.start() - 40), match.start())
    named_before = (
        before is not None
        and before["word"].title() not in _DETERMINERS | _PREPOSITIONS
        and bool(re.match(r"[A-Z]\w|\d+(?:st|nd|rd|th)\b", before["word"]))
    )
    after_name = named_before
    following = match.string[match.end() :]
    name_follows = NAME_FOLLOWS.match(match.string, match.end()) is not None
    if (
        name_follows
        and before is not None
        and starts_sentence(match.string, before.start("word"))
        and not stop_after(match)
    ):
        after_name = False  # the sentence's first word, not a street's name: "Read St. John"
    numbered = before is not None and ORDINAL_WORD.fullmatch(before["word"]) is not None
    if numbered and not (SAINTS_NAME_FOLLOWS.match(following) and not stop_after(match)):
        # A numbered street read already, no saint after it: "on 3rd St. Call 555-0199".
        after_name, following = True, ""
    if match["abbr"] == "St" and match["dot"] and _names_a_state_school(match):
        return "State"
    if match["abbr"].lower() == "st":
        if named_before and _NAMED_AFTER_A_STREET.match(following):
            # "Main St. Station", "the Market St Bridge", "King St. West"; "on Main St. Park
            # your car there." ends a sentence
            clause = _VERB_AND_OBJECT_AHEAD.match(match.string, match.end()) is not None
            return "Street." if clause and match["dot"] else "Street"
        # Undotted between two names, or joined to a name by a hyphen, a saint ("Bury St
        # Edmunds", "St-Jacques"), unless a numbered street comes before ("42nd St Station").
        joined = re.match(r"\s?-\s?[A-Z]", following) is not None
        capital_before = before is not None and before["word"][0].isupper()
        between = name_follows and not match["dot"] and capital_before
        place_kind = before is not None and before["word"] in _PLACE_KINDS
        place_kind = place_kind and not _DIRECTION_AHEAD.match(following)  # "Church St. Turn"
        if joined or between or (name_follows and place_kind):
            return "Saint"
        if (
            before is not None
            and before["word"].title() in _STREET_KINDS_FIRST
            and re.match(r"\s?[A-Z][a-zà-ÿ]", following)
        ):
            return "Saint"
        if after_name and match["dot"] and _SAINTS_NAME_AHEAD.match(following):
            # Between names, dotted, a saint where a sentence does not start after it: "the
            # Great St. Bernard", "Bury St. Edmunds" ("Elm St. S. Smith lives there" is a street).
            name_start = before.start("word") if before is not None else match.start()
            if (
                stop_after(match)
                or _on_a_street_before_no_saint(match, name_start)
                or _a_clause_opens_after(match, name_start)
            ):
                return "Street."
            return "Saint"
        if after_name:
            return "Street" + stop_after(match)
        return "Saint" if name_follows else match.group(0)
    if match["abbr"] == "DR" and not match["dot"]:
        return match.group(0)
    if name_follows and match["dot"]:
        return "Doctor"
    if following.startswith("'s"):
        return "Doctor"  # "the Dr's office"
    # Undotted after a name, before no name, a drive too: "Sunset Dr near the beach".
    return "Drive" + stop_after(match) if after_name and not name_follows else match.group(0)


# Where a name before "St." is a street's: after a word of going along one or a house number
# ("on Elm St.", "turn onto Oak St.", "at 12 Oak St."); "in" and "of" may be before a town's.
_ALONG_A_STREET_BEFORE = re.compile(r"(?:\b(?:on|On|onto|off|along|down|up)|\d\w*)\s+$")
_WORD_AHEAD = re.compile(r"\s+(?P<word>[A-Z][a-z]+)(?P<possessive>'s?)?(?P<name_goes_on>\s+[A-Z])?")
_FIRST_NAMES = read_words("en", "first_names")


def _on_a_street_before_no_saint(match: re.Match[str], name_start: int) -> bool:
    """Whether "St." is a street's, and its point ends the sentence, between a name it is on and
    a capitalised word that is no saint's name: "The shop is on Elm St. Bring cash." (a given
    name, as a place's name may end in "s", a possessive after it, or a name going on after it
    is a saint's: "on Bury St. Edmunds' green", "on Bury St. Edmunds Road")."""
    text = match.string
    if _ALONG_A_STREET_BEFORE.search(text, max(0, name_start - 12), name_start) is None:
        return False
    ahead = _WORD_AHEAD.match(text, match.end())
    if ahead is None or ahead["possessive"] or ahead["name_goes_on"]:
        return False
    word = ahead["word"]
    return word not in _FIRST_NAMES and not (word.endswith("s") and word[:-1] in _FIRST_NAMES)


# Where a name before "St." is a place one goes to or is at ("at Elm St.", "near Oak St.", "off
# Pine St."), a capitalised word after it that takes an object opens a clause, an order or a
# verb, no saint's name: "Meet me at Elm St. Bring a coat.", "near Oak St. Take the second left"
# ("at Bury St. Edmunds in May", "to Port St. Lucie this week" keep the saint).
_AT_A_PLACE_BEFORE = re.compile(
    r"(?:\b(?:at|At|near|Near|off|past|behind|opposite|outside|by|from|to|on|onto|along)|"
    r"\d\w*)\s+$"
)
_VERB_AND_OBJECT_AHEAD = re.compile(
    r"\s+(?P<word>[A-Z][a-z]+)\s+(?:a|an|the|your|our|my|his|her|their|its|it|them|him|me|us|"
    r"you|left|right)\b"
)

# ... or a word with no object after it that never follows a saint's name: "Call ahead", "Pull
# up", "Walk straight".
_PARTICLE_AHEAD = re.compile(
    r"\s+(?P<word>[A-Z][a-z]+)\s+(?:ahead|up|down|out|back|straight|around|away|inside)\b"
)

# ... or a verb that gives directions, an order no saint's name is: "at King St. Look for the
# blue door", "off Elm St. Wait here", "near Oak St. Go straight on".
_DIRECTION_AHEAD = re.compile(
    r"\s+(?P<word>Look|Watch|Wait|Head|Go|Walk|Drive|Continue|Follow|Keep|Stay|Turn|Bear|Veer|"
    r"Proceed|Cross|Listen|Enter|Ring|Knock|Ask)\s+[a-z]"
)

# ... or people named by what they do, in the plural, and their verb: "Volunteers will",
# "Drivers must", "Residents said".
_AGENTS_AHEAD = re.compile(r"\s+(?P<word>[A-Z][a-z]+(?:ers|ors|ents|ists|ians|ees))\s+[a-z]")


def _a_clause_opens_after(match: re.Match[str], name_start: int) -> bool:
    """Whether "St." after a name one is at or goes to ends the sentence, before a word that
    takes an object or a particle and is no given name: "at Elm St. Bring a coat", "to Grove
    St. Call ahead" (a saint's place often ends in "s": "to Bury St. Edmunds the next day"),
    or before a plural subject and its verb: "at Walnut St. Volunteers will sort them"."""
    text = match.string
    if _AT_A_PLACE_BEFORE.search(text, max(0, name_start - 12), name_start) is None:
        return False
    if SUBJECT_AHEAD.match(text, match.end()):
        return True  # a noun of people counted and its verb: "at Oak St. Residents said"
    agents = _AGENTS_AHEAD.match(text, match.end())
    if agents and agents["word"][:-1] not in _FIRST_NAMES:
        return True  # "at Walnut St. Volunteers will sort them" ("St. Peters is" a saint's)
    end = match.end()
    if _DIRECTION_AHEAD.match(text, end):
        return True
    ahead = _VERB_AND_OBJECT_AHEAD.match(text, end) or _PARTICLE_AHEAD.match(text, end)
    if ahead is None:
        return False
    return not ahead["word"].endswith("s") and ahead["word"] not in _FIRST_NAMES


def _names_a_state_school(match: re.Match[str]) -> bool:
    """Whether "St." after a state's name names its university: "Ohio St. beat Penn St."."""
    text, start = match.string, match.start()
    state = _STATE_SCHOOL_BEFORE.search(text, max(0, start - 24), start)
    if state is None:
        return False
    before = text[max(0, state.start() - 16) : state.start()]
    return _ON_A_MAP_BEFORE.search(before) is None
