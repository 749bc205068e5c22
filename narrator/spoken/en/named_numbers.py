"""A number of three figures that is part of a name, said in groups as a year is.

- a road's number: "Route 128", "Highway 401", "Interstate 405", "State Route 299", "Exit 123"
  -> "Route one twenty-eight", "Highway four oh-one", "Interstate four oh-five", "two
  ninety-nine", "Exit one twenty-three", as drivers and traffic news say them; "the 101
  freeway", "the 405 southbound" -> "the one oh-one freeway", "the four oh-five southbound"
- a work's, a product's or a band's name that ends in its number: "Fahrenheit 451", "Office
  365", "Blink-182" -> "Fahrenheit four fifty-one", "Office three sixty-five", "Blink one
  eighty-two"
- not a number counted after a word that divides or counts ("Chapter 128", "page 365",
  "Section 230", "Psalm 119"), after a word that opens a sentence ("Some 451 students"), nor
  before a noun of things counted ("Smith 112 points", "Biden 306 electoral votes"), nor in a
  list of tallies ("Warriors 112, Lakers 108")
- two figures are said alike either way ("Route 66", "Catch-22", "Apollo 11"), four as a year
  (`numbers`), a leading zero digit by digit ("Agent 007")
"""

from __future__ import annotations

import re

from narrator.spoken.en.counts import COUNTED, DESCRIBED_COUNTED

# A road's kind before its number, or before a list of them ("State Routes 206 and 715"), or
# a bus's or a flight's, its route's ("Bus 147 runs every ten minutes", "Flight 370"): said in
# groups wherever it stands.
_ROAD = re.compile(
    r"(?:\b(?:[Rr]outes?|Rte\.?|Rt\.?|[Hh]ighways?|Hwy\.?|[Ii]nterstates?|[Ff]reeway|[Ee]xpressway|"
    r"[Pp]arkway|[Ee]xit|Loop|[Tt]urnpike|Beltway|Bus|Tram|Trolley|Streetcar|Flight)"
    r"|\b(?:State|County|Farm to Market) Road)[ -]"
    r"(?:\d{1,3}[A-Z]?(?:,? and|,? or|,) )*$"
)
# ... or after it, as Californians name their freeways: "the 101 freeway", "the 405
# southbound" -> "the one oh-one freeway", "the four oh-five southbound".
_ROAD_AFTER = re.compile(
    r"\s+(?:[Ff]reeways?|[Ee]xpressways?|[Tt]ollways?|[Tt]urnpikes?|(?:north|south|east|west)bound)"
    r"\b"
)
_THE_BEFORE = re.compile(r"\b(?:the|The)\s$")
# A capitalised word, the last of a name, right before the number ("Blink-182" hyphened).
_NAME_BEFORE = re.compile(r"(?:^|(?<=[\s(\"'“‘]))(?P<name>[A-Z][a-z]+)[ -]$")
# Words that divide, count or measure (the number is a count then, "Chapter 128", "Pulse 120",
# "PO Box 412"), or open a sentence and name nothing ("Some 451", "About 365", "In 451 AD").
_NO_NAMES = frozenset(
    {"Chapter", "Chapters", "Page", "Pages", "Section", "Sections", "Article", "Articles",
     "Verse", "Verses", "Psalm", "Psalms", "Volume", "Volumes", "Part", "Parts", "Book",
     "Books", "Figure", "Figures", "Table", "Tables", "Line", "Lines", "Paragraph", "Clause",
     "Rule", "Rules", "Amendment", "Question", "Questions", "Exercise", "Problem", "Item",
     "Items", "Lot", "Number", "Numbers", "Year", "Years", "Day", "Days", "Week", "Weeks",
     "Level", "Grade", "Step", "Stage", "Phase", "Issue", "Edition", "Note", "Notes",
     "Footnote", "Appendix", "Hymn", "Canto", "Sonnet", "Stanza", "Column", "Folio", "Plate",
     "Proposition", "Equation", "Example", "Ordinance", "Exhibit", "Elevation", "Altitude",
     "Aged", "Age", "Ages", "Died", "Born", "Scene", "Act", "Acts", "Opus", "Total", "Totals",
     "Population", "Score", "Attendance", "Capacity", "Height", "Weight", "Length", "Price",
     "Cost", "Vote", "Votes", "Count", "Record", "Pick", "Seed", "Rank", "Ranked",
     "Bill", "Law", "Code", "Title", "Form", "Regulation", "Directive", "Resolution",
     "Session", "Congress", "Parliament", "Division", "Ward", "District", "Precinct",
     "Battalion", "Regiment", "Squadron", "Company", "Group", "Unit", "Class", "Size",
     "Box", "Pulse", "Rate", "Temperature", "Temp", "Speed", "Distance", "Depth", "Range",
     "The", "A", "An", "Some", "About", "Nearly", "Almost", "Around", "Roughly", "Only",
     "Just", "Over", "Under", "More", "Less", "Fewer", "All", "Each", "Every", "In", "On",
     "At", "By", "For", "From", "Of", "To", "With", "Without", "Since", "Until", "After",
     "Before", "And", "But", "Or", "So", "Then", "Now", "Exactly", "Approximately", "Another",
     "Its", "Their", "His", "Her", "Our", "My", "Your", "These", "Those", "This", "That",
     "Between", "Among", "Than", "Up", "Down", "Within", "Across", "Past", "Last", "Next",
     "First", "Top", "Many", "Most", "Both", "Here", "There", "Plus", "Minus", "Times", "Were",
     "Was", "Are", "Is", "Had", "Has", "Have", "Scored", "Killed", "Won", "Lost", "Sold",
     "Says", "Said", "Adds", "Nets", "Gains", "Falls", "Drops", "Rises", "Jumps", "Tops",
     "Hits", "Cuts", "Sheds", "Loses", "Wins", "Beats", "Leads", "Trails", "Needs",
     "Kills", "Injures", "Saves", "Hires", "Fires", "Buys", "Sells", "Ships", "Plans",
     "Expects", "Sees", "Reports", "Posts", "Raises", "Lowers", "Approves", "Rejects"}
)  # fmt: skip
# A noun of things counted after the number, in a headline's capitals too: "Smith 112 points",
# "Stocks Drop 450 Points".
_CAPITAL_PLURAL = re.compile(r"\s+[A-Z][a-z]+[^s\W]s\b")
# People who use, own or follow a product, a work or a band, after its name and number: its
# name's ("Office 365 users", "Xbox 360 players", "Blink-182 fans", "Fahrenheit 451 readers");
# a firm's people are counted ("Nissan 350 workers").
_USERS_AFTER = re.compile(
    r"\s+(?:users?|subscribers?|customers?|owners?|players?|gamers?|fans?|buyers?|readers?|"
    r"viewers?|listeners?|licen[cs]e(?:s|holders?)?)\b"
)
# A tally in a list: "Warriors 112, Lakers 108", "Biden 306, Trump 232".
_TALLY_AFTER = re.compile(r"\s?[,;]\s+[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)? \d")
_TALLY_BEFORE = re.compile(r"[A-Z][\w.'-]* \d+\s?[,;]\s+(?:[A-Z][\w.'-]* )?[A-Z][\w.'-]* $")
# A number still in a range or a sum ("Route 128-130", "Office 365 + 2"), or a journal's
# volume before its issue or page ("The Lancet 367 (9511): 643", "Zoology 270: 90").
_GOES_ON = re.compile(r"\s?(?:[-–/+×x]\s?\d|to \d|%|\(\s?\d|:\s?\d|,\s?\d)")
# A volume's number before a report's or a journal's name, whose page the number is ("1 Cranch
# 137", "9 Exch. 341", "2 Ld. Raym. 909"), a manuscript's library before its shelfmark ("MS.
# Bodley 264", "MS. Laud Misc. 108"), an author's before his work's line ("Sophocles, Antigone
# 450 ff."); a month names no thing ("On 24 April 350 civilians").
_CITED_BEFORE = re.compile(
    r"(?:\b\d[\d,]*|\bMSS?\.?|\b[Mm]anuscripts?)\s+(?:(?:[A-Z][\w.'&]*|and|of|&)\s+){0,4}$"
    r"|\b[A-Z][a-z]+,\s+$"
)
# A tractate of the Talmud (its last word) before a folio: counted, as a page is ("Bava Batra
# 119b" -> "one hundred nineteen b", "Shabbat 156a", "Sanhedrin 113").
_TRACTATES = frozenset(
    {"Berakhot", "Berachot", "Shabbat", "Shabbath", "Eruvin", "Erubin", "Pesachim", "Pesahim",
     "Yevamot", "Yebamoth", "Ketubot", "Ketuboth", "Kethuboth", "Kamma", "Kama", "Metzia",
     "Metsia", "Batra", "Bathra", "Sanhedrin", "Zevachim", "Zebahim", "Menachot", "Menahot",
     "Menahoth", "Chullin", "Hullin", "Niddah", "Gittin", "Kiddushin", "Nedarim", "Yoma"}
)  # fmt: skip
_MONTHS = frozenset(
    {"January", "February", "March", "April", "May", "June", "July", "August", "September",
     "October", "November", "December"}
)  # fmt: skip
# A name in the plural is a side or a party, its number a tally of points, seats or votes:
# "the Noes 201", "the Conservatives 237", "Lakers 112".
_PLURAL_NAME = re.compile(r"[A-Z][a-z]*[^su\W]s")


def names_a_thing(match: re.Match[str]) -> bool:
    """Whether the three figures `match` found end a name and are said in groups: "Route
    128", "Fahrenheit 451", "Office 365"; not "Chapter 128", "Smith 112 points"."""
    text, start, end = match.string, match.start(), match.end()
    if _GOES_ON.match(text, end):
        return False
    if _ROAD.search(text, max(0, start - 20), start):
        return True
    road = _ROAD_AFTER.match(text, end)
    if road and _THE_BEFORE.search(text, max(0, start - 4), start):
        return COUNTED.match(text, road.end()) is None  # "the 450 freeway workers" are counted
    name = _NAME_BEFORE.search(text, max(0, start - 24), start)
    if name is None or name["name"] in _NO_NAMES | _MONTHS | _TRACTATES:
        return False
    if _PLURAL_NAME.fullmatch(name["name"]):
        return False
    if _CITED_BEFORE.search(text, max(0, name.start() - 30), name.start()):
        return False
    if _USERS_AFTER.match(text, end):
        return True
    if any(noun.match(text, end) for noun in (COUNTED, DESCRIBED_COUNTED, _CAPITAL_PLURAL)):
        return False
    return not (
        _TALLY_AFTER.match(text, end) or _TALLY_BEFORE.search(text, max(0, start - 40), start)
    )
