"""Model numbers, which people read in groups like years.

- "A350" -> "A-three fifty" (a lone "A" joined to its number, which engines would otherwise
  read as the article), "the A320neo" -> "the A-three twenty neo"; "MH370" -> "MH three
  seventy"; "I-405" -> "I-four oh-five" (capital letters, then three digits)
- "Boeing 747" -> "Boeing seven forty-seven", "Boeing 707" -> "Boeing seven oh-seven",
  "Porsche 911", "Xbox 360", "Mercedes 300SL" -> "... three hundred SL" (three digits after a
  make in ``tables/makes.tsv``, and the letters glued to them)
- "Boeing 747-400", "A320-200", "the 777-300ER", "the 787-9": a variant after a dash is its
  own number
- "the 737 MAX", "a 787 Dreamliner": a Boeing by its number, where a word of flying follows
- "the Nikkei 225", "the FTSE 250" -> "... two twenty-five", "... two fifty": a stock index's
  number in groups
- "MiG-29", "Su-57", "Yak-130" -> "Mig-twenty-nine", "Su-fifty-seven", "Yak-one thirty":
  letters in mixed case before a dash are said as a word, as Russian aircraft are named
- "H.264" -> "H two sixty-four": a letter, a point and three digits, as codecs are named
- "C-130J", "KC-135R" -> "C-one thirty J": a model's letter glued after its number
- "Flight BA 117" -> "Flight BA one seventeen": a flight's number after its airline's code
- "ISO 8601" -> "ISO eighty-six oh-one", "RFC 2616" -> "RFC twenty-six sixteen", "ISO 9001"
  -> "ISO nine thousand one", "ISO 216" -> "ISO two sixteen": three or four digits of a
  standard after its body ("ISO", "IEC", "RFC", "EN", "DIN", "ANSI", "IEEE", "ASTM") are
  said in groups; five are counted ("ISO 14001": "fourteen thousand one"); an edition's
  year after a colon is a year ("ISO 9001:2015": "nine thousand one, twenty fifteen"); a part
  after a point is said "dot" ("IEEE 802.11ac" -> "eight oh-two dot eleven A C")
- "CVE-2024-3094" -> "CVE twenty twenty-four thirty ninety-four": a flaw's year and number
- "a .303 rifle", "a .45 Colt" -> "a three oh-three rifle", "a forty-five Colt": a firearm's
  calibre before a word of arms; ".30-06", ".45-70" -> "thirty-aught-six", "forty-five seventy"
  wherever they stand: a cartridge's calibre and its second number
- "G7", "F-16", "COVID-19": fewer digits are read by the rule for letters and digits
"""

from __future__ import annotations

import re

from narrator.spoken.en.numbers import cardinal, digits, year
from narrator.spoken.rules import any_of
from narrator.spoken.tables import read_words

_MAKES = "|".join(
    sorted((re.escape(m) for m in read_words("en", "makes")), key=lambda m: (-len(m), m))
)
# A variant after a dash: "747-400", "A320-200", "777-300ER".
_VARIANT = r"(?:-(?P<variant>\d{1,3})(?P<suffix>[A-Z]{1,3})?(?P<many>s)?(?![\w-]))?"
_LETTERED = re.compile(
    r"(?<![\w.-])(?:(?P<letters>[A-Z]{1,3})(?P<hyphen>-)?|(?P<syllable>[A-Z][a-z]{1,2}[A-Z]?)-)"
    r"(?P<num>[1-9]\d\d)(?:(?P<plural>s)|(?P<tail>neo|ceo|max|MAX|XL|LR|ER)\b|"
    r"(?P<letter>[A-Z])(?![\w-]))?"
    rf"{_VARIANT}(?![\w]|[.,]\d)"
)
# A letter, a point and three digits name a standard in groups: "H.264", "H.265" ("H two
# sixty-four"), as the video codecs are said. Led by the point, found quickly.
_DOTTED_STANDARD = re.compile(r"\.(?<=(?<![\w.])[A-Z]\.)(?P<num>[1-9]\d\d)(?![\w]|[.,]\d)")
# Letters in mixed case before a dash and a number are said as a word, as Russian aircraft
# are named ("MiG-29", "Su-57", "Tu-95": "Mig", "Su", "Tu"); an engine would part "MiG"
# where its case changes ("Mi G"), so it is written as a word.
_MIXED_CASE_CODE = re.compile(r"(?<![\w.-])(?P<word>[A-Z][a-z]{1,2}[A-Z])(?=-\d)")
# Letters glued to the number are the model's too, said apart: "Mercedes 300SL", "BMW 328i".
_AFTER_MAKE = re.compile(
    rf"\b(?P<make>{_MAKES})\s+(?P<num>[1-9]\d\d)(?P<letters>[A-Z]{{1,3}}|[a-z](?![a-z]))?"
    rf"{_VARIANT}(?![\d]|[.,]\d)"
)
# A stock index's three digits, said in groups as markets news says them: "the Nikkei 225" ->
# "the Nikkei two twenty-five", "the FTSE 250" -> "two fifty" ("the S&P 500": "five hundred").
_INDEX = re.compile(
    r"\b(?P<index>Nikkei|FTSE|KOSPI|CSI|ASX|Nasdaq|NASDAQ|Stoxx|STOXX|TOPIX|S&P)\s+"
    r"(?P<num>[1-9]\d\d)(?![\d]|[.,]\d)"
)
# A Boeing named by its number alone, where a word of flying follows: "the 737 MAX", "a 787
# Dreamliner", "747 jets", "the 737 flew"; "a 747 to Israel" is left as a number.
_JETLINER = re.compile(
    r"(?P<num>7(?<![\w.,$-]7)[0-8]7)(?P<plural>s|'s)?(?=\s(?:MAX|Max|jets?|jetliners?|aircraft|planes?|"
    r"airliners?|freighters?|Dreamliners?|jumbos?|fleet|order|orders|flew|flies|landed|lands|"
    r"crashed|crashes|departed|diverted|taxied|took off|takes off|pilots?|cockpit|crew|"
    r"cabin|engines?)\b)"
)
# ... or where a word of flying names it just before: "The plane, a 737, was carrying".
_JETLINER_AFTER_PLANE = re.compile(
    r"\b(?P<lead>(?:plane|aircraft|airliner|jet|jetliner)s?,? (?:a|the) )(?P<num>7[0-8]7)"
    r"(?P<plural>s)?(?![\w-]|[.,]\d)"
)
# Three digits, a dash and a variant with letters: "the 777-300ER"; a Boeing's number and
# its variant, a digit or round tens or hundreds: "the 787-9", "a 737-800", "the 787-10"
# (no range: "737-800 people" would need more words of counting than a headline has).
# (This and `_JETLINER` are led by the number's first digit, what may not come before it
# looked behind from there: a pattern led by a look-behind is tried at every position.)
_WITH_VARIANT = re.compile(
    r"(?P<num>[1-9](?<![\w.,-][1-9])\d\d)-(?P<variant>\d{1,3})(?P<suffix>[A-Z]{1,3})(?P<many>s)?\b"
)
# Led by its "7", which the regex engine finds quickly; what comes before is checked after.
_BOEING_VARIANT = re.compile(r"7[0-8]7-(?:[1-9]|[1-9]0|[1-9]00)s?(?![\w-]|[.,]\d)")


# A flight's airline code spaced from its number, after "Flight": "Flight BA 117" -> "Flight BA
# one seventeen", as the number alone after "Flight" is said in groups.
_FLIGHT = re.compile(
    r"(?P<flight>[Ff]light|FLIGHT) (?P<code>[A-Z]{2}|[A-Z]\d|\d[A-Z]) "
    r"(?P<num>[1-9]\d{2,3})(?![\w]|[.,]\d)"
)
# Or before the words of a flight, where no "Flight" leads it: "BA 117 to New York was
# delayed", "UA 902 landed", "EZY 8123 from Nice" -> "BA one seventeen", ...
_FLIGHT_AHEAD = (
    r" (?:to|from) [A-Z][a-z]| (?:flight|was (?:delayed|cancelled|canceled|diverted|grounded)|"
    r"departs|departed|arrives|arrived|lands|landed|took off|takes off)\b"
)
_CODED_FLIGHT = re.compile(
    r"\b(?P<code>[A-Z]{2,3}|[A-Z]\d|\d[A-Z]) (?P<num>[1-9]\d{2,3})(?![\w]|[.,]\d)"
    rf"(?={_FLIGHT_AHEAD})"
)

# A standard's number after the body that issued it, said in groups as people name them:
# "ISO 8601", "RFC 2616", "ISO/IEC 27001", "EN 71", "ISO 9001:2015" (its edition's year); a
# decimal or a part after a point is left.
_STANDARD = re.compile(
    r"\b(?P<body>(?:ISO|IEC|RFC|EN|DIN|ANSI|IEEE|ASTM)(?:/(?:IEC|ISO|IEEE))?) "
    r"(?P<num>[1-9]\d{1,4})(?:\.(?P<part>\d{1,2})(?P<amendment>[a-z]{1,2})?)?"
    r"(?::(?P<edition>(?:19|20)\d\d))?(?![\w]|[.,:]\d)"
)
# The IEEE's networking standards, with their body or their amendment's letters or a word of
# networks after them: "802.11ac" -> "eight oh-two dot eleven A C", "IEEE 802.15.4", "the 802.11
# standard", "802.3 Ethernet" ("a total of 802.11 points" is a decimal).
_NETWORK_STANDARD = re.compile(
    r"(?<![\w.,$£€])802\.(?P<part>\d{1,2}(?:\.\d{1,2})?)(?P<letters>[a-z]{1,2})?(?![\w/]|[.,]\d)"
)
_NETWORK_AFTER = re.compile(r" (?:Ethernet|standards?|networks?|radios?|wireless|Wi-?Fi)\b")


def _say_network_standard(match: re.Match[str]) -> str:
    """ "802.11ac" -> "eight oh-two dot eleven A C", "802.15.4" -> "... dot fifteen dot four"."""
    text, start = match.string, match.start()
    named = text.endswith("IEEE ", 0, start) or _NETWORK_AFTER.match(text, match.end())
    if not (match["letters"] or named):
        return match.group(0)
    said = " dot ".join(cardinal(int(part)) for part in match["part"].split("."))
    letters = "".join(f" {letter.upper()}" for letter in match["letters"] or "")
    return f"eight oh-two dot {said}{letters}"


# A catalogue's number, said as astronomers and road signs are read: a galaxy's "NGC 4414" or
# "IC 1396" in groups ("forty-four fourteen"); a star's six digits in "HD 209458" or "HIP
# 120000" one by one; a highway's three digits after "US" or "SR" in groups ("US 101": "one
# oh-one"); a German warplane's maker's code ("Bf 109", "Fw 190", "Ju 87") before its number
# in groups. Fewer digits than these shapes have are left to the counting rules.
_CATALOGUE = re.compile(
    r"\b(?:(?P<grouped>(?:NGC|IC) (?=\d{3,4}\b)|(?:US|SR) (?=\d{3}\b)|"
    r"(?:Bf|Fw|Ju|Ar|Hs|Fi|Bv|Ta|Me) (?=\d{2,3}\b))|(?P<spelled>(?:HD|HIP) (?=\d{6}\b)))"
    r"(?P<num>[1-9]\d+)(?![\w]|[.,]\d)"
)
# A flaw's number, its year and its count: "CVE-2024-3094" -> "CVE twenty twenty-four thirty
# ninety-four" (was "twenty twenty-four to ..."); five digits and more are said one by one.
_CVE = re.compile(r"\bCVE-(?P<year>(?:19|20)\d\d)-(?P<num>\d{4,7})\b(?![.,]\d)")


def _say_cve(match: re.Match[str]) -> str:
    number = match["num"]
    said = year(int(number)) if len(number) == 4 and number[0] != "0" else digits(number)
    return f"CVE {year(int(match['year']))} {said}"


def _say_catalogue(match: re.Match[str]) -> str:
    """ "NGC 2237" -> "NGC twenty-two thirty-seven", "HD 209458" -> "HD two zero nine ..."."""
    if match["spelled"]:
        return match["spelled"] + digits(match["num"])
    return match["grouped"] + year(int(match["num"]))


def _say_standard(match: re.Match[str]) -> str:
    """ "8601" -> "eighty-six oh-one", "216" -> "two sixteen"; two digits and five are
    counted ("EN seventy-one", "ISO twenty-nine thousand five hundred", as Wikipedia's
    readings have them)."""
    number = match["num"]
    said = year(int(number)) if len(number) in (3, 4) else cardinal(int(number))
    if match["part"]:  # "IEEE 802.11ac" -> "eight oh-two dot eleven A C"
        said += f" dot {cardinal(int(match['part']))}"
        said += "".join(f" {letter.upper()}" for letter in match["amendment"] or "")
    edition = f", {year(int(match['edition']))}" if match["edition"] else ""
    return f"{match['body']} {said}{edition}"


def _say_variant(match: re.Match[str]) -> str:
    """ "-400" -> " four hundred", "-300ER" -> " three hundred ER"; a fleet's "-400s",
    "-300ERs" -> " four hundreds", " three hundred ERs"."""
    if not match["variant"]:
        return ""
    said = f" {cardinal(int(match['variant']))}" + (
        f" {match['suffix']}" if match["suffix"] else ""
    )
    if not match["many"]:
        return said
    return said + "s" if match["suffix"] else _plural(said)


def _plural(words: str) -> str:
    """ "four hundred" -> "four hundreds", "fifty" -> "fifties", "six" -> "sixes"."""
    if words.endswith("y"):
        return words[:-1] + "ies"
    return words + ("es" if words.endswith("x") else "s")


# A firearm's calibre in hundredths of an inch, before a word of arms: "a .303 rifle" ->
# "a three oh-three rifle", "a .45 Colt" -> "forty-five" (not "point four five"). Before
# "calibre" the point is said, as en-wiki's references say it (".36 caliber"); hyphened to it,
# as news writes a weapon's, it is the calibre's number: "a .22-caliber rifle" -> "twenty-two".
_CALIBRE = re.compile(
    r"(?<![\w.,])\.(?P<num>\d{2,3})(?=[- ](?:rifles?|revolvers?|pistols?|guns?|bullets?|"
    r"cartridges?|rounds?|ammunition|automatics?|Lee|Enfield|Colt|Winchester|Remington|Magnum|"
    r"Special|Mauser|Martini|Snider|shotguns?|carbines?|muskets?|LR|BMG|ACP|Auto|S&W|Hornet|"
    r"Swift|Parabellum|Nitro|Express|Short|Long Rifle)(?![\w&])|-calib(?:er|re)\b)"
)
# ... and after a word that points to one arm, before its maker's or its model's name: "a .38
# Webley", "his .32 Browning" -> "a thirty-eight Webley" (a share or an average before a name
# is rarely so written: "hit .312 in 1998" has no "a").
_CALIBRE_BEFORE_A_NAME = re.compile(
    r"\b(?P<one>[Aa]|[Hh]is|[Hh]er|[Mm]y|[Tt]heir|[Yy]our) \.(?P<num>\d{2,3})(?= [A-Z][a-z]+\b)"
)
# ... or after its maker's name, as the arm is called: "the Colt .45", "a Smith & Wesson .38",
# "his Webley .455" -> "Colt forty-five".
_CALIBRE_AFTER_A_MAKER = re.compile(
    r"\b(?:Colt|Webley|Browning|Winchester|Remington|Smith (?:&|and) Wesson|S&W|Ruger|Beretta|"
    r"Walther|Mauser|Luger|Marlin|Savage|Springfield|Enfield|Sharps|Derringer) "
    r"\.(?P<num>\d{2,3})(?![\d%]|[.,]\d)"
)
# A cartridge named by its calibre and a second number after a dash, wherever it stands (no
# range is written so): ".30-06" -> "thirty-aught-six", ".30-30" -> "thirty thirty", ".45-70"
# -> "forty-five seventy", ".22-250" -> "twenty-two two fifty"; a leading nought is "aught".
_DASHED_CARTRIDGE = re.compile(r"(?<![\w.,])\.(?P<num>\d{2,3})-(?P<second>\d{2,3})(?![\w-]|[.,]\d)")
HINT = any_of(
    r"\.(?<= \.)\d\d",
    r"-(?<=\.\d\d-)\d\d",
    r"-(?<=\.\d\d\d-)\d\d",
    r"\.(?<=[A-Z]\.)\d\d\d",
    r"[A-Z](?:-?\d\d\d|[a-z]*\s\d\d\d|[a-z]{1,2}[A-Z]?-\d)",
    r"(?:light|LIGHT) [A-Z\d]{2} \d",
    r"[A-Z\d] [1-9]\d\d\d? (?:to|from|flight|was|depart|arriv|land|t[ao]ok)",
    r"(?:ISO|IEC|RFC|EN|DIN|ANSI|IEEE|ASTM) [1-9]\d",
    r"I-[1-9]\d?[NSEW]\b",
    r"CVE-\d",
    r"802\.\d",
    r"(?:NGC|IC|US|SR|HD|HIP|Bf|Fw|Ju|Ar|Hs|Fi|Bv|Ta|Me) \d\d",
    r"-(?<=\d\d\d-)\d{1,3}[A-Z]",
    r"00(?:(?<=[A-Z] \d-\d00)|(?<=[A-Z] \d\d-\d00))",
    r"7(?<=7\d7)(?:-\d|(?:s|'s)?\s[MJAPFDjapfdoltce]|s?[,)])",
)


# Capitals, a model's number and a variant of whole hundreds after a dash are a model and its
# variant, no range: "the ATR 72-600" -> "ATR seventy-two six hundred", "ATR 42-500" ("ages
# 18-300" is led by no capitals; a currency's or a unit's letters lead a range).
_LETTERS_AND_VARIANT = re.compile(
    r"\b(?P<letters>(?!(?:USD|EUR|GBP|AUD|CAD|JPY|CHF|INR|KM|MM|CM|KG|MPH)\b)[A-Z]{2,4})"
    r"\s(?P<num>[1-9]\d?)-(?P<variant>[1-9]00)(?![\w-]|[.,]\d)"
)


# A flight level, an altitude in hundreds of feet: "cruising at FL350" -> "flight level three
# fifty" (a state's "FL 32801" has five figures).
_FLIGHT_LEVEL = re.compile(r"\bFL ?(?P<num>[1-5]\d\d|0[5-9]0)\b(?![.,]\d)")


# An American aircraft's registration, its "N" and four or five digits, or digits and a
# letter or two, said one by one: "tail number N12345" -> "N one two three four five",
# "N738JP" -> "N seven three eight J P" ("N95" masks and "the N400 form" are no planes').
_REGISTRATION = re.compile(
    r"(?<![\w-])N(?P<num>[1-9]\d{3,4}|[1-9]\d{1,3}(?=[A-Z]{1,2}\b))(?P<letters>[A-Z]{0,2})\b(?!-)"
)


def _say_registration(match: re.Match[str]) -> str:
    letters = " ".join(match["letters"])
    return f"N {digits(match['num'])}" + (f" {letters}" if letters else "")


# An interstate split in two keeps its letter, part of its name: "I-35W" and "I-35E" are two
# roads -> "I-thirty-five W" (a spaced "I-95 N" is a direction, `compass`').
_SPLIT_INTERSTATE = re.compile(r"\bI-(?P<num>[1-9]\d?)(?P<letter>[NSEW])\b(?!-)")


def read_model_numbers(text: str) -> str:
    """Read model numbers in groups: "A350" -> "A three fifty", "Boeing 747" -> "Boeing
    seven forty-seven"."""
    if "light " in text or "LIGHT " in text:
        text = _FLIGHT.sub(lambda m: f"{m['flight']} {m['code']} {year(int(m['num']))}", text)
    if "I-" in text:
        text = _SPLIT_INTERSTATE.sub(lambda m: f"I-{cardinal(int(m['num']))} {m['letter']}", text)
    if "N" in text:
        text = _REGISTRATION.sub(_say_registration, text)
    text = _CODED_FLIGHT.sub(lambda m: f"{m['code']} {year(int(m['num']))}", text)
    text = _STANDARD.sub(_say_standard, text)
    if "802." in text:
        text = _NETWORK_STANDARD.sub(_say_network_standard, text)
    if "CVE-" in text:
        text = _CVE.sub(_say_cve, text)
    text = _CATALOGUE.sub(_say_catalogue, text)
    if "FL" in text:
        text = _FLIGHT_LEVEL.sub(lambda m: f"flight level {year(int(m['num']))}", text)
    text = _AFTER_MAKE.sub(_say_after_make, text)
    text = _INDEX.sub(lambda m: f"{m['index']} {year(int(m['num']))}", text)
    if "00" in text:
        text = _LETTERS_AND_VARIANT.sub(
            lambda m: f"{m['letters']} {cardinal(int(m['num']))} {cardinal(int(m['variant']))}",
            text,
        )
    text = _JETLINER.sub(_say_jetliner, text)
    if "7" in text:
        text = _JETLINER_AFTER_PLANE.sub(lambda m: m["lead"] + _say_jetliner(m), text)
    text = _WITH_VARIANT.sub(lambda m: f"{year(int(m['num']))}{_say_variant(m)}", text)
    if "7-" in text:
        text = _BOEING_VARIANT.sub(_say_boeing_variant, text)
    text = _LETTERED.sub(_say_lettered, text)
    if "." in text:
        text = _DOTTED_STANDARD.sub(
            lambda m: ("-" if m.string[m.start() - 1] == "A" else " ") + year(int(m["num"])), text
        )
    if "-" in text:
        text = _MIXED_CASE_CODE.sub(lambda m: m["word"].title(), text)
    if "." in text and "-" in text:
        text = _DASHED_CARTRIDGE.sub(_say_dashed_cartridge, text)
    if " ." in text:
        text = _CALIBRE.sub(lambda m: year(int(m["num"])), text)
        text = _CALIBRE_BEFORE_A_NAME.sub(lambda m: f"{m['one']} {year(int(m['num']))}", text)
        text = _CALIBRE_AFTER_A_MAKER.sub(_say_calibre_after_a_maker, text)
    return text


def _say_calibre_after_a_maker(match: re.Match[str]) -> str:
    return match.group(0)[: match.start("num") - match.start() - 1] + year(int(match["num"]))


def _say_dashed_cartridge(match: re.Match[str]) -> str:
    second = match["second"]
    if second.startswith("0"):
        return f"{year(int(match['num']))}-aught-{cardinal(int(second))}"
    return f"{year(int(match['num']))} {year(int(second))}"


# A make and a number before people or places counted is a company's count, no model: "BMW
# 350 workers", "Nissan 120 dealers" ("Porsche 911 cars", "Boeing 747 jets" are models).
_COUNTED = re.compile(
    r"\s+(?:people|workers|employees|staff|jobs|members|customers|students|engineers|dealers|"
    r"dealerships|stores|plants|suppliers)\b"
)


def _say_after_make(match: re.Match[str]) -> str:
    if not match["letters"] and not match["variant"] and _COUNTED.match(match.string, match.end()):
        return match.group(0)
    letters = f" {match['letters']}" if match["letters"] else ""
    return f"{match['make']} {year(int(match['num']))}{letters}{_say_variant(match)}"


def _say_boeing_variant(match: re.Match[str]) -> str:
    """ "787-9" -> "seven eighty-seven nine", unless inside a word or a number."""
    before = match.string[match.start() - 1 : match.start()]
    if before and (before.isalnum() or before in "_.,$-"):
        return match.group(0)
    number, variant = match.group(0).split("-")
    if variant.endswith("s"):  # "its 787-9s" -> "seven eighty-seven nines"
        return f"{year(int(number))} {_plural(cardinal(int(variant[:-1])))}"
    return f"{year(int(number))} {cardinal(int(variant))}"


def _say_jetliner(match: re.Match[str]) -> str:
    words = year(int(match["num"]))
    return words + match["plural"] if match["plural"] else words


def _say_lettered(match: re.Match[str]) -> str:
    words = year(int(match["num"]))
    if match["plural"]:  # "A350s" -> "A three fifties"
        words = _plural(words)
    if match["tail"] or match["letter"]:  # "A320neo", "C-130J": "three twenty neo", "one thirty J"
        words += " " + (match["tail"] or match["letter"])
    if match["syllable"]:  # "Yak-130", "MiG-105": a word, as said
        return f"{match['syllable'].title()}-{words}{_say_variant(match)}"
    # A lone "A" before a word is the article to engines: "A-three fifty" keeps the letter.
    joined = match["hyphen"] or match["letters"] == "A"
    return match["letters"] + ("-" if joined else " ") + words + _say_variant(match)
