"""Street addresses and US states.

- "1211 E Arques Ave" -> "twelve eleven East Arques Avenue" (house numbers in pairs,
  compass letters and street types in full)
- "123 Main St." -> "one twenty-three Main Street"
- "Fifth Ave. NW" -> "Fifth Avenue Northwest": a compass point after a street ("K St NE")
- "Santa Clara, CA 95051" -> "Santa Clara, California nine five zero five one" (the ZIP code
  digit by digit, after a state's name too: "Austin, Texas 78701", "Washington, DC 20500");
  "Dover, Del." -> "Dover, Delaware" (a state code or AP abbreviation after a city is the
  state's name)
- "on Oak Ln.", "at Park Pl." -> "on Oak Lane", "at Park Place": a street type after a name
  with no house number, after a word of place
- "100 Main St, Ste 200" -> "... Street, Suite two hundred"; "Fl 3", "Rm 12", "Bldg 5": a part
  of a building after a comma or the street's type and before its number ("Broad St. Ste 12")
- "Cupertino CA 95014" -> "Cupertino California nine five zero one four": a state's code
  between a town and a ZIP code, with no comma; "5 Pkwy Dr" -> "five Parkway Drive"
"""

from __future__ import annotations

import re

from narrator.spoken.en.bearings import read_bearings
from narrator.spoken.en.context import starts_sentence, stop_after
from narrator.spoken.en.numbers import cardinal, digits, number, year
from narrator.spoken.rules import any_of
from narrator.spoken.tables import read_mapping, read_table

_STREET_TYPES = read_mapping("en", "street_types")
# Every street type the table writes in full, and "Way", "Mall", "Loop", "Row": "742 Evergreen
# Terrace", "450 Serra Mall".
_STREET_WORDS = "|".join(
    sorted({*_STREET_TYPES.values(), "Way", "Mall", "Loop", "Row"}, key=lambda w: (-len(w), w))
)
_DIRECTIONS = read_mapping("en", "directions")
# Led by the number's first digit, its look-behind after it: a pattern led by a look-behind
# is tried at every position of the text, one led by a class of characters only at those.
_ADDRESS = re.compile(
    r"(?P<num>\d(?<![\w.,$]\d)\d{0,4})(?P<suffix>[A-Z]\b)?(?P<comma>,)?\s+"
    r"(?:(?P<dir>[NSEW]|NE|NW|SE|SW|[NS]\.[EW])\.?\s+|(?P<dir_word>North|South|East|West)\s+)?"
    # a name led by a place's title written short: "12 Mt. Pleasant Rd.", "400 Ft. Lee Ave."
    # ("23 Rue St. Jacques": a street's kind before its saint, as in saints_or_streets)
    r"(?!(?:Rue|Boulevard|Place|Quai|Via|Calle|Rua|Avenida)\s+St\b)(?P<name>(?:(?:Mt|Ft|Pt)\.\s)?(?:[A-Z][a-z]+|\d+(?:st|nd|rd|th))(?:\s+[A-Z][a-z]+){0,2})\s+"
    rf"(?P<type>(?i:{'|'.join(_STREET_TYPES)})\b\.?|(?:{_STREET_WORDS})\b)"
)
# A compass point after a street is a part of the town: "Fifth Ave. NW", "K St. N.E.". The
# street has a name before it (a capital or "42nd"); a lone letter ahead of a name is an
# initial ("Dr. S. Smith"), not a direction.
# London's postal districts "W.C.", "E.C." and "W.8" are letters, no compass point.
_DIRECTION_AFTER = (
    r"(?P<dir>[NS]\.?[EW]\.?(?!\w|\.\d)"
    r"|[NSEW]\b(?!\.?\s?[A-Z][a-z]|'|\.C\.|\.?(?:[EW]\.)?\d|\s[NSEW]\b))"
)
_STREET_DIRECTION = re.compile(
    rf"(?P<type>{'|'.join(sorted(_STREET_TYPES, key=len, reverse=True))})\b(?P<dot>\.)?,?\s+"
    + _DIRECTION_AFTER
)
_STREET_WORD_DIRECTION = re.compile(rf"\b(?P<type>{_STREET_WORDS}),?\s+" + _DIRECTION_AFTER)
_DIRECTION_AHEAD = re.compile(r" [NSEW](?:\.?[EW]\.?)?\b")
_STATES = read_mapping("en", "states")
# AP style abbreviations of state names, used after a city: "Dover, Del."
_AP_STATES = read_mapping("en", "ap_states")
# State codes that are also words ("Fine, OK.") count only before a zip code.
_WORD_STATES = {"IN", "ME", "OR", "OK", "OH", "HI", "ID"}
# Before a comma too, after a town's name that starts no sentence ("Portland, OR, said";
# "Yes, OK, fine" is no state): see `_say_state`. Tokenized text spaces the comma: "Newport
# News , Va. ,".
# Or before a word that joins a clause or says when, after a town ("moved to Portland, OR in
# 2011", "Boise, ID next week", "Rockford, IL and Madison, WI").
_CLAUSE_WORD = (
    r"\s+(?:and|or|in|on|at|to|for|from|next|last|this|until|since|before|after|with|but|"
    r"was|is|were|has|had|where|when)\b"
)
# A code that is also a word names a state before a verb or a word of when too, after a town
# ("a plant in Gary, IN closed", "Portland, ME will host", "Boise, ID now has", "storms hit
# Norman, OK overnight").
_VERB_OR_WHEN = (
    r"\s+(?:[a-z]{2,}ed|are|will|would|could|can|may|might|now|today|tonight|"
    r"overnight|yesterday|earlier|later)\b(?!['’-])"
)
# Degrees and posts written like a state's code: "Jane Roe, MD said" names no state.
_TITLE_CODES = "(?:MD|MA|MS|PA)"
# After a preposition of place, one or two capitalised words and such a code are a town and
# its state, before a verb too ("voters in Scranton, PA turned out"; "Jane Roe, MD said" stays).
_TOWN_AND_TITLE_CODE = re.compile(
    r"\b(?P<town>(?:in|near|outside|around) [A-Z][a-z]+(?: [A-Z][a-z]+)?), "
    rf"(?P<code>{_TITLE_CODES})(?={_VERB_OR_WHEN})"
)
# Between "the" and a noun a town and its state name the place the noun is in ("sales at the
# Bloomington, IN store fell", "the Moore, OK tornado"); an opening word is no town ("the Yes,
# OK button").
_THE_TOWN_AND_WORD_CODE = re.compile(
    r"\b(?P<the>[Tt]he) (?P<town>[A-Z][a-z]+(?: [A-Z][a-z]+)?), (?P<code>"
    + "|".join(sorted(_WORD_STATES))
    + r")(?= [a-z]{3,}\b(?!['’-]))"
)
# What follows a dateline's place: its credit, a dash or its date ("SALEM, Ore., March 3 (AP)").
_DATELINE_AHEAD = (
    r"\s*(?:\(|[-\u2013\u2014]|$)"
    r"|,?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:\d|[a-z])"
)
_STATE_AFTER_CITY = re.compile(
    r",\s(?:(?:(?<=[a-z], )|(?<=[a-z] , ))(?:(?P<code>"
    + "|".join(sorted(set(_STATES) - _WORD_STATES))
    # no state before a short number: "The manuscript, MS. 123 in the Bodleian"
    + r")(?!\.?\s\d{1,4}\b)"
    + rf"(?=\s+\d{{5}}\b|\s*[.,;]|\s*$|{_CLAUSE_WORD}|\s+[a-z](?<!{_TITLE_CODES}\s[a-z]))"
    r"|(?P<zcode>"
    + "|".join(sorted(_WORD_STATES))
    + r")"
    + rf"(?=\s+\d{{5}}\b|\s?,\s|{_CLAUSE_WORD}|{_VERB_OR_WHEN})"
    r"|(?P<ap>" + "|".join(re.escape(s) for s in _AP_STATES) + r")\.)"
    # A dateline's city in capitals, its state written short: "BILLINGS, Mont. (AP) —".
    r"|(?<=[A-Z]{2}, )(?:(?P<dateline>" + "|".join(re.escape(s) for s in _AP_STATES) + r")\."
    r"|(?P<dcode>" + "|".join(sorted(_STATES)) + rf"))(?={_DATELINE_AHEAD}))"
)

# A state written short after a regiment's number, as the Civil War's histories write it:
# "the 54th Mass." -> "the 54th Massachusetts", "the 2d Vt. held" ("the 5th Ind." too).
_REGIMENT_STATE = re.compile(
    r"(?<=\d)(?P<ordinal>st|nd|rd|th|d) (?P<ap>"
    + "|".join(re.escape(s) for s in _AP_STATES)
    + r")\.(?=\s|[,;:)]|$)"
)


def _say_regiment_state(match: re.Match[str]) -> str:
    return f"{match['ordinal']} {_AP_STATES[match['ap']]}" + stop_after(match)


# A state's code between a town and its ZIP code, with no comma: "Cupertino CA 95014".
_STATE_BEFORE_ZIP = re.compile(
    r"(?P<code>" + "|".join(sorted(_STATES)) + r")(?<=[a-z] [A-Z]{2})\s+(?P<zip>\d{5})"
    r"(?:-(?P<plus>\d{4}))?(?![\d.,]\d)"
)

# What one of them needs: a ZIP code, or a part of a building and its number ("Ste 12").
_ZIP_OR_PART = re.compile(r" (?:\d{5}|(?:Ste|STE|Fl|FL|Flr|FLR|Rm|RM|Bldg|BLDG)\.? #?\d)")

_STATE_AND_ZIP = re.compile(
    rf"(?:{_STATE_AFTER_CITY.pattern})(?:\s+(?P<zip>\d{{5}})(?:-(?P<plus>\d{{4}}))?(?!\d))?"
)

# A ZIP code after a state written in full, or the District ("Austin, Texas 78701",
# "Washington, D.C. 20001"): digit by digit, as after a state's code; where it ends the
# address ("Dallas, Texas 15000 people" counts them).
_ZIP_AFTER_STATE_NAME = re.compile(
    r", (?<=[a-z], )(?P<state>D\.C\.|DC|"
    + "|".join(sorted(set(_STATES.values()), key=lambda name: (-len(name), name)))
    + r")\s+(?P<zip>\d{5})(?:-(?P<plus>\d{4}))?(?=\s*(?:[.,;:)\]]|$|U\.?S))"
)


# A part of a building after a street address and a comma, written short: "Ste 200", "Fl 3",
# "Rm. 12", "Bldg 5" (after a comma and before a number only: "Fl" alone may be Florida).
_PARTS_OF_BUILDINGS = {
    "Ste": "Suite",
    "Fl": "Floor",
    "Flr": "Floor",
    "Rm": "Room",
    "Bldg": "Building",
}
_PART_OF_BUILDING = re.compile(
    r"(?<=, )(?P<part>" + "|".join(_PARTS_OF_BUILDINGS) + r"|STE|FL|FLR|RM|BLDG)\.?(?= #?\d)"
)
# Its search led by the comma (the pattern above, led by a look-behind, is tried everywhere).
_PART_OF_BUILDING_HINT = re.compile(
    r", (?:" + "|".join(_PARTS_OF_BUILDINGS) + r"|STE|FL|FLR|RM|BLDG)\.?(?= #?\d)"
)
# Or right after the street's type, as the address rule has said it: "400 Broad St. Ste 12",
# "600 Montgomery St Fl 3".
_PART_AFTER_STREET = re.compile(
    rf"\b(?P<street>{_STREET_WORDS}) "
    r"(?P<part>" + "|".join(_PARTS_OF_BUILDINGS) + r"|STE|FL|FLR|RM|BLDG)\.?(?= #?\d)"
)


# A street type written short after a street's name with no house number, where a word of
# place puts it on a map: "on Oak Ln.", "at Park Pl.", "off Pine Ct" -> "Lane", "Place",
# "Court" ("St.", "Dr.", "Ave.", "Rd." and "Blvd." are read by the abbreviations rule).
_NAMED_STREET_TYPES = ("Ln", "Ct", "Pl", "Sq", "Ter", "Terr", "Trl", "Cres", "Cir", "Aly", "Plz",
                       "Pkwy", "Expy", "Fwy", "Tpke")  # fmt: skip
_NAMED_STREET = re.compile(
    r"\b(?P<before>(?i:on|at|off|onto|along|down|up|near|via|in|into|from|to|of|and|the)\s+)"
    r"(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+"
    rf"(?P<type>{'|'.join(_NAMED_STREET_TYPES)})\b(?P<dot>\.)?(?![\w'-])"
)
_NAMED_STREET_HINT = re.compile(rf" (?:{'|'.join(_NAMED_STREET_TYPES)})\b")


# Street types written short that may start a street's name ("5 Pkwy Dr" -> "five Parkway
# Drive"); not "St" or "Dr", a saint's or a doctor's name there ("12 St Johns Rd").
_IN_NAMES = frozenset(_STREET_TYPES) - {"St", "Dr"}


def _say_named_street(match: re.Match[str]) -> str:
    street = _STREET_TYPES[match["type"]]
    return f"{match['before']}{match['name']} {street}" + stop_after(match)


def _say_part_of_building(match: re.Match[str]) -> str:
    return _PARTS_OF_BUILDINGS[match["part"].title()]


def _say_zip(match: re.Match[str]) -> str:
    plus = f" {digits(match['plus'])}" if match["plus"] else ""
    return f", {match['state']} {digits(match['zip'])}{plus}"


def _state_name(match: re.Match[str]) -> str:
    if match["ap"] or match["dateline"]:
        return _AP_STATES[match["ap"] or match["dateline"]]
    return _STATES[match["code"] or match["zcode"] or match["dcode"]]


def _say_house_number(text: str) -> str:
    """House numbers are read in pairs: 1428 -> "fourteen twenty-eight", 123 -> "one
    twenty-three"."""
    if len(text) in (3, 4) and not text.startswith("0"):
        return year(int(text))
    return number(text)


# A state written short after "from", "in" or "to" with no town before it, before a word in
# small letters: "The senator from Ind. voted", "moved to Wash. in 2010" -> "Indiana",
# "Washington" ("Mass." may be the church's, "went to Mass. and"; "a friend of Wash. and
# Jefferson" a man's name written short).
_STATE_AFTER_PREPOSITION = re.compile(
    r"\b(?P<prep>from|in|to) (?P<ap>Ind|Ill|Miss|Mo|Pa|La|Del|Wash|Md|Ga|Ore|Kan|Ky|Mont|"
    r"Vt|Va|Ark|Tex)\.(?=,?\s[a-z])"
)

# A block of a street, as police news gives a place, is its house numbers' hundreds said as a
# house number: "the 4500 block of Elm St." -> "the forty-five hundred block", "the 1200 block"
# -> "twelve hundred" (not "four thousand five hundred").
_BLOCK = re.compile(r"(?<=\b[Tt]he )(?P<num>[1-9]\d?00)(?=\s+block\b)")

# A London postal district after a comma, dotted as old letters and books write it or run
# together: "London, W.1", "Victoria Street, S.W.1", "E.C.4", "London, SW1" -> "W one", "S W
# one" (not "Southwest.one": the compass' letters before a number are the district's).
_LONDON_DISTRICT = re.compile(
    r"(?<=, )(?:(?P<dotted>(?:N\.W|S\.[EW]|E\.C|W\.C|[NEW])\.)\s?|(?P<glued>NW|S[EW]|EC|WC|[NEW]))"
    r"(?P<num>[1-9]\d?)(?P<sub>[A-Z])?(?=[.,;:)]|\s+[A-Z(]|$)"
)

# What it needs, led by a literal: the pattern, led by its look-behind, is tried everywhere.
_LONDON_HINT = re.compile(", [NESW]")


def _say_london_district(match: re.Match[str]) -> str:
    letters = " ".join((match["dotted"] or match["glued"]).replace(".", ""))
    return f"{letters} {cardinal(int(match['num']))}" + (f" {match['sub']}" if match["sub"] else "")


def read_street_addresses(text: str) -> str:
    """Read street addresses: "1211 E Arques Ave" -> "twelve eleven East Arques Avenue".

    House numbers go in pairs, compass letters and street types are said in full, and a
    state code after a city is the state's name ("Santa Clara, CA 95051").
    """

    def say(match: re.Match[str]) -> str:
        if match["comma"] and len(match["num"]) == 4:
            return match.group(0)  # "In 2005, Oxford Street was ...": a year
        street_type = match["type"].rstrip(".")
        street = _STREET_TYPES.get(street_type.capitalize(), street_type)
        direction = _DIRECTIONS[match["dir"].replace(".", "")] + " " if match["dir"] else ""
        direction = direction or (match["dir_word"] + " " if match["dir_word"] else "")
        suffix = match["suffix"] + " " if match["suffix"] else ""
        if match["comma"]:  # "221B, Baker Street", as old books part the house from the street
            suffix = suffix.rstrip() + ", " if suffix else ", "
        name = " ".join(_STREET_TYPES.get(word, word) if word in _IN_NAMES else word
                        for word in match["name"].split())  # fmt: skip
        return f"{_say_house_number(match['num'])} {suffix}{direction}{name} {street}" + stop_after(
            match
        )

    text = _ADDRESS.sub(say, text)
    if ". " in text or ".," in text:
        text = _STATE_AFTER_PREPOSITION.sub(lambda m: f"{m['prep']} {_AP_STATES[m['ap']]}", text)
    if " block" in text:
        text = _BLOCK.sub(lambda m: year(int(m["num"])), text)
    if _NAMED_STREET_HINT.search(text):
        text = _NAMED_STREET.sub(_say_named_street, text)
    if _DIRECTION_AHEAD.search(text):
        text = read_bearings(text)
        text = _STREET_DIRECTION.sub(_say_street_direction, text)
        text = _STREET_WORD_DIRECTION.sub(_say_street_direction, text)
    if _LONDON_HINT.search(text):  # after the points after a street: "Court, W.8" is no west
        text = _LONDON_DISTRICT.sub(_say_london_district, text)
    text = _STATE_AND_ZIP.sub(_say_state, text)
    text = _TOWN_AND_TITLE_CODE.sub(lambda m: f"{m['town']}, {_STATES[m['code']]}", text)
    text = _THE_TOWN_AND_WORD_CODE.sub(_say_the_town_and_state, text)
    if "." in text:
        text = _REGIMENT_STATE.sub(_say_regiment_state, text)
    if _ZIP_OR_PART.search(text):
        text = _STATE_BEFORE_ZIP.sub(_say_state_before_zip, text)
        text = _PART_AFTER_STREET.sub(
            lambda m: f"{m['street']} {_PARTS_OF_BUILDINGS[m['part'].title()]}", text
        )
    if ", " not in text:
        return text
    if _PART_OF_BUILDING_HINT.search(text):
        text = _PART_OF_BUILDING.sub(_say_part_of_building, text)
    return _ZIP_AFTER_STATE_NAME.sub(_say_zip, text)


def _say_street_direction(match: re.Match[str]) -> str:
    """ "Ave. NW" -> "Avenue Northwest"; the street type is said in full, so that "K St NE"
    is no saint."""
    before = match.string[max(0, match.start() - 30) : match.start()]
    if not re.search(r"(?:[A-Z][\w'-]*|\d+(?:st|nd|rd|th)|[A-Z]) $", before):
        return match.group(0)
    street = _STREET_TYPES.get(match["type"].capitalize(), match["type"])
    direction = _DIRECTIONS[match["dir"].replace(".", "")]
    return f"{street} {direction}" + stop_after(match)


def _say_state_before_zip(match: re.Match[str]) -> str:
    """ "Cupertino CA 95014" -> "Cupertino California nine five zero one four"."""
    plus = f" {digits(match['plus'])}" if match["plus"] else ""
    return f"{_STATES[match['code']]} {digits(match['zip'])}{plus}"


# "MS." before a library's mark is a manuscript, after a comma too ("one copy, MS. Cott. Nero
# D. ii", "printed from it, MS. Bodl. 34"): a collection's name written short, not a title,
# or before a number ("Jackson, MS. Gov. Reeves said", "Jackson, MS. 5 people" keep the state).
_TITLE_WORDS = "|".join(
    sorted({row[0] for row in read_table("en", "titles")}, key=lambda w: (-len(w), w))
)
_SHELFMARK_AFTER_MS = re.compile(
    rf"\.\s+(?:[A-Z][a-z]+\.?\s+\d|(?!(?:{_TITLE_WORDS})\.)[A-Z][a-z]{{1,4}}\.\s)"
)


_TOWN_BEFORE = re.compile(r"(?:[A-Z][a-z]+ )*[A-Z][a-z]+ ?$")
_CLAUSE_AFTER = re.compile(_CLAUSE_WORD)


# Words that open a sentence before a comma and name no town: "Yes, OK is fine", "Sir, ID is
# required"; a town of one word opens one before a verb ("Salem, OR is the capital", "Tulsa,
# OK has"), where a name addressed would take a comma ("John, OK, let's go").
_VERB_AFTER = re.compile(r"\s+(?:is|was|has|had|will|became|lies|sits|hosts|remains)\b")
_OPENERS = frozenset(
    {"Yes", "No", "Fine", "Well", "Sure", "Okay", "Right", "Oh", "So", "Now", "Then", "Also",
     "However", "Still", "Anyway", "Thanks", "Please", "Sorry", "Hello", "Hi", "Hey", "Sir",
     "Madam", "Mom", "Dad", "Look", "Listen", "Again", "First", "Later", "Indeed", "Alright"}
)  # fmt: skip


def _after_a_town(match: re.Match[str]) -> bool:
    """Whether capitalised words that are no opening word stand before a state's code."""
    town = _TOWN_BEFORE.search(match.string, max(0, match.start() - 40), match.start())
    if town is None:
        return False
    if town.group(0).strip() in _OPENERS:
        return False
    if not starts_sentence(match.string, town.start()) or " " in town.group(0).strip():
        return True
    return _VERB_AFTER.match(match.string, match.end()) is not None  # "Salem, OR is"


def _say_the_town_and_state(match: re.Match[str]) -> str:
    if match["town"].split()[0] in _OPENERS:
        return match.group(0)
    return f"{match['the']} {match['town']}, {_STATES[match['code']]}"


def _say_state(match: re.Match[str]) -> str:
    """The state's name, and the ZIP code after it digit by digit ("CA 95051")."""
    clause_after = _CLAUSE_AFTER.match(match.string, match.end()) is not None
    if (match["zcode"] or clause_after) and match["zip"] is None and not _after_a_town(match):
        return match.group(0)
    if match["code"] == "MS" and _SHELFMARK_AFTER_MS.match(match.string, match.end()):
        return match.group(0)
    said = ", " + _state_name(match)
    if match["zip"] is None:
        return said + stop_after(match)
    return f"{said} {digits(match['zip'])}" + (f" {digits(match['plus'])}" if match["plus"] else "")


# A digit (its lines are known without a scan), a capital after a comma, a compass point or a
# street type written short after a word.
HINT = any_of(
    ", [A-Z]",
    r"(?:Ind|Ill|Miss|Mo|Pa|La|Del|Wash|Md|Ga|Ore|Kan|Ky|Mont|Vt|Va|Ark|Tex)\.,?\s[a-z]",
    _DIRECTION_AHEAD.pattern,
    _NAMED_STREET_HINT.pattern,
    with_digit=(r"\d",),
)
