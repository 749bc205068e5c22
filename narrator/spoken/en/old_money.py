"""Old British money as books before 1971 write it, read for `money`: pounds, shillings and
pence, each said as it was.

- "£3 10s. 6d." -> "three pounds ten shillings and sixpence" (old pence under a shilling said
  as one word, after "and"); "£3 and 5s." -> "... and five shillings"; "5s. for the saddle",
  "6d. a day" -> "sixpence a day"; "'You owe me 10s.,' she said" -> "ten shillings"
- "1½d." -> "one penny halfpenny", "2s. 4½d." -> "... and fourpence halfpenny", "½d." -> "a
  halfpenny", after its determiner without the "a" ("the last ½d." -> "the last halfpenny")
- "10,000l. a year", "5l." -> "ten thousand pounds a year", "five pounds" (old books' "l."
  after the amount; "50l. of water" are liters); "1l. 5s." -> "one pound five shillings"
- "it cost him 3/6", "2/6 a week", "5/-" -> "three and six", "two and six a week", "five
  shillings": shillings and pence parted by a slash where the words around speak of a price;
  "for 12/6" where a year before 1970 dates the text ("In 1890 he bought a hat for 12/6")
"""

from __future__ import annotations

import re

from narrator.spoken.en.fractions import OUT_OF_AFTER, RATING_BEFORE
from narrator.spoken.en.numbers import cardinal
from narrator.spoken.en.old_money_context import (
    AT_OR_FOR_BEFORE,
    OLD_MONEY_IN,
    PRICE_BEFORE,
    SENTENCE_END,
    SHILLINGS_ENDING,
)
from narrator.spoken.en.old_money_context import ends_in_shillings as ends_in_shillings
from narrator.spoken.en.old_money_forms import read_short_coins, write_colon_sums
from narrator.spoken.rules import any_of

# With a halfpenny or farthings, "4½d.", "¼d.", or eighths as cotton was quoted, "6⅝d.".
_PENCE = r"\d{1,2}[½¼¾⅛⅜⅝⅞]?|[½¼¾]"
# Pence ending a sentence ("from 6d. to 8d."), but not an old ordinal after "the" ("on the
# 3d.", "the 22d.").
_PENCE_ENDING = r"(?<!the \dd\.)(?<!the \d\dd\.)(?=\s*$|[\"”’)])"
# Shillings and pence: "2s. 6d.", "5s. for it", "6d. a day", "10s.,", "6d.;"; a hundred
# shillings and more, as prices of corn were, "126s. a quarter" ("the 890s." is a decade).
_SHILLINGS = re.compile(
    rf"(?<![\w.,])(?:(?P<s>\d{{1,2}}|(?<!the )(?<!The )(?<!-)[1-9]\d\d)s"
    rf"(?:\.(?=\s+[a-z]|[,;:]|(?<![2-9]0s\.)\))|\.?(?=\s+(?:{_PENCE})d\b))"
    rf"(?:\s+(?P<d>{_PENCE})d\b(?:\.(?=\s+[a-z]|[,;:]))?)?"
    rf"|(?P<pence>{_PENCE})d\.(?=\s+[a-z]|[,;:]|(?<=[½¼¾⅛⅜⅝⅞]d\.)(?!\w)|{_PENCE_ENDING}|\s+[A-Z]))"
)
# What follows shillings' "s": "10s. 6d.", "5s. for the saddle", "10s.," (for `decades`).
SHILLINGS_AFTER = re.compile(rf"\.(?:\s+(?:{_PENCE})d\b|\s+[a-z]|[,;:]|(?<![2-9]0s\.)\)|\s?@\s?\d)")
# Each led by a literal, which the regex engine finds quickly.
_SHILLINGS_HINT = any_of(r"s(?<=\ds)[. ]", r"\.(?<=\d[dl]\.)", r"[½¼¾⅛⅜⅝⅞]d", r"\.(?<=\d [lsd]\.)")
# Pounds as old books write them, "l." after the amount: "10,000l. a year", "500l.,", "12,000 l.",
# "200 l. in his Will" ("50l. of water" are liters).
_OLD_POUNDS = re.compile(
    r"(?<![\w.,£$])(?:(?P<l>\d{1,3}(?:,\d{3})+) ?|(?P<l2>[1-9]\d*) ?)l\."
    r"(?(l2)(?!\s+of\b))(?=\s+[a-z]|[,;:)]|\s*$)"
)
# Pounds in "l." and shillings after them, pence perhaps: "1l. 5s.", "3,000l. 10s. 6d."
_L_S_D = re.compile(
    r"(?<![\w.,£$])(?P<l>\d{1,3}(?:,\d{3})+|\d+)l\.\s+(?P<s>\d{1,2})s\b"
    rf"(?:\.?\s+(?P<d>{_PENCE})d\b)?(?:\.(?=\s+[a-z]|,))?"
)
_POUNDS_SHILLINGS = re.compile(
    r"(?<![\w$])£(?P<l>[\d,]+)\.?\s+(?P<and>and\s+)?(?P<s>\d{1,2})s\b"
    rf"(?:\.?\s+(?P<d>{_PENCE})d\b)?(?:\.(?=\s+[a-z]|[,;:)]))?"
)
# Shillings and pence parted by a slash, "3/6", "30/6" (more than a pound's twenty shillings
# only where a year before 1970 dates the text), or shillings alone, "5/-", "25/-", where a
# word of price comes before or a rate after ("cost him 3/6", "2/6 a week"); elsewhere a
# fraction or a date.
_SLASHED = re.compile(
    r"(?<![\w.,/])(?<!\d )(?P<s>[1-9]?\d)/(?:(?P<d>1[01]|[1-9])|(?P<none>-))"
    r"(?![\w/]|[.,]\d|\s+of\b)"
)
_FRACTIONS_DENOMINATORS = frozenset({"2", "3", "4", "8"})
# A unit after the slash makes it a fraction's, whatever the price before: "bought a 1/2 lb.
# of tea", "paid for 3/4 yd." ("cost him 3/6" is three and six). "in" before a word is the
# preposition, unless the word is a measure's ("3/4 in thick"): "cost 2/6 in paper covers";
# so is "in" before a year ("sold the horse for 15/6 in 1921").
_UNIT_AFTER = re.compile(
    r"\s?(?:in(?!\s+(?!(?:of|thick|long|wide|high|deep|across|square|diameter)\b)[a-z]|\s+\d{4}\b)|"
    r"lbs?|oz|pints?|pts?|qts?|quarts?|gals?|gallons?|yds?|yards?|ft|feet|foot|inch|"
    r"inches|miles?|hours?|hrs?|cwt|tons?|bushels?|bu|dozen|doz|acres?|cups?|pounds?|ounces?|"
    r"stone|st)\b"
)
_ARTICLE_AFTER = re.compile(r"\s+an?\b")
# A halving or a third before a word of when a sum is paid is a share of it: "Pay 1/3 now and
# the rest on delivery", "1/4 down", "1/2 in advance" ("paid 1/3 for it" is one and three).
_SHARE_AFTER = re.compile(
    r"\s+(?:now|today|up ?front|down|in advance|at once|immediately|on (?:signing|delivery|"
    r"completion|account|arrival))\b"
)
_RATE_AFTER = re.compile(
    r"\s+(?:a|per|each)\s+(?:week|day|year|month|head|yard|pound|dozen|copy|volume|bottle|"
    r"seat|ticket|night|hundred|ton|gallon|bushel|pair)\b|\s+(?:each|apiece|net)\b"
)


def _pounds(pounds: int) -> str:
    return f"{cardinal(pounds)} {'pound' if pounds == 1 else 'pounds'}"


# One coin or sum between a determiner and a noun qualifies the noun, said as an adjective: "a
# 5l. note" -> "a five pound note", "a 6d. piece" -> "a sixpenny piece", "a 1d. stamp" -> "a
# penny stamp", "his 2s. piece" -> "his two shilling piece".
_DETERMINER_BEFORE = re.compile(
    r"(?:\b(?i:an?|the|this|that|his|her|its|their|our|my|your)|\w's)\s$"
)
_NOUN_AFTER = re.compile(
    r"\.?\s(?!(?:and|or|to|for|from|of|in|on|at|per|each|by|with|is|was|were|are|than|as|a|"
    r"an|the|day|week|month|year|head|yard|pound|dozen|apiece|more|less)\b)[a-z]{3,}\b"
)
# "the 3d. of May", "the 22d. regiment": after "the", pence that an ordinal writes so ("3d",
# "22d") are the old ordinal's (read by the ordinals).
_ORDINAL_PENCE = re.compile(r"(?:\d*[02-9])?[23]")


def _qualifies_a_noun(match: re.Match[str]) -> bool:
    """Whether the amount stands between a determiner and the noun it qualifies (see above)."""
    text, start = match.string, match.start()
    return bool(
        _DETERMINER_BEFORE.search(text, max(0, start - 8), start)
        and _NOUN_AFTER.match(text, match.end() - match.group(0).endswith("."))
    )


# A halfpenny or a farthing after its determiner (perhaps "last", "odd"...) is said without
# its "a": "not a ½d. to his name", "the last ½d.", "every odd ¼d.".
_COIN_DETERMINER_BEFORE = re.compile(
    r"\b(?i:an?|the|this|that|every|each|no|any|another|his|her|its|their|our|my|your)\s"
    r"(?:(?:last|odd|other|single|extra|spare|very|same|only|one|solitary|mere|bare)\s)?$"
)


def _as_adjective(words: str) -> str:
    """ "five pounds" -> "five pound", "sixpence" -> "sixpenny", "one penny" -> "penny", "a
    halfpenny" -> "halfpenny"."""
    if words in ("one penny", "a halfpenny", "a farthing"):
        return words.split()[1]
    if words == "three halfpence":
        return "three-halfpenny"  # "a 1½d. stamp"
    if words.endswith("pence") and " " not in words:
        return words[: -len("pence")] + "penny"
    return words.removesuffix("s") if words.endswith(("pounds", "shillings")) else words


_PARTS_OF_A_PENNY = {"½": "halfpenny", "¼": "farthing", "¾": "three farthings"}
_EIGHTHS = {"⅛": "an eighth", "⅜": "three eighths", "⅝": "five eighths", "⅞": "seven eighths"}


def _old_pence(written: str) -> str:
    """Old pence under a shilling are one word, as they were said: "sixpence", "twopence";
    a half after them is a halfpenny ("4½" -> "fourpence halfpenny"; "1½" -> "three
    halfpence")."""
    whole = written.rstrip("½¼¾⅛⅜⅝⅞")
    if written[len(whole) :] in _EIGHTHS:  # "6⅝d." -> "six and five eighths pence"
        return f"{cardinal(int(whole))} and {_EIGHTHS[written[len(whole) :]]} pence"
    part = _PARTS_OF_A_PENNY.get(written[len(whole) :], "")
    if not whole:
        return "a " + part if part in ("halfpenny", "farthing") else part
    if written == "1½":
        return "three halfpence"  # "1½d.", as it was said; "a penny halfpenny" was rarer
    pence = int(whole)
    words = "one penny" if pence == 1 else f"{cardinal(pence)}pence"
    words = words if pence < 12 else f"{cardinal(pence)} pence"
    return f"{words} {part}" if part else words


def _say_old_pounds(match: re.Match[str]) -> str:
    """ "10,000l. a year" -> "ten thousand pounds a year"; the period may end the text."""
    words = _pounds(int((match["l"] or match["l2"]).replace(",", "")))
    if _qualifies_a_noun(match):
        return _as_adjective(words)  # "a 5l. note"
    return words + ("." if match.string[match.end() :].strip() == "" else "")


def _say_old_money(match: re.Match[str]) -> str:
    groups = match.groupdict()
    if groups.get("pence") and not _priced_pence(match):
        return match.group(0)  # "The offer ends in 3d.": days, not pence
    if groups.get("pence") and _an_old_ordinal(match):
        return match.group(0)
    pounds = int(groups["l"].replace(",", "")) if groups.get("l") else None
    shillings = int(groups["s"]) if groups.get("s") else None
    pence = groups.get("d") or groups.get("pence")
    parts = []
    # Accounts write a naught in each column: "£0 10s. 6d." has no pounds to say, "£1 0s. 6d."
    # no shillings, "£1. 5s. 0d." no pence.
    if pounds is not None and (pounds or not (shillings or pence)):
        parts.append(_pounds(pounds))
    if shillings is not None and (shillings or not (parts or pence)):
        parts.append(f"{cardinal(shillings)} {'shilling' if shillings == 1 else 'shillings'}")
    if pence and (pence != "0" or not parts):
        if parts:  # "two shillings and sixpence"
            parts.append("and")
        parts.append(_old_pence(pence))
    if groups.get("and") and pounds and len(parts) > 1:  # "£3 and 5s." -> "... and five"
        parts.insert(1, "and")
    if len(parts) == 1 and _qualifies_a_noun(match):
        return _as_adjective(parts[0])  # "a 6d. piece" -> "a sixpenny piece"
    said, start = " ".join(parts), match.start()
    if said in ("a halfpenny", "a farthing") and _COIN_DETERMINER_BEFORE.search(
        match.string, max(0, start - 24), start
    ):
        said = said[2:]  # "not a ½d. to his name" -> "not a halfpenny to his name"
    # A period taken from the end of the text also ended the sentence ("a loaf was 1½d.").
    ahead = match.string[match.end() :].strip()
    ended = match.group(0).endswith(".") and (not ahead or ahead[0].isupper())
    return said + ("." if ended else "")


def _an_old_ordinal(match: re.Match[str]) -> bool:
    """Whether pence after "the" are an old ordinal's "d" ("the 3d. of May", see above)."""
    text, start = match.string, match.start()
    return text.endswith("the ", 0, start) and _ORDINAL_PENCE.fullmatch(match["pence"]) is not None


def _priced_pence(match: re.Match[str]) -> bool:
    """Whether pence alone ending a sentence are pence: a half's ("1½d."), or after a word
    of price or other old money ("It cost 2d.", "Price 2d. Published every Saturday", "from
    6d. to 8d."); before a word or a comma they are ("6d. a day")."""
    text, start, end = match.string, match.start(), match.end()
    ahead = text[end:].strip(' "”’)')
    if not ahead or ahead[0].isupper() or match["pence"][-1] in "½¼¾⅛⅜⅝⅞":
        before = text[max(0, start - 30) : start]
        sentence = SENTENCE_END.split(text[max(0, start - 100) : start])[-1]
        return bool(
            match["pence"][-1] in "½¼¾⅛⅜⅝⅞"
            or PRICE_BEFORE.search(before)
            # "ale cost 1d., and a dinner 6d.", "the waiter a sixpence and the porter 2d."
            or OLD_MONEY_IN.search(sentence)
            or AT_OR_FOR_BEFORE.search(before)
        )
    return True


def _say_slashed(match: re.Match[str]) -> str:
    text, start = match.string, match.start()
    if OUT_OF_AFTER.match(text, match.end()) or RATING_BEFORE.search(
        text, max(0, start - 12), start
    ):
        return match.group(0)  # "gave it 4/5 stars", "Rating: 4/5": a score, read by fractions
    # A rate after a halving or a quartering is a fraction's ("1/2 a day"); a price before is not.
    if match["d"] in _FRACTIONS_DENOMINATORS and _ARTICLE_AFTER.match(text, match.end()):
        return match.group(0)  # "gave him 1/2 a crown": half a crown
    if not match["none"] and _UNIT_AFTER.match(text, match.end()):
        return match.group(0)  # "5/-" is no fraction, whatever follows
    if match["d"] in _FRACTIONS_DENOMINATORS and _SHARE_AFTER.match(text, match.end()):
        return match.group(0)
    rate = match["d"] not in _FRACTIONS_DENOMINATORS and _RATE_AFTER.match(text, match.end())
    if not (
        rate
        or match["none"]  # "1/-": shillings and no pence, no fraction's shape
        or _SHILLINGS_LATER.match(text, match.end())
        or (
            match["d"] not in _FRACTIONS_DENOMINATORS
            and _PRICE_NOUN_BEFORE.search(text, max(0, start - 24), start)
        )
        or PRICE_BEFORE.search(text, max(0, start - 24), start)
        or (
            int(match["s"]) >= 2
            and match["d"] not in _FRACTIONS_DENOMINATORS
            and _PRICE_FURTHER_BEFORE.search(text, max(0, start - 50), start)
        )
        or _SHILLINGS_BEFORE.search(text, max(0, start - 40), start)
        or _bought_for_in_old_times(match)
    ):
        return match.group(0)
    shillings = int(match["s"])
    if shillings >= 20 and not match["none"] and not _YEAR_BEFORE_DECIMAL.search(text):
        return match.group(0)  # "30/6" where no year dates the text may be June's 30th
    if match["none"]:
        one = shillings == 1 or _qualifies_a_noun(match)  # "a 5/- note": a five shilling note
        return f"{cardinal(shillings)} {'shilling' if one else 'shillings'}"
    return f"{cardinal(shillings)} and {cardinal(int(match['d']))}"  # "three and six"


# "for" before shillings and pence, where a year before decimal money dates the text: "In 1890
# he bought a hat for 12/6", "sold the horse for 15/6 in 1921" ("set for 12/6" with no such
# year is a date, read by dates; "for 1/2 hour" a fraction).
_FOR_BEFORE = re.compile(r"\bfor\s$")
_YEAR_BEFORE_DECIMAL = re.compile(r"(?<![\w.,/])1(?:[6-8]\d\d|9[0-6]\d)(?![\w/]|[.,]\d)")


def _bought_for_in_old_times(match: re.Match[str]) -> bool:
    """Whether "for 12/6" is a price in shillings and pence: a year before 1970 in the text."""
    start = match.start()
    return (
        match["d"] not in _FRACTIONS_DENOMINATORS
        and _FOR_BEFORE.search(match.string, max(0, start - 4), start) is not None
        and _YEAR_BEFORE_DECIMAL.search(match.string) is not None
    )


# Old money said earlier in the clause: "paid 15/- for the boots and 7/6 for the hat", "5s.
# for the saddle and 3/6 for the bridle".
# A price's noun before: "The tickets were 2/6", "Admission 1/6" ("the seats were 2/3 full").
_PRICE_NOUN_BEFORE = re.compile(
    r"(?i:\b(?:tickets?|admission|seats|subscription|fees?))\s+(?:\w+\s+){0,2}$"
)
# Shillings written "1/-" later in the clause: "The tickets were 2/6 and 1/-"; or other old
# money later in the sentence: "The fare was 2/6, and the porter expected 6d.".
_SHILLINGS_LATER = re.compile(
    r"[^.;:!?/]{1,30}?(?<![\w.,/])\d{1,2}/-|[^;:!?]{1,80}?(?<![\w.,])(?:\d{1,3}[sd]\.|£\d)"
)
# A word of price further before a slash no fraction is written with: "The cab fare from the
# station was 2/6" (not "5/6": five sixths).
_PRICE_FURTHER_BEFORE = re.compile(
    r"(?i:\b(?:cost|price|fare|rent|wages?|charge))\s+(?:[\w,]+\s+){0,5}$"
)
_SHILLINGS_BEFORE = re.compile(
    r"(?:\d/-|\d ?[sd]\.|£\d|\bshillings?\b|\bpence\b)(?:[^.;:!?]|\.(?!\s+[A-Z]))*$"
)


# Shillings and pence set apart from their figures, as printers of the 17th and 18th centuries
# set them: "Paid for the Boat 7 s. 6 d. and for Victuals 2 s." -> "seven shillings and sixpence
# ... two shillings"; one alone only after a word of price or other old money ("after 10 s. the
# gas was shut off" are seconds).
_SPACED_S_D = re.compile(
    rf"(?<![\w.,])(?:(?P<s>\d{{1,3}}) s\.(?: (?P<d>{_PENCE}) d\.)?|(?P<pence>{_PENCE}) d\.)"
    r"(?=\s|$|[,;:)\"”’])"
)


def _say_spaced(match: re.Match[str]) -> str:
    text, start = match.string, match.start()
    before = text[max(0, start - 40) : start]
    if match["d"] or (
        PRICE_BEFORE.search(before)
        or AT_OR_FOR_BEFORE.search(before)
        or _SHILLINGS_BEFORE.search(before)
        or before.endswith(("£", "l. "))
    ):
        return _say_old_money(match)
    return match.group(0)


# A halfpenny written with a slash: "1/2d." -> "½d.", "2 1/2d." -> "2½d.", read as pence.
_SLASHED_HALFPENNY = re.compile(r"(?<![\w.,/])(?:(?P<whole>\d{1,2})[ -])?1/2d\b")


def write_slashed_halfpence(text: str) -> str:
    """Write a halfpenny's slashed half as its character, for the pence: "1/2d." -> "½d."."""
    return _SLASHED_HALFPENNY.sub(lambda m: f"{m['whole'] or ''}½d", text)


def read_old_money(text: str) -> str:
    """Read old British money: "£3 10s. 6d." -> "three pounds ten shillings and sixpence",
    "10,000l." -> "ten thousand pounds", "cost 3/6" -> "cost three and six"."""
    if "£" in text:
        if ":" in text:  # "£3 : 10 : 6", as accounts print pounds, shillings and pence
            text = write_colon_sums(text)
        text = _POUNDS_SHILLINGS.sub(_say_old_money, text)
    if _SHILLINGS_HINT.search(text):
        if "l. " in text:
            text = _L_S_D.sub(_say_old_money, text)
        text = _SHILLINGS.sub(_say_old_money, text)
        if " s." in text or " d." in text:
            text = _SPACED_S_D.sub(_say_spaced, text)
        if "l." in text:
            text = _OLD_POUNDS.sub(_say_old_pounds, text)
    if "/" in text:
        text = _SLASHED.sub(_say_slashed, text)
    if " fr" in text or " g" in text:
        text = read_short_coins(text)
    if "s." in text:
        text = SHILLINGS_ENDING.sub(_say_shillings_ending, text)
    return text


def _say_shillings_ending(match: re.Match[str]) -> str:
    """Shillings ending a sentence: "He paid 5s. The rest ..." -> "five shillings."."""
    if not ends_in_shillings(match.string, match.start()):
        return match.group(0)
    return _say_old_money(match)
