"""Amounts of money: the currency is said after the number, as it is heard.

- "$3.5bn" -> "three point five billion dollars"; "$40m" -> "forty million dollars"
- "€75" -> "seventy-five euros"; "£1" -> "one pound"; "¥500" -> "five hundred yen"
- "$2.50" -> "two dollars fifty cents"; "$0.99" -> "ninety-nine cents"
- "$5-10" -> "five to ten dollars"; "$1,200/month" -> "... dollars per month"
- "-$5", "$-5" -> "minus five dollars"; "$10-million", "a $50-million deal" -> "ten million
  dollars", "a fifty million dollar deal" (a scale hyphened to the amount); "US $2", "¥ 1,000",
  "NZ$ 10": a space between the currency and the amount
- "$1.2 billion-$1.5 billion" -> "one point two billion to one point five billion dollars"
- "a $5 bill", "a $2 million contract": before the noun it qualifies, the currency is singular
- "20 €" and "20€" -> "twenty euros" (the sign after the amount, as in Europe); "50¢" ->
  "fifty cents"
- "USD 5 million", "5 million USD", "EUR 20", "Rs. 500": a currency code reads as its name
- "1.5M users", "10M views" -> "one point five million users"...: a capital "M" or "B" glued
  to a count of things is a scale, as for money
- "£3 10s. 6d.", "10,000l. a year", "cost him 3/6": old British money, read by `old_money`
- "99p", "a 20p coin" -> "ninety-nine pence"...; "100k people" -> "one hundred thousand people"
- "the $5 billion deal", "a £5m-a-year deal": singular before the noun or in a rate's compound
- "$5 mil", "$2 bil" -> "five million dollars", "two billion dollars"; "₹2.5 lakh crore" ->
  "two point five lakh crore rupees"; "Rs 12,000-cr", "a Rs 2,500-crore scheme" -> "twelve
  thousand crore rupees", "a two thousand five hundred crore rupee scheme"
- "3 bn euros" -> "three billion euros": "bn", "mn", "mln" and "tn" are scale words wherever
  they follow a number ("m" and "t" only after a currency: they are meters and tonnes)
"""

from __future__ import annotations

import re

from narrator.spoken.en.amount_nouns import before_a_noun, in_a_rate_compound, sizes_a_noun
from narrator.spoken.en.context import HAS_DIGIT, NUM, span_joint, stop_after
from narrator.spoken.en.fractions import say_fraction
from narrator.spoken.en.market_ranges import write_at_ranges
from narrator.spoken.en.numbers import cardinal, decimal, write_thousands_k
from narrator.spoken.en.old_money import read_old_money, write_slashed_halfpence
from narrator.spoken.en.price_units import read_glued_cents, read_price_units
from narrator.spoken.en.unit_names import UNITS, per_name
from narrator.spoken.tables import read_mapping, read_table

# symbol -> (one, many, one hundredth, many hundredths)
_CURRENCIES = {row[0]: (row[1], row[2], row[3], row[4]) for row in read_table("en", "currencies")}
_SCALES = read_mapping("en", "scales")
# The currencies of the table, longest first ("US$" before "$"); the signs of one character
# may also follow the amount ("20 €", "500₦").
_CUR = "(?:" + "|".join(re.escape(c) for c in sorted(_CURRENCIES, key=lambda c: (-len(c), c))) + ")"
_SIGNS = "".join(sorted(c for c in _CURRENCIES if len(c) == 1 and c != "$")) + "¢"
# Only text with "$", a character past ASCII or a code of letters holds a currency (asked first).
_LETTER_CODES = re.compile("|".join(rf"{c}(?<![\w$]{c})" for c in _CURRENCIES if c.isalpha()))
_SCALE = (
    r"(?:thousand|million|billion|trillion|crore|lakh crore|lakh|mill?|bil|tril|trn|mln|mn|bn|tn|"
    r"cr|[kKmMbBtT])"
)
# A percentage after a price is its change, no end of a range: "$78.40 -1.1%".
_MONEY = re.compile(
    rf"(?<![\w$])(?P<cur>{_CUR})\s?(?P<minus>-)?(?P<amt>{NUM})"
    rf"(?:(?:\s?(?P<scale1>{_SCALE}))?\s?(?:[-–]|to)\s?(?P<cur2>{_CUR})?(?P<amt2>{NUM})(?![\d.,]*\s?%)"
    rf"(?(scale1)(?=\s?{_SCALE}(?![\w-]))))?"
    rf"(?:(?:\s?|-(?=thousand|[mbt]illion|crore|lakh|cr\b))(?P<scale>{_SCALE})(?!\w)(?!-(?!an?-|plus\b|worth\b)))?"
    r"(?:\s?/\s?(?P<per>[a-z]+)\b(?:\.(?=[,;:)]|\s+[a-z]))?)?"  # "/mo., no pets": its stop
)


def _say_amount(amount: str, names: tuple[str, str, str, str]) -> str:
    """Read "2.50" dollars as "two dollars fifty cents"; more decimals read as "point"."""
    whole, _, fraction = amount.replace(",", "").partition(".")
    one, many, cent, cents = names
    fraction = fraction[:2] + fraction[2:].rstrip("0")
    if len(fraction) > 2 or (fraction and not cent):
        return f"{decimal(amount)} {many}"
    units = int(whole or "0")
    hundredths = int(fraction.ljust(2, "0")) if fraction else 0
    parts = []
    if units or not hundredths:
        parts.append(f"{cardinal(units)} {one if units == 1 else many}")
    if hundredths:
        parts.append(f"{cardinal(hundredths)} {cent if hundredths == 1 else cents}")
    return " ".join(parts)


# An amount with a fraction: "$1 1/2" -> "one and a half dollars".
_FRACTION_MONEY = re.compile(
    rf"(?<![\w$])(?P<cur>{_CUR})(?P<amt>(?:\d+\s)?\d+/\d+)(?![\w/]|[.,]\d)"
)


# Cents and a part of a cent, as old price lists and accounts write them: "$28.12½" (or 1/2) ->
# "twenty-eight dollars twelve and a half cents".
_CENTS_AND_PART = re.compile(
    rf"(?<![\w$])(?P<cur>{_CUR})(?P<amt>{NUM}\.\d\d)(?P<part>[½¼¾]|\s1/2\b)"
)
_CENT_PARTS = {"½": "a half", "¼": "a quarter", "¾": "three quarters", " 1/2": "a half"}


def _say_cents_and_part(match: re.Match[str]) -> str:
    names = _CURRENCIES[match["cur"]]
    if not names[3]:
        return match.group(0)
    words, part = _say_amount(match["amt"], names), _CENT_PARTS[match["part"]]
    if match["amt"].endswith(".00"):
        return f"{words} and {part} {names[2]}"  # "$10.00½": "ten dollars and a half cent"
    cents = f" {names[3]}" if words.endswith(f" {names[3]}") else f" {names[2]}"
    return f"{words.removesuffix(cents)} and {part} {names[3]}"


def _say_fraction_money(match: re.Match[str]) -> str:
    return f"{say_fraction(match['amt'])} {_CURRENCIES[match['cur']][1]}"


def _say_money(match: re.Match[str]) -> str:
    names = _CURRENCIES[match["cur"]]
    if match["amt2"] and not match["scale"]:
        words = _say_range(match, names)
    else:
        words = _say_scaled(match, names) if match["scale"] else _say_amount(match["amt"], names)
        if not match["per"] and words.endswith(names[1]) and sizes_a_noun(match):
            words = _singular(words, names)
    if match["per"]:
        words += " per " + per_name(match["per"])
    return ("minus " if match["minus"] else "") + words


def _say_scaled(match: re.Match[str], names: tuple[str, str, str, str]) -> str:
    """Read a scaled amount or range: "$1.2bn-$1.5bn" -> "one point two billion to one point
    five billion dollars", the currency once after the last scale."""
    amounts = [decimal(a) for a in (match["amt"], match["amt2"]) if a]
    if match["scale1"]:  # "$1.2bn-$1.5bn": each end has its scale
        amounts[0] += " " + _SCALES[match["scale1"]]
    return span_joint(match).join(amounts) + f" {_SCALES[match['scale']]} {names[1]}"


def _singular(words: str, names: tuple[str, str, str, str]) -> str:
    """ "five dollars" -> "five dollar", as "a $5 bill" says it."""
    return words.removesuffix(names[1]) + names[0]


def _say_range(match: re.Match[str], names: tuple[str, str, str, str]) -> str:
    """Read a range of amounts: "$25-$40" -> "twenty-five dollars to forty dollars", as written
    and as the references read it; the currency once where it is written once ("USD 10-200")
    or the range sizes a noun, whole ends joined by a dash ("a $20-$35 ticket price" -> "a
    twenty to thirty-five dollar ticket")."""
    low, high = match["amt"], match["amt2"]
    whole = _WHOLE.fullmatch(low) and _WHOLE.fullmatch(high) and "to" not in match.group(0)
    sizes_noun = whole and before_a_noun(match)
    if not whole or not (sizes_noun or match.group(0).count(match["cur"]) == 1):
        return span_joint(match).join(_say_amount(a, names) for a in (low, high))
    high_words = _say_amount(high, names)
    sizes_noun = sizes_noun or in_a_rate_compound(match)  # "a $20-$35-a-day job"
    if not match["per"] and sizes_noun and high_words.endswith(names[1]):
        high_words = _singular(high_words, names)
    low_words = cardinal(int(low.partition(".")[0].replace(",", "")))
    return low_words + span_joint(match) + high_words


_WHOLE = re.compile(r"[\d,]+(?:\.0+)?")


# A currency code or symbol written after the amount: "20 €", "5 million USD", "50¢".
_CODES = read_mapping("en", "currency_codes")
_CODE = "|".join(re.escape(code) for code in sorted(_CODES, key=len, reverse=True))
# A dollar sign after an amount is its currency ("5 $", "100$") unless an amount follows it:
# "5 $10 bills" are five bills.
_SIGN_AFTER = re.compile(
    rf"(?<![\w$.,])(?P<amt>{NUM})(?:\s?(?P<scale>{_SCALE})\b)?\s?(?P<cur>[{_SIGNS}]|"
    rf"\$(?!\s?\d)|(?:{_CODE})(?![\w$]))(?:(?<=dols)\.(?=\s+[a-z]|[,;:]))?"
    r"(?:/(?P<per>[a-z]+)\b(?!/)(?:\.(?=[,;:)]|\s+[a-z]))?)?"  # "50 €/month", "/mo. with"
)
_CODE_HINT = re.compile(_CODE)
_CODE_BEFORE = re.compile(rf"(?<![\w$])(?P<code>{_CODE})\s?(?=\d)")
# A sign after an amount (a dollar's too), or a "p" or a "k" right after a digit ("99p", "100k").
_SIGN_AFTER_HINT = re.compile(rf"[{_SIGNS}$pkK](?:(?<=\d[pkK])(?![\w'-])|(?<=[{_SIGNS}$]))")
_YEAR = re.compile(r"1\d{3}|20\d\d")
_YEAR_WORD = re.compile(r"(?i:\b(?:in|since|by|from|until|during|of))\s+$")
_BARE_SCALE = re.compile(rf"(?<![\w.,])(?P<amt>{NUM})\s?(?P<scale>bn|mn|mln|tn)\b")
# A unit written short after the scale is read by `measures`, which needs the digits: "3bn cu
# m of water" -> "3 billion cu m" -> "three billion cubic meters" ("in" is the preposition).
_SHORT_UNIT_AFTER = re.compile(r"\s(?:(?:cu|sq)\.?\s|(?P<unit>[A-Za-z]{2,}\b)(?!['’-]))")
# A capital "M" or "B" glued to a count of things is millions: "1.5M users", "220M iPhones",
# "power to 1M customers"; not a single digit before "B" ("2B pencils") nor "3M" (a company), but
# after a verb or a word of counting ("sold 5M copies", "more than 2B people"); or before a unit
# written short ("3.2M bu.", "1.5M bbl.", "2M sq. ft").
_CAPITAL_SCALE = re.compile(
    r"(?<![\w.,$£€¥])(?P<amt>\d{1,3}\.\d{1,2}|\d\d{1,2}|[124-9](?=M)"
    r"|(?:(?<=sold )|(?<=than )|(?<=[Oo]ver )"
    r"|(?<=[Nn]early )|(?<=[Aa]lmost )|(?<=[Aa]bout )|(?<=[Aa]round )|(?<=[Ss]ome )"
    r"|(?<=[Rr]oughly )|(?<=reached )|(?<=topped )|(?<=has )|(?<=had ))\d)"
    r"(?P<scale>[MB])"
    r"(?=(?P<unit>\s+(?:bu|bbls?|lbs?|oz|tons?|gal|(?:sq|cu)\.? (?:ft|yd|mi|m|km))\b)"
    r"|\s+(?:[a-z]{2,}(?:-[a-z]+)?s|[a-z][A-Z][a-z]+s|people|children|men|women)\b)"
)
# A room, seat or gate named by its number and letter: "Room 12B was empty", "Gate 22B opens".
_PLACE_BEFORE = re.compile(r"\b(?:Room|Apt\.?|Apartment|Flat|Suite|Unit|Seat|Row|Gate|Platform) $")


def _say_capital_scale(match: re.Match[str]) -> str:
    text, start = match.string, match.start()
    if _PLACE_BEFORE.search(text, max(0, start - 12), start):
        return match.group(0)
    if match["unit"]:  # "3.2M bu." -> "3.2 million bu.", the measures' to read
        return f"{match['amt']} {_SCALES[match['scale']]}"
    return f"{decimal(match['amt'])} {_SCALES[match['scale']]}"


def _names_year(match: re.Match[str]) -> bool:
    """Whether the amount before a currency code is a year: "in 2020 USD was strong"."""
    before = match.string[max(0, match.start() - 8) : match.start()]
    return (
        not match["scale"]
        and _YEAR.fullmatch(match["amt"]) is not None
        and _YEAR_WORD.search(before) is not None
    )


# Before a number and "Rs", words that make "Rs" the letter counted or a model's plural: "the
# 3 Rs" (reading, writing, arithmetic: one digit after "the"), "15 IL 28 Rs"; "the 500 Rs
# note" is rupees.
_COUNTED_LETTERS_BEFORE = re.compile(
    r"(?:\b(?:the|The|THE)\s(?=\d\s?Rs)|\b[A-Z]{2,}\s|\b[A-Z][a-z]?\s)(?=[\d\s]+Rs)"
)


def _say_sign_after(match: re.Match[str]) -> str:
    words = _say_sign_after_plural(match)
    if words == match.group(0):
        return words
    if match["per"]:
        return f"{words} per {per_name(match['per'])}"
    if match["cur"] == "¢" and words.endswith(" cents") and before_a_noun(match):
        return words.removesuffix("s")  # "a 25¢ stamp": "a twenty-five cent stamp"
    names = _CURRENCIES.get(_CODES.get(match["cur"], match["cur"]))
    if names and words.endswith(f" {names[1]}") and sizes_a_noun(match):
        return _singular(words, names)  # "a 20 € note": "a twenty euro note", as "a €20 note"
    return words


def _say_sign_after_plural(match: re.Match[str]) -> str:
    if match["cur"] == "¢":
        return _say_amount(match["amt"], ("cent", "cents", "", ""))
    if match["cur"] in _CODES and _names_year(match):
        return match.group(0)  # "in 2020 USD was strong": a year before a code
    before = match.string[max(0, match.start() - 12) : match.end()]
    if match["cur"].startswith("Rs") and _COUNTED_LETTERS_BEFORE.search(before):
        return match.group(0)  # "the 3 Rs", "15 IL 28 Rs": letters counted, no rupees
    names = _CURRENCIES[_CODES.get(match["cur"], match["cur"])]
    if match["scale"]:
        return f"{decimal(match['amt'])} {_SCALES[match['scale']]} {names[1]}"
    return _say_amount(match["amt"], names)


# Pence written after the amount: "99p", "a 20p coin", a share price "rose 3p to 245p", a
# price per unit "52.95p a litre" ("the
# 2p orbital" is no coin, "720p" and "1080p" are a video's lines, no price).
_PENCE = re.compile(
    r"(?<![\w.,£$€-])(?!(?:144|240|360|480|576|720|1080|1440|2160|4320)p)(?P<amt>[1-9]\d{0,3}|[1-9]\d?,\d{3}|\d{1,3}\.\d{1,2})p(?![\w'-]|\.\w|\s(?:orbitals?|electrons?|shells?|"
    r"states?|subshells?)\b)"
)


def _say_pence(match: re.Match[str]) -> str:
    """ "99p" -> "ninety-nine pence"; a price per unit has tenths: "52.95p a litre"."""
    return f"{decimal(match['amt'])} {'penny' if match['amt'] == '1' else 'pence'}"


# A country's letters parted from its dollar sign: "US $2", "NZ $10" (not "A $5 bill": an
# article, nor "C" or "S", which are letters more often than countries).
_SPACED_PREFIX = re.compile(r"(?<![\w$])(US|NZ|HK) \$(?=\d)")
# The country's letters after the dollar sign, as Australian and New Zealand papers write
# them: "$US1.5 billion", "$NZ 20" -> "US$1.5 billion" ("$A5" may be a spreadsheet's cell).
_COUNTRY_AFTER_SIGN = re.compile(r"(?<![\w$])\$(US|NZ|HK|AU)\s?(?=\d)")


# A dollar sign that a code after the amount names again: "$5 USD" -> "5 USD", "five US
# dollars"; a cent sign written before its number, as price tags do: "¢99" -> "99¢".
_SIGN_AND_CODE = re.compile(rf"(?<![\w$])\$(?={NUM}(?:\s?{_SCALE})?\s?USD\b)")
_CENT_SIGN_BEFORE = re.compile(r"(?<![\w¢])¢(?P<amt>\d{1,3})(?!\d|[.,]\d)")


# A minus sign before an amount's currency, with no word or number before it: "-$5".
_SIGN_BEFORE = re.compile(rf"(?<![\w$.,-])-(?={_CUR}\d)")


# "min" and "max" after an amount are its bounds, not minutes: "$15 min" -> "... minimum".
_MIN_OR_MAX = re.compile(
    rf"(?<![\w$])(?P<amount>{_CUR}\s?{NUM}(?:\s?{_SCALE})?)\s(?P<word>min|max)\b"
    r"(?:\.(?=\s+[a-z]|[,;:)]))?(?!['\w-])"
)
_BOUNDS = {"min": "minimum", "max": "maximum"}


def read_money(text: str) -> str:
    """Read amounts of money: "$40m" -> "forty million dollars", "€75" -> "seventy-five euros".

    The currency symbol is said after the number, as it is heard; "k/m/bn/tn" are scale
    words; cents are read as cents ("$2.50" -> "two dollars fifty cents").
    """
    # Patterns that start with a digit are tried at every position: each waits for a
    # quick look at the characters it needs.
    codes = _CODE_HINT.search(text) is not None
    if " $" in text:
        text = _SPACED_PREFIX.sub(r"\1$", text)
    if "$US" in text or "$NZ" in text or "$HK" in text or "$AU" in text:
        text = _COUNTRY_AFTER_SIGN.sub(r"\1$", text)
    text = write_at_ranges(text)
    if codes and "$" in text:
        text = _SIGN_AND_CODE.sub("", text)
    if "¢" in text:
        text = _CENT_SIGN_BEFORE.sub(r"\g<amt>¢", text)
    if codes:
        text = _CODE_BEFORE.sub(lambda m: _CODES[m["code"]], text)
    if "/" in text:
        text = _FRACTION_MONEY.sub(_say_fraction_money, write_slashed_halfpence(text))
    text = read_old_money(text)
    if "½" in text or "¼" in text or "¾" in text or " 1/2" in text:  # "$28.12 1/2"
        text = _CENTS_AND_PART.sub(_say_cents_and_part, text)
    money = "$" in text or not text.isascii() or _LETTER_CODES.search(text) is not None
    if "-" in text and money:
        text = _SIGN_BEFORE.sub("minus ", text)
    if " min" in text or " max" in text:
        text = _MIN_OR_MAX.sub(lambda m: f"{m['amount']} {_BOUNDS[m['word']]}", text)
    if money:
        text = _MONEY.sub(_say_money, text)
    if codes or _SIGN_AFTER_HINT.search(text):
        text = _SIGN_AFTER.sub(_say_sign_after, text)
        # "99p", "100k people" (a scale without a currency, as "5bn"); one scan finds both
        text = write_thousands_k(_PENCE.sub(_say_pence, text))
    text = read_price_units(read_glued_cents(text))
    if " p.a." in text or " pcm" in text or " pw" in text or " p.w." in text:
        text = _PER_ANNUM.sub(
            lambda m: f" per {_PERIODS[m['per'].rstrip('.')]}" + stop_after(m), text
        )
    if "bn" in text or "mn" in text or "mln" in text or "tn" in text:
        text = _BARE_SCALE.sub(_say_bare_scale, text)
    if "M " in text or "B " in text:
        text = _CAPITAL_SCALE.sub(_say_capital_scale, text)
    return text


def _say_bare_scale(match: re.Match[str]) -> str:
    scale = _SCALES[match["scale"]]
    unit = _SHORT_UNIT_AFTER.match(match.string, match.end())
    if unit and (unit["unit"] is None or (unit["unit"] in UNITS and unit["unit"] != "in")):
        return f"{match['amt']} {scale}"  # "3bn cu m": the unit's, read by `measures`
    return f"{decimal(match['amt'])} {scale}"


# A yearly sum: "a salary of £300 p.a.", "$40,000 p.a." -> "per annum" ("5% p.a." is read by
# percentages; "P.A." elsewhere is an address system or an assistant); a rent by the month or
# the week, as British listings write it: "£1,200 pcm" -> "per calendar month", "£300 pw".
_PER_ANNUM = re.compile(
    r"(?:(?<=pounds)|(?<=pound)|(?<=dollars)|(?<=euros)|(?<=guineas)|(?<=shillings)|"
    r"(?<=francs)|(?<=rupees)|(?<=million)|(?<=billion)|(?<=thousand))"
    r" (?P<per>p\.a\.|pcm\.?|pw\.?|p\.w\.)(?![\w.])"
)
_PERIODS = {"p.a": "annum", "pcm": "calendar month", "pw": "week", "p.w": "week"}

HINT = HAS_DIGIT
