"""Words written short that the word before or after them decides, in news, sports pages,
credits and notes:

- "the Eastern Conf." -> "Conference" (after a name; "Aug. Conf. viii. 12" is Augustine's)
- "Reg. price $49.99" -> "Regular"; "the Dem. candidate", "DEM. SEN." -> "Democratic"
- "in OT win", "in OT to win" -> "overtime"; "(F/T)", "(H/T)" -> "full time", "half time";
  "(5-1 agg.)" -> "aggregate" ("agg. assault" is aggravated)
- "dir. of NIAID" -> "director of", "dir. by Nolan" -> "directed by"
- a catechism's or an examination's labels: "Q." or "Ques." opening a question -> "Question.",
  "Ans." opening a sentence -> "Answer.", and "A." after a question so labelled
- "K. William III." -> "King William" (a king's name and numeral after it); "the First Cong.
  Church" -> "Congregational" (before a church or a society; "the 42d Cong." is Congress'):
  "420 O.R." -> "other ranks" (after a count, as war diaries write the men not officers)
- "season w/ S&P to taste" -> "salt and pepper" (a recipe's, before "to taste" or after
  "season with"); "in stable cond." -> "condition" (after a word of state)
- "heat & hot water incl., $1,850" -> "included" (closing a clause), "the Ct. of App." ->
  "Appeals", "40 Cdo" -> "Commando", "Exp. 12/2026" -> "Expires"
- "p. 14 n." -> "page fourteen note" (a footnote after its page); "a Cat. 3 storm" ->
  "Category" (before a storm's number and its noun)
- a player's position between his team and his name: "Knicks G Jalen Brunson" -> "guard",
  "Chiefs QB Patrick Mahomes" -> "quarterback"; "11 reb." -> "rebounds", "10 inn." -> "innings",
  "189 pass." -> "passengers", "3 props." -> "propositions" (after a count),
  "cert. was denied" -> "certiorari"
- "spoke with the CDC dir. on Wed." -> "director" (after a body's initials); a box score's
  counts: "3 TDs, with 1 INT" -> "touchdowns", "interception" (where yards are counted too)
- "Q2 rev. rose" -> "revenue" (before a verb of change or "of"), "800 rev. per minute" ->
  "revolutions" (between a count and a rate); "the consensus est. of" ->
  "estimate" ("est. 1850" is established); "nr. campus", "nr. Oxford" -> "near" (before a word)
"""

from __future__ import annotations

import re

from narrator.spoken.en.context import stop_after
from narrator.spoken.tables import read_mapping

# "Conf." after a name is its conference ("the Eastern Conf.", "the Big Ten Conf."); after a
# word written short it is a work ("Aug. Conf. viii. 12", Augustine's Confessions, whose "Aug."
# the months' rule has read as "August" by then).
_CONFERENCE = re.compile(r"(?<=[a-z] )(?<!August )(?<!Augustine )Conf\.(?!\w)")
# "Reg." before a price or a season is regular ("Reg. price $49.99"), where before a name it is
# a register or a king's regnal year; "Dem." before a word in small letters is Democratic ("the
# Dem. candidate"), a party's adjective, where "D-Mass." names its member.
_REGULAR = re.compile(
    r"\b(?P<r>[Rr])eg\.(?= (?:price|prices|hours|season|fee|fees|rate|admission)\b"
    # or before the price itself, as the money rule has read it: "on sale for $60, reg. $90"
    r"| (?:[$£€]\d|(?:[a-z]+[ -]){1,6}(?:dollars?|pounds?|euros?|cents|pence)\b))"
)
_DEMOCRATIC = re.compile(r"\bDem\.(?= [a-z])|\b(?P<caps>DEM)\.(?= [A-Z])")
# "in OT" ending a game's account, or before its result, is overtime ("scores 40 in OT win");
# elsewhere "OT" may be the Old Testament or a therapist.
_OVERTIME = re.compile(
    r"(?<=\bin )OT\b(?= (?:win|loss|victory|defeat|thriller|to win|to beat|to clinch)\b"
    r"|\s*[.,;]|\s*$)"
)
# A match's time in brackets after its score: "(F/T)" full time, "(H/T)" half time.
_MATCH_TIME = re.compile(r"\((?P<t>[FH])/T\)")
# Or after "at" closing a clause, as match reports write it: "Arsenal lead 2-1 at HT."
_AT_MATCH_TIME = re.compile(r"(?<= at )(?P<t>[FH])T(?=[.,;:)]|\s*$)")
# "agg." closing a score's brackets or clause is the aggregate ("5-1 agg.)"); "agg. assault" is
# aggravated, before its noun.
_AGGREGATE = re.compile(r"\bagg\.(?=\s*[);,]|\s*$)")
# "dir." before "of" is a director ("Fauci, dir. of NIAID"), before "by" directed ("dir. by
# Nolan"), as credits and notes write them.
_DIRECTOR = re.compile(r"\b(?P<d>[Dd])ir\.(?= (?P<by>by\b)?)(?= (?:of|by)\b)")

# A question's label opens a sentence that ends with a question mark; an answer's opens the
# sentence after it ("Q. What is ...? Ans. Man's chief end ..."; "A." only after a question
# so labelled, where elsewhere it is an initial or a letter).
_QUESTION = re.compile(r"(?:^|(?<=\n)|(?<=[.!?] ))(?:Q|Ques|Quest)\.(?= [A-Z\"][^\n?]{0,300}\?)")
_ANSWER = re.compile(r"(?:^|(?<=\n)|(?<=[.!?] ))Ans\.(?= [A-Z\"])|(?<=\? )A\.(?= [A-Z][a-z])")
# A score's overtime in brackets: "Lakers 112, Warriors 108 (OT)" -> "(overtime)".
_OVERTIME_AFTER_A_SCORE = re.compile(r"(?<= )\(OT\)")
_SCORE_BEFORE = re.compile(
    r"(?:\d|teen|ty|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|hundred) $"
)
# A police precinct after its ordinal: "the 44th Pct." -> "Precinct" ("5 pct." is per cent).
_PRECINCT = re.compile(r"(?<=th |st |nd |rd )Pct\.(?!\w)")
# A king written short before his name and numeral, as old books write him: "K. William III."
_MONARCH_NAMES = "|".join(sorted(read_mapping("en", "regnal_names"), key=lambda n: (-len(n), n)))
_KING = re.compile(rf"(?<![\w.])K\.(?= (?:{_MONARCH_NAMES}) (?:[IVX]+\b|the [a-z]+))")
_CONGREGATIONAL = re.compile(r"\bCong\.(?= (?:Church|Society|Chapel|Meeting|Meeting-house)\b)")
_OTHER_RANKS = re.compile(r"(?<=\d )O\.R\.(?!\w)|(?<=\d )O\.Rs\.(?!\w)")

_SALT_AND_PEPPER = re.compile(
    r"(?:(?<=[Ss]eason with )|(?<=[Ss]eason w/ ))S&P\b|(?<![\w&])S&P(?= to taste\b)"
)
_CONDITION = re.compile(
    r"\b(?P<state>stable|good|fair|poor|critical|serious|excellent|mint|satisfactory) cond\."
    r"(?!\w)"
)
_REVENUE = re.compile(
    r"\brev\.(?= (?:rose|fell|grew|jumped|climbed|dropped|declined|increased|decreased|was|of)\b)"
)
# ... and after a count, before a rate's "per" or "a", a turn of an engine or a disc: "800 rev.
# per minute", "33 rev. a minute" -> "revolutions" ("Form 4 rev. 2" is a revision; "revs" is
# said as written).
_REVOLUTIONS = re.compile(
    r"(?<=\d )rev\.(?= (?:per|a|an|each|every) (?:second|sec|minute|min|hour|hr|turn|mile)\b)"
)
_ONE_BEFORE = re.compile(r"(?<![\d,.])1 $")
_ESTIMATE = re.compile(r"(?<=\bconsensus )est\.(?!\w)|\best\.(?= of [$£€\d])")
# A footnote's "n." after its page: "p. 14 n., states" -> "page fourteen note".
_NOTE_AFTER_PAGE = re.compile(
    r"\b(?P<page>p\.|page) (?P<number>\d{1,4}|[a-z]+(?:[- ][a-z]+){0,3}) n\.(?=[,;)]|\s*$|\s\d)"
)
# A storm's category: "a Cat. 3 storm", "Cat 5 hurricane" -> "Category" ("Cat. No." is a
# catalogue's).
_CATEGORY = re.compile(r"\bCat\.?(?= [1-5] (?:storm|hurricane|cyclone|typhoon)s?\b)")
# "heat & hot water incl., $1,850" -> "included" (closing its clause), else "including"; "The Ct. of
# App." -> "Appeals"; "40 Cdo" -> "Commando" (after its number); "Exp. 12/2026" -> "Expires".
_INCLUDED = re.compile(r"\bincl\.(?P<closing>(?=[,;)]|\s*$))?")
_APPEALS = re.compile(r"(?<=\bCourt of )App\.|(?<=\bCt\. of )App\.")
_COMMANDO = re.compile(r"(?<=\d )Cdo\b")
# A company named by its letter, as British and Commonwealth armies write it: "C Coy." ->
# "C Company"; undotted ("B Coy") only where a soldier or a unit is spoken of, as "Coy" may be a
# surname after an initial.
_COMPANY = re.compile(r"(?<![\w.])(?P<letter>[A-Z]) Coy(?P<dot>\.)?(?![\w-])")
_ARMY = re.compile(
    r"\b(?:Bn|Battalion|Regt|Regiment|Platoon|Pte|Private|Sgt|Sergeant|Cpl|Corporal|Capt|"
    r"Captain|Maj|Major|Lt|Brigade|Bde|Rifles|Fusiliers|Guards|Infantry|Division|Div)\b"
)
_EXPIRES = re.compile(
    r"\b(?P<e>[Ee])xp\.(?= (?:\d{1,2}/\d{2,4}\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"[a-z]* (?:twenty|nineteen|two)\b))"
)
# A player's position between his team and his name, as injury reports and box scores write
# it: "Knicks G Jalen Brunson" -> "guard", "Lakers F LeBron James" -> "forward", "Chiefs QB".
_POSITIONS = {
    "G": "guard", "F": "forward", "C": "center", "PG": "point guard", "SG": "shooting guard",
    "SF": "small forward", "PF": "power forward", "QB": "quarterback", "RB": "running back",
    "WR": "wide receiver", "TE": "tight end", "LB": "linebacker", "CB": "cornerback",
    "SS": "shortstop", "OF": "outfielder", "RHP": "right-hander", "LHP": "left-hander",
    "RF": "right fielder", "LF": "left fielder", "CF": "center fielder", "DH": "designated hitter",
}  # fmt: skip
POSITIONS = sorted(_POSITIONS, key=lambda p: (-len(p), p))
_POSITION = re.compile(
    rf"\b(?P<team>[A-Z][a-z]+s'?) (?P<position>{'|'.join(POSITIONS)})"
    r"(?= [A-Z][a-z]\w+ [A-Z][a-z]\w+)"
)
# A box score's counts after their figures: "11 reb." -> "rebounds", "10 inn." -> "innings";
# so are the news's words written short after a count, whose point no word takes there: "189
# pass. and crew" -> "passengers", "approved 3 props." -> "propositions" (the ballot's).
# "cert. was denied" -> "certiorari" (before the Court's answer).
_COUNTED = {"reb": "rebound", "ast": "assist", "stl": "steal", "blk": "block", "inn": "inning"}
_COUNTED |= {"pass": "passenger", "prop": "proposition", "props": "proposition"}
_COUNT = re.compile(r"(?<=\d )(?P<stat>reb|ast|stl|blk|inn|pass|props?)\.(?!\w)")
_CERTIORARI = re.compile(
    r"\bcert\.(?= (?:was |is |has been )?(?:denied|granted|dismissed)\b)"
    r"|(?:(?<=\bgranted )|(?<=\bdenied )|(?<=\bdenies )|(?<=\bgrants ))cert\.(?!\w)"
)
_DIRECTOR_OF_A_BODY = re.compile(r"(?<=[A-Z]{2} )dir\.(?!\w)")
_BOX_SCORE = re.compile(r"(?<=\d )(?P<stat>TD|INT)(?P<s>s)?\b(?![-'.]\w)")
_YARDS = re.compile(r"\b(?:yds|yards|yd)\b")
_NEAR = re.compile(r"\b(?P<n>[Nn])r\.(?= (?:the )?[A-Za-z]{3,})")


def read_words_decided_by_neighbours(text: str) -> str:
    """ "the Eastern Conf." -> "the Eastern Conference"; "Reg. price" -> "Regular price"; "in OT
    win" -> "in overtime win"; "dir. of" -> "director of"."""
    if "eg." in text:
        text = _REGULAR.sub(lambda m: f"{m['r']}egular", text)
    if "agg." in text:
        text = _AGGREGATE.sub(lambda m: "aggregate" + stop_after(m), text)
    if "Dem." in text or "DEM." in text:
        text = _DEMOCRATIC.sub(lambda m: "DEMOCRATIC" if m["caps"] else "Democratic", text)
    if "at HT" in text or "at FT" in text:
        text = _AT_MATCH_TIME.sub(lambda m: "full time" if m["t"] == "F" else "half time", text)
    if "in OT" in text:
        text = _OVERTIME.sub("overtime", text)
    if "/T)" in text:
        text = _MATCH_TIME.sub(lambda m: f"({'full' if m['t'] == 'F' else 'half'} time)", text)
    if "Conf." in text:
        text = _CONFERENCE.sub(lambda m: "Conference" + stop_after(m), text)
    if "ir." in text:
        text = _DIRECTOR.sub(lambda m: f"{m['d']}irect{'ed' if m['by'] else 'or'}", text)
    if "Q" in text and "?" in text:
        text = _QUESTION.sub("Question.", text)
    if "Ans." in text or ("A." in text and ("Question" in text or "Q." in text)):
        text = _ANSWER.sub("Answer.", text)
    if "OT)" in text:
        text = _OVERTIME_AFTER_A_SCORE.sub(_say_overtime, text)
    if "Pct." in text:
        text = _PRECINCT.sub(lambda m: "Precinct" + stop_after(m), text)
    if "K." in text:
        text = _KING.sub("King", text)
    if "Cong." in text:
        text = _CONGREGATIONAL.sub("Congregational", text)
    if "O.R" in text:
        text = _OTHER_RANKS.sub(lambda m: "other ranks" + stop_after(m), text)
    return _read_market_and_kitchen_words(text)


def _say_revolutions(match: re.Match[str]) -> str:
    one = _ONE_BEFORE.search(match.string, max(0, match.start() - 4), match.start())
    return "revolution" if one else "revolutions"


def _read_market_and_kitchen_words(text: str) -> str:
    """ "season w/ S&P" -> "salt and pepper"; "stable cond." -> "condition"; "rev. rose" ->
    "revenue rose"; "800 rev. per minute" -> "revolutions"; "consensus est." -> "estimate";
    "nr. campus" -> "near campus"."""
    if "S&P" in text:
        text = _SALT_AND_PEPPER.sub("salt and pepper", text)
    if "cond." in text:
        text = _CONDITION.sub(lambda m: f"{m['state']} condition" + stop_after(m), text)
    if "rev." in text:
        text = _REVENUE.sub("revenue", text)
        text = _REVOLUTIONS.sub(_say_revolutions, text)
    if "est." in text:
        text = _ESTIMATE.sub(lambda m: "estimate" + stop_after(m), text)
    if "r." in text:
        text = _NEAR.sub(lambda m: "near" if m["n"] == "n" else "Near", text)
    if "incl." in text:
        text = _INCLUDED.sub(
            lambda m: ("included" if m["closing"] is not None else "including") + stop_after(m),
            text,
        )
    if "App." in text:
        text = _APPEALS.sub(lambda m: "Appeals" + stop_after(m), text)
    if "Cdo" in text:
        text = _COMMANDO.sub("Commando", text)
    if " Coy" in text:
        text = _COMPANY.sub(_say_company, text)
    if "xp." in text:
        text = _EXPIRES.sub(lambda m: f"{m['e']}xpires", text)
    if "Cat" in text:
        text = _CATEGORY.sub("Category", text)
    if " n." in text:
        text = _NOTE_AFTER_PAGE.sub(lambda m: f"{m['page']} {m['number']} note", text)
    if "." in text and _COUNT.search(text):
        text = _COUNT.sub(_say_count, text)
    if "cert." in text:
        text = _CERTIORARI.sub(lambda m: "certiorari" + stop_after(m), text)
    if _POSITION.search(text):
        text = _POSITION.sub(lambda m: f"{m['team']} {_POSITIONS[m['position']]}", text)
    if "dir." in text:
        text = _DIRECTOR_OF_A_BODY.sub(lambda m: "director" + stop_after(m), text)
    if ("TD" in text or "INT" in text) and _YARDS.search(text):
        text = _BOX_SCORE.sub(_say_box_score, text)
    if "." in text:
        text = _LOWER_RANK.sub(_say_lower_rank, text)
    if "an Ind." in text or "An Ind." in text:
        text = _INDEPENDENT.sub(lambda m: f"{m['an']}Independent" + stop_after(m), text)
    if "temp." in text:
        text = _OWNED_TEMPERATURE.sub(lambda m: f"{m['owner']}temperature" + stop_after(m), text)
    return text


# A rank written short in lower case, a common noun: after a determiner, an owner or "to" and
# up to one word ("the team's new capt.", "a capt. in the army", "promoted to sgt."), or two
# ranks together ("brig. gen.", "lt. col."); "col. 3" is a column, "gen. nov." a genus.
_RANKS = {
    "capt": "captain", "sgt": "sergeant", "lt": "lieutenant", "lieut": "lieutenant",
    "cpl": "corporal", "col": "colonel", "gen": "general", "maj": "major", "adm": "admiral",
    "cmdr": "commander", "brig": "brigadier",
}  # fmt: skip
RANK_FORMS = frozenset(f"{rank}." for rank in _RANKS)
_RANK = "|".join(_RANKS)
_LOWER_RANK = re.compile(
    rf"\b(?P<first>{_RANK})\.(?:\s(?P<second>{_RANK})\.)?(?![\w.]|\s?\d|\snov\b)"
)
_RANK_OWNER_BEFORE = re.compile(
    r"(?:\b(?i:a|an|the|his|her|their|its|our|my|your|to|as)|\w's)\s+(?:[a-z]+\s+)?$"
)


# "Ind." after "an" is a candidate of no party: "ran as an Ind." ("Fort Wayne, Ind." is Indiana,
# which takes no article).
_INDEPENDENT = re.compile(r"(?P<an>\b[Aa]n )Ind\.(?![\w.-])")
# "temp." after a word that owns it, up to one word between, is a temperature: "took his
# temp.", "the patient's temp. rose" ("a temp.", "the temp. agency" may be a worker's; "temp.
# Eliz." a reign).
_OWNED_TEMPERATURE = re.compile(
    r"(?P<owner>(?:\b(?i:his|her|their|its|our|my|your)|\w's)\s+(?:[a-z]+\s+)?)temp\.(?![\w.])"
)


def _say_lower_rank(match: re.Match[str]) -> str:
    text, start = match.string, match.start()
    if match["second"]:
        return f"{_RANKS[match['first']]} {_RANKS[match['second']]}" + stop_after(match)
    if match["first"] == "brig" or not _RANK_OWNER_BEFORE.search(text, max(0, start - 30), start):
        return match.group(0)
    return _RANKS[match["first"]] + stop_after(match)


def _say_company(match: re.Match[str]) -> str:
    if not match["dot"] and not _ARMY.search(match.string):
        return match.group(0)  # "Wayne J Coy": an initial and a surname
    return f"{match['letter']} Company" + stop_after(match)


def _say_overtime(match: re.Match[str]) -> str:
    if not _SCORE_BEFORE.search(match.string, max(0, match.start() - 9), match.start()):
        return match.group(0)
    return "(overtime)"


def _say_count(match: re.Match[str]) -> str:
    one = match.string[max(0, match.start() - 3) : match.start()].split()[-1:] == ["1"]
    return _COUNTED[match["stat"]] + ("" if one else "s") + stop_after(match)


def _say_box_score(match: re.Match[str]) -> str:
    stat = "touchdown" if match["stat"] == "TD" else "interception"
    one = match.string[max(0, match.start() - 3) : match.start()].split()[-1:] == ["1"]
    return stat if one else stat + "s"
