"""Words written short after a name: "Acme Ltd." -> "Acme Limited", "John Smith Jr." ->
"John Smith Junior", "Smith & Co." -> "Smith and Company".

- undotted after a name and in any case: "Acme Ltd", "Al Unser, jr", "Warner bros"
- "Co." is a county before a name after a preposition of place ("in Co. Cork"), after one
  where one is born or lives ("born in Cook Co. and raised"), before a state ("Allen Co.,
  Indiana") and before a county's court or office ("Kings Co. Supreme Court"); the company
  after a name or "the" ("The Co. was founded")
- "Sr." before a given name and after none is a nun ("Sr. Mary Joseph")
- "gent." after a man's name and a comma is his rank, "gentleman" ("Wm. Shakespeare, gent.")
- alone on its line, a dotted word is said in full: no sentence is there for its period to end
"""

from __future__ import annotations

import re

from narrator.spoken.en.context import (
    ORDINAL_WORD,
    any_case,
    any_case_at_word_start,
    starts_sentence,
    starts_word,
    stop_after,
)
from narrator.spoken.tables import read_mapping, read_words

AFTER_NAME = read_mapping("en", "after_name")
# A word that opens a sentence, not a name: "diagnosed with MS. She", "on Elm Dr. He moved".
_OPENER = r"(?:The|He|She|It|They|We|This|These|Those|There|Then|But|His|Its|Their|Our)\b"
NAME_AHEAD = rf"(?=\s+(?!{_OPENER})(?:[A-Z\U000f0000-\U000ffffd]|[a-z]+[A-Z]))"
# A name after a word: "Co. Cork", "Dr. McBride"; matched in place, where the word ends.
NAME_FOLLOWS = re.compile(NAME_AHEAD)
# A saint's name after "St.": a given name ("St. Patrick", "St. John") or a name's possessive
# ("St. Mark's Church"); after a numbered street another capital word starts a sentence ("on
# 3rd St. Call 555-0199").
SAINTS_NAME_FOLLOWS = re.compile(
    rf"\s+(?:(?:{'|'.join(sorted(read_words('en', 'first_names')))})\b|[A-Z][a-z]+'s\b)"
)
# A numbered street an earlier rule has read: "fifth Ave" ("5th Ave").
ORDINAL_BEFORE = re.compile(rf"(?:^|\s){ORDINAL_WORD.pattern}\s+$")
_STREETS = frozenset({"Avenue", "Road", "Boulevard"})
# After a determiner a word is no abbreviation after a name: "the Sr. Vice President".
DETERMINER_BEFORE = re.compile(r"\b(?i:the|a|an|its|their|this|these|those)\s$")

# Dotted after any word, undotted after a name; in any case: "Acme Ltd", "Unser, jr".
# Undotted before "'s" it is a name ("St Bart's", "Inc's" apart), and before a hyphen and a
# word the start of one ("Co-operative", "Co-founder").
_AFTER_NAME_ABBR = re.compile(
    rf"(?P<abbr>{any_case_at_word_start(AFTER_NAME)})(?:(?P<dot>\.)|(?!'s\b|-\w))(?!\w)"
)
# The comma may stand apart, as a tokenizer leaves it: "James Iredell , jr".
_AFTER_A_WORD = re.compile(r"(?:[\w&]|\w\.)\s?,?\s+$")
_AFTER_A_NAME = re.compile(r"(?:^|\s)[A-Z][\w.'-]*(?: \.)?\s?,?\s+$")
# Before a name, after a preposition of place or an article, a county: "in Co. Cork", "the
# Co. Down coast"; after a name, a company ("Acme Co.").
_PLACE_BEFORE = re.compile(r"(?:^|(?:^|\s)(?:in|In|of|from|at|near|to|across|the|The)\s+)$")
_LOWER_AFTER_NAME = re.compile(rf"\b(?:{'|'.join(a.lower() for a in AFTER_NAME)})\b")
_AFTER_NAME_CAPITALS = re.compile(
    rf"(?P<abbr>{any_case(AFTER_NAME, lower=False)})(?:(?P<dot>\.)|(?!'s\b|-\w))(?!\w)"
)
# A given name after "Sr.", a nun's ("Sr. Mary"), where "the Sr. Vice President" is senior.
_GIVEN_NAME_AHEAD = re.compile(
    r"\s+(?!(?:Vice|Director|Manager|Editor|Analyst|Partner|Advisor|Adviser|Fellow|Counsel|"
    r"Engineer|Officer|Lecturer|Associate|Staff|Research|Executive|Vice-)\b)[A-Z][a-z]+\b"
)
# A surname after a rank: a capitalised word that is no word of a company's titles.
_SURNAME_AHEAD = re.compile(
    r"\s+(?!(?:Chairman|President|Chief|Board|Headquarters|Vice|Director|Officer|Spokesman|"
    r"Spokeswoman|Shares|Stock|Inc|Ltd|Of|And)\b)[A-Z][a-z]+\b"
)
# A company's letter after "Co.", as regiments letter them; no county is named by one letter.
_COMPANY_LETTER_AHEAD = re.compile(r" [A-Z](?=[\s,;:)]|$)(?! [A-Z][a-z])")
_CAPITALS_BEFORE = re.compile(r"\b[A-Z]{2,}[,.]? $")
# "in" and a place's name before "Co." ending its clause: a county, as news places its events
# ("left 40,000 without power in Dade Co.", "a fire in Kern Co., officials said"); a company
# is owned, worked at or invested in ("at Acme Co.", "shares of Acme Co.").
_IN_A_PLACE_BEFORE = re.compile(r"(?:^|\s)(?:in|In|across|throughout) [A-Z][a-z]+ $")
_CLAUSE_ENDS = re.compile(r"\s*(?:[,;)]|$)")
# ... or before a word of where or when, as no company is: "They farm in Lancaster Co. near the
# river", "Fires burned in Kern Co. overnight", "living in Polk Co. with her sons"; not where
# the company is owned or worked in ("invested in Acme Co. last year", "a stake in Acme Co.").
_WHERE_OR_WHEN_AFTER = re.compile(
    r"\s+(?:near|outside|north|south|east|west|along|with|since|until|during|overnight|today|"
    r"tonight|yesterday|where|when|last|this|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday)"
    # or the verb of those who live there, "in" and the county naming them: "Voters in Dade
    # Co. turned out early", "Residents in Kern Co. say" ("Shares in Acme Co. rose" are owned)
    r"|[a-z]+ed|said|say|says|are|were|will|have|had|can|could|must|should|would)\b"
)
_OWNED_BEFORE = re.compile(
    r"\b(?i:invest\w*|stakes?|shares?|interests?|holdings?|jobs?|work\w*|employ\w*|positions?|"
    r"stock|career|partners?)\s+in\s"
)
# Where one is born, lives or lies, "in" and a name before "Co." are a county's wherever the
# clause goes ("She was born in Cook Co. and raised in Ohio"); no company is lived in.
_LIVED_IN_BEFORE = re.compile(
    r"\b(?:born|raised|reared|lived|lives|living|died|buried|grew up|settled|resides|resided|"
    r"located|situated|farms?|farmed) in [A-Z][a-z]+ $"
)
_THE_COMPANY = re.compile(r"(?:^|\s)(?:the|The)\s+$")
# A state after it, a county of that state: "Allen Co., Indiana", "Durham Co., N.C.".
_POSTAL_STATES = read_mapping("en", "states")
_STATES = [
    *_POSTAL_STATES,
    *_POSTAL_STATES.values(),
    *(f"{a}." for a in read_mapping("en", "ap_states")),
]
_STATE_AFTER = re.compile(rf"\s?,\s+(?:{'|'.join(map(re.escape, _STATES))})(?!\w)")
# A county's court or office after it, a county: "Kings Co. Supreme Court", "the Cook Co. Jail".
_COUNTY_BODY_AHEAD = re.compile(
    r" (?:(?:Supreme|Superior|Circuit|District|Probate|Criminal) Court|Court(?:house)?|Sheriff|"
    r"Jail|Commissioners?|Clerk|Fair|Attorney|Prosecutor|Coroner|Treasurer|Recorder|Assessor|"
    r"Board of (?:Supervisors|Elections|Health|Commissioners)|Health Department|"
    # or a county's road by its number or letter: "Co. Rd. 12", "Co. Road J", "Co. Hwy. 7"
    r"(?i:Rd|Road|Hwy|Highway|Rte|Route)\.? (?=\d|[A-Z]{1,2}\b))\b"
)
# A county's name after it, a county wherever it stands: "Tralee, Co. Kerry", "Co. Durham".
_COUNTY_AHEAD = re.compile(rf" (?:{'|'.join(sorted(read_words('en', 'counties')))})\b(?!')")


def _say_after_name(match: re.Match[str]) -> str:
    """ "Jr.", "Ltd", "bros" after a name; dotted, after any word ("Smith & Co.")."""
    said = AFTER_NAME[match["abbr"].title()]
    if (
        _is_undotted_co_of_no_company(match)
        or _is_a_code_before_a_number(match)
        or not starts_word(match)
    ):
        return match.group(0)
    start = max(0, match.start() - 40)
    if (
        match["abbr"] == "Co"
        and match["dot"]
        and _COMPANY_LETTER_AHEAD.match(match.string, match.end())
    ):
        return "Company"  # a regiment's company: "Co. D of the 5th", "Co. F, 20th Me."
    undotted_co = match["abbr"] == "Co" and not match["dot"]
    after_and = match.string.endswith("& ", 0, match.start())  # "Smith & Co": the company
    if undotted_co and not after_and and _COUNTY_AHEAD.match(match.string, match.end()):
        return "County"  # "in Co Cork", as Irish and British papers write it undotted
    if match["abbr"] == "Co" and match["dot"]:
        county = _said_as_county(match, start)
        if county is not None:
            return county
    if (
        said == "Senior"
        and _GIVEN_NAME_AHEAD.match(match.string, match.end())
        and not _AFTER_A_NAME.search(match.string, start, match.start())
        and not DETERMINER_BEFORE.search(match.string, start, match.start())
    ):
        return "Sister"  # before a name and after none, a nun: "Sr. Mary Joseph"
    if said == "gentleman" and not _NAME_AND_COMMA_BEFORE.search(
        match.string, start, match.start()
    ):
        return match.group(0)  # "a real gent." is the word; "John Smith, gent." the rank
    if said == "Corporation" and match["dot"] and _is_a_rank_before_a_name(match, start):
        return "Corporal"
    if match["dot"] and said in ("Junior", "Senior", "Department"):
        # Dotted, they are nothing else, even where a sentence starts with them.
        return said + stop_after(match)
    after = _AFTER_A_WORD if match["dot"] else _AFTER_A_NAME
    if (
        not after.search(match.string, start, match.start())
        and not (said in _STREETS and ORDINAL_BEFORE.search(match.string, start, match.start()))
        and not (match["dot"] and _is_alone(match))
    ):
        return match.group(0)
    return said + (stop_after(match) or _stop_before_a_subject(match, said))


# A firm's word written short ends the sentence before a plural and a word in small letters,
# the next clause's subject and verb: "He worked for Acme Co. Workers went on strike", "Acme
# Corp. Shares fell" (not a firm's name going on: "Warner Bros. Pictures released", "Acme Co.
# Stores opened").
_FIRMS = frozenset({"Company", "Corporation", "Limited", "Brothers"})
# The subject: a noun of people or things counted ("Workers", "Employees", "Customers"), or the
# shares, officials or investors of the firm, capitalised; its firm's words, which may go on
# its name ("Acme Co. Stores"), are no subject.
_SUBJECTS = sorted(
    (
        {word.capitalize() for word in read_words("en", "count_nouns")}
        | {"Shares", "Officials", "Investors", "Analysts", "Executives", "Shareholders"}
    )
    - {"Stores", "Mills", "Works", "Lines", "Motors", "Foods", "Products", "Systems"},
    key=lambda word: (-len(word), word),
)
SUBJECT_AHEAD = re.compile(rf"\s+(?:{'|'.join(_SUBJECTS)})\s+[a-z]")


def _stop_before_a_subject(match: re.Match[str], said: str) -> str:
    """ "." where a firm's dotted word ends the sentence before a plural subject and its verb."""
    if said not in _FIRMS or not match["dot"]:
        return ""
    return "." if SUBJECT_AHEAD.match(match.string, match.end()) else ""


# A rank written after a man's name and a comma, as deeds and tombs give it: "Wm. Shakespeare,
# gent.".
_NAME_AND_COMMA_BEFORE = re.compile(r"[A-Z][a-z]+, $")


def _is_a_rank_before_a_name(match: re.Match[str], start: int) -> bool:
    """Whether a dotted "Corp." is a corporal's rank: before a surname and after no name or
    determiner ("Corp. Trim", "said Corp. Jones"; "Acme Corp. Chairman" is the company)."""
    text = match.string
    if not _SURNAME_AHEAD.match(text, match.end()):
        return False
    if starts_sentence(text, match.start()):
        return True
    return not (
        _AFTER_A_NAME.search(text, start, match.start())
        or DETERMINER_BEFORE.search(text, start, match.start())
    )


def _is_undotted_co_of_no_company(match: re.Match[str]) -> bool:
    """Whether an undotted "co" or "CO" is no company: a prefix cut from its word ("Trapped, co
    starring"), carbon monoxide or Colorado ("The CO alarm", "Denver, CO"); "ACME CO" in a
    title in capitals is one."""
    return (
        match["abbr"] in ("co", "CO")
        and not match["dot"]
        and not _CAPITALS_BEFORE.search(match.string, max(0, match.start() - 20), match.start())
    )


# A number after two capitals: "SR 17", "SR-99" (a state route), "RD 2" (a rural delivery).
_NUMBER_AHEAD = re.compile(r"[ -]\d")


def _is_a_code_before_a_number(match: re.Match[str]) -> bool:
    """Whether two undotted capitals are a road's or a route's letters before its number ("The
    SR 17 interchange" is no senior's), not a word written short after a name ("ACME LTD 2019"
    is one)."""
    return (
        not match["dot"]
        and len(match["abbr"]) == 2
        and match["abbr"].isupper()
        and bool(_NUMBER_AHEAD.match(match.string, match.end()))
    )


def _said_as_county(match: re.Match[str], start: int) -> str | None:
    """How a dotted "Co." is said where the words around decide ("County", or as written where
    it is neither county nor company), or None where it is a company after a name."""
    if (
        _STATE_AFTER.match(match.string, match.end())
        or _COUNTY_AHEAD.match(match.string, match.end())
        or _COUNTY_BODY_AHEAD.match(match.string, match.end())
    ):
        return "County"
    if _IN_A_PLACE_BEFORE.search(match.string, start, match.start()) and (
        _CLAUSE_ENDS.match(match.string, match.end())
        or (
            _WHERE_OR_WHEN_AFTER.match(match.string, match.end())
            and not _OWNED_BEFORE.search(match.string, start, match.start())
        )
    ):
        return "County" + stop_after(match)  # "power was out in Dade Co."
    if _LIVED_IN_BEFORE.search(match.string, start, match.start()):
        return "County" + stop_after(match)  # "born in Cook Co. and raised in Ohio"
    if not _PLACE_BEFORE.search(match.string, start, match.start()):
        return None
    # Before a name after a preposition of place, a county: "in Co. Cork", "Co. Durham";
    # before a word in lower case after "the", the company: "The Co. was founded".
    if NAME_FOLLOWS.match(match.string, match.end()):
        return "County"
    if not (_THE_COMPANY.search(match.string, start, match.start()) or _is_alone(match)):
        return match.group(0)
    return None


def _is_alone(match: re.Match[str]) -> bool:
    """Whether ``match`` is all its line holds ("Ltd."): no sentence around it for its period
    to end, it is said in full."""
    line_start = match.string.rfind("\n", 0, match.start()) + 1
    line_end = match.string.find("\n", match.end())
    after = match.string[match.end() : None if line_end < 0 else line_end]
    return not match.string[line_start : match.start()].strip() and not after.strip()


# A railroad after its name, as American newspapers write it: "the Erie R.R.", "the Penn.
# R.R. Co."; before a surname it is a person's initials ("George R.R. Martin").
_RAILROAD = re.compile(r"(?<=[\w.] )R\.R\.(?= (?P<after>[A-Z][a-z]+)\b)?")
_RAILROAD_WORDS = frozenset({"Co", "Company", "Station", "Depot", "Bridge", "Shops", "Yard"})


def read_words_after_names(text: str) -> str:
    """Say the words written short after a name: "Acme Ltd." -> "Acme Limited", "in Co.
    Cork" -> "in County Cork", "the Erie R.R." -> "the Erie Railroad"; "Inc" stays, as
    newsreaders say it."""
    after_name = _AFTER_NAME_ABBR if _LOWER_AFTER_NAME.search(text) else _AFTER_NAME_CAPITALS
    if "R.R." in text:
        text = _RAILROAD.sub(_say_railroad, text)
    return after_name.sub(_say_after_name, text)


def _say_railroad(match: re.Match[str]) -> str:
    text, start = match.string, match.start()
    surname_after = match["after"] and match["after"] not in _RAILROAD_WORDS
    if surname_after or not _AFTER_A_NAME.search(text, max(0, start - 30), start):
        return match.group(0)
    return "Railroad" + stop_after(match)
