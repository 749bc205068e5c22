"""Phone numbers and IP addresses, read digit by digit in their groups.

- "555-123-4567" -> "five five five, one two three, four five six seven"; likewise
  "(555) 123-4567" and "(555)-123-4567"
- "+44 207-946-0958" -> "plus four four, two zero seven, nine four six, zero nine five eight"
- "1-800-273-8255", "1 800 273 8255", "1.800.273.8255" -> "one, eight hundred, two seven
  three, eight two five five"; "1-800-FLOWERS", "1 888 MY TAXES" -> "one, eight hundred,
  FLOWERS", "one, eight eight eight, MY TAXES"; "1-123-123-5678" and "1 (800) 123-4567" with
  the trunk "one"; "... ext. 12", ", ext. 12", "x12" -> "extension one two"
- "+1 212 555 0100", "+33 1 23 45 67 89", "+44 (0)20 7946 0958": after a "+", every group;
  so after the "00" dialled out instead: "0044 20 7946 0958" -> "zero zero four four, two
  zero, ..."
- "020 7946 0958", "212 555 0100": spaced groups a trunk "0" starts, or in the American 3-3-4;
  "020-7946-0018", "0161-496-0000": hyphenated groups a trunk "0" starts;
  "07700 900123", a British mobile
- "call 555-0143", "tel. 555 0199", "Call the office on 555 1212", "the hotline number is 555
  0199": seven digits where a word of calling, up to five words before, says they are a
  number, or where they cannot be a range ("555-0143" alone, "555-0100" with its leading zero,
  "555-0100 x 45" with an extension; but "100-1000" and "from 123-4567" are ranges)
- "Ring me at Whitehall 1212", "Tel. Gerrard 4321" -> "... Whitehall one two one two": a
  number at a named exchange after a word of telephoning
- "192.168.0.1" -> "one nine two dot one six eight dot zero dot one"
- "1234-5678-9012-3456", "4111 1111 1111 1111": a card's number, its four groups
- "ISBN 978-3-16-148410-0" -> "ISBN nine seven eight, three, one six, one four eight four one
  zero, zero"; "ISSN 0317-8471": a book's or a journal's number, digit by digit in its groups
  (a last "X" is a letter)
"""

from __future__ import annotations

import re
from itertools import pairwise

from narrator.spoken.en.numbers import digits
from narrator.spoken.rules import any_of

_PHONE = re.compile(
    r"(?<![\w.+-])(?:\+(?P<country>\d{1,3})[\s.-]?|(?P<trunk>1)[\s.-]?(?=\(|\d{3}[-.]))?"
    r"(?P<groups>\(\d{3}\)[-\s]?\d{3}[-.\s]\d{4}|\d{3}([-.])\d{2,3}\4\d{4})"
    r"(?:-(?P<ext>\d{1,5})|(?:,?\s?(?:ext\.?|extension)|\s?x)\s?(?P<ext2>\d{1,5}))?(?![\w-])"
)
_GROUP = r"\(?\d{1,5}\)?"
# A card's number, four groups of four digits: "1234-5678-9012-3456", "4111 1111 1111 1111".
_CARD = re.compile(r"(?<![\w.,+-])\d{4}([-\s])\d{4}\1\d{4}\1\d{4}(?![\w.,-]?\d)")
_SPACED = re.compile(
    rf"(?<![\w.,+-])(?P<num>\+\d{{1,3}}(?:[\s-]{_GROUP}|\s?\(\d{{1,5}}\))(?:[\s.-]?{_GROUP}){{1,5}}"
    # "0044 20 7946 0958": the country's code after the "00" dialled out, as "+" stands for
    rf"|00[1-9]\d{{0,2}}(?:[\s-]{_GROUP}){{2,5}}"
    r"|\(?0\d{1,4}\)?(?:\s\d{3,4}){2}|0\d{2,4}-\d{3,4}-\d{4}|0\d{4}\s\d{6}|\d{3} \d{3} \d{4})"
    r"(?![\w.,-]?\d)"
    # its extension, dotted or not: "+1 555 123 4567 ext 9", "+44 20 7946 0000 x12"
    r"(?:(?:,?\s?(?:ext\.?|extension)|\s?x)\s?(?P<ext>\d{1,5})\b)?"
)
# Seven digits as 3-4 with no word of calling are a local number where they cannot be a
# range: "555-0143", "555-1234", not "100-1000" or "250-1500" (round ends), "(476-1453)" (an
# end that can be a year, where years are written) or "from 123-4567".
_SEVEN = re.compile(
    r"(?<![\w.,+-])(?P<a>[1-9]\d\d)-(?P<b>\d{4})(?![\w-]|[.,]\d)"
    r"(?:(?:,?\s?(?:ext\.?|extension)|\s?x)\s?(?P<ext>\d{1,5})\b)?"
)
_RANGE_WORD = re.compile(r"(?i:\b(?:from|between|pages?|pp?\.?|of|about|some|over))\s+$")
# Where 3-4 digits ending in a year are a range of years, not a local number ("555-1234"):
# in parentheses after a name, or after a word that dates ("in", "AD", "c.", "reigned").
_YEARS_BEFORE = re.compile(
    r"(?:\(|\b(?:in|AD|A\.D\.|CE|c\.|ca\.?|circa|r\.|reigned|ruled|lived|years?|dated?)\s+)$"
)


def _say_seven(match: re.Match[str]) -> str:
    before = match.string[max(0, match.start() - 10) : match.start()]
    first, last = int(match["a"]), int(match["b"])
    # A range's end has no leading zero: "555-0100" is a number where "500-1000" is a range.
    if not match["b"].startswith("0") and not match["ext"]:
        if first % 10 == 0 or last % 100 == 0 or _RANGE_WORD.search(before):
            return match.group(0)
        if 1000 <= last <= 2099 and _YEARS_BEFORE.search(before):
            return match.group(0)  # "the empire (476-1453)", "in 476-1453": years
    said = f"{digits(match['a'])}, {digits(match['b'])}"
    return said + (f", extension {digits(match['ext'])}" if match["ext"] else "")


_CALLING = r"call|phone|ph|tel|telephone|fax|dial|hotline|number|contact"
# A word of calling written short is said in full before the number: "Ph. 555-1234".
_SHORT_CALLING = re.compile(r"\b(?P<word>Ph|PH|ph|Tel|TEL|tel)(?:\.:?|:)\s*$")
# Up to five words between, in the clause: "Call the office on 555 1212", "Ring Mrs. Hale at
# home on 555 1212", "The hotline number is 555 0199".
_LOCAL = re.compile(
    rf"(?i:\b(?:{_CALLING}|ring|reach|text)\b\.?:?(?:\s+[a-z][\w'’]*\.?){{0,5}})"
    r"\s+(?P<num>\d{3}[-. ]\d{4})(?![\w-]|[.,]\d)"
    r"(?:,?\s?(?:ext\.?|x|extension)\s?(?P<ext>\d{1,5})\b)?"
)
_TOLL_FREE = re.compile(
    r"(?<![\w.,+-])(?P<plus>\+)?1[-. ]8(?P<code>00|88|77|66|55|44|33)"
    r"(?:(?<=-\d\d\d)-(?P<rest>[A-Z0-9]+(?:-[A-Z0-9]+)*)"
    r"|(?<=\.\d\d\d)\.(?P<dotted>\d{3}\.\d{4})"
    r"|(?<= \d\d\d) (?P<spaced>\d{3} \d{4}|[A-Z]{3,}(?: [A-Z]{2,})?|[A-Z]{2} [A-Z]{3,}))"
    r"(?![\w-]|\.\d)"
)
# A book's or a journal's number after its name: digits in groups parted by hyphens or spaces,
# the check digit an "X" where it is ten.
_BOOK_NUMBER = re.compile(
    r"\b(?P<key>ISBN(?:-1[03])?|ISSN|eISSN)(?P<gap>:?\s*)"
    r"(?P<num>\d+(?:[-\s]\d+){1,4}(?:[Xx]|[-\s][Xx])?|\d{7,12}[Xx])(?![\w-])"
)
# The same number away from its name: thirteen digits in four hyphens from 978 or 979 are a
# book's anywhere ("The ISBN of the first edition is 978-0-14-303943-3"); ten in four groups
# only in a sentence that names an ISBN (elsewhere they may be a part's or an account's).
_BARE_BOOK_NUMBER = re.compile(
    r"(?<![\w.,/-])(?P<num>97[89](?:-\d{1,7}){3}-\d|\d{1,5}(?:-\d{1,7}){2}-[\dXx])(?![\w-]|[.,]\d)"
)
# An IP address, with its port after a colon as a web address has it: "127.0.0.1:5000" -> "...
# dot one colon five zero zero zero" (as "localhost:5000").
_IP_ADDRESS = re.compile(
    r"(?<![\w.])(?P<ip>\d{1,3}(?:\.\d{1,3}){3})(?!\w|\.\d)(?::(?P<port>\d{2,5})(?![\w:.]|,\d))?"
)


def _say_book_number(match: re.Match[str]) -> str:
    groups = re.split(r"[-\s]", match["num"])
    said = ", ".join(digits(g) if g.isdigit() else _with_check_letter(g) for g in groups)
    return f"{match['key']}{match['gap'] or ' '}{said}"


def _say_bare_book_number(match: re.Match[str]) -> str:
    number = match["num"]
    length = sum(c.isdigit() or c in "Xx" for c in number)
    thirteen = length == 13 and number[:3] in ("978", "979")
    if not thirteen and (length != 10 or "ISBN" not in match.string):
        return number
    return ", ".join(digits(g) if g.isdigit() else _with_check_letter(g) for g in number.split("-"))


def _with_check_letter(group: str) -> str:
    """ "0317847X": the digits, then the check letter "X"."""
    return f"{digits(group[:-1])} X" if group[:-1] else "X"


def _say_phone(match: re.Match[str]) -> str:
    groups = re.findall(r"\d+", match["groups"] + "-" + (match["ext"] or ""))
    spoken_groups = [digits(group) for group in groups]
    if match["country"]:
        spoken_groups.insert(0, "plus " + digits(match["country"]))
    elif match["trunk"]:
        spoken_groups.insert(0, "one")
    if match["ext2"]:
        spoken_groups.append("extension " + digits(match["ext2"]))
    return ", ".join(spoken_groups)


def _say_groups_of(written: str) -> str:
    """Each group of digits read digit by digit, a pause between groups, "+" as "plus"."""
    spoken_groups = [digits(group) for group in re.findall(r"\d+", written)]
    if written.startswith("+"):
        spoken_groups[0] = "plus " + spoken_groups[0]
    return ", ".join(spoken_groups)


def _say_groups(match: re.Match[str]) -> str:
    extension = f", extension {digits(match['ext'])}" if match["ext"] else ""
    return _say_groups_of(match["num"]) + extension


def _say_card(match: re.Match[str]) -> str:
    """A card's number by its groups; four years in a row are left to be read as years."""
    if all(1000 <= int(group) <= 2099 for group in re.findall(r"\d+", match.group(0))):
        return match.group(0)
    return _say_groups_of(match.group(0))


def _say_local(match: re.Match[str]) -> str:
    calling = match.group(0)[: match.start("num") - match.start()]
    short = _SHORT_CALLING.search(calling)
    if short:
        calling = calling[: short.start()] + "phone "
    extension = f", extension {digits(match['ext'])}" if match["ext"] else ""
    return calling + _say_groups_of(match["num"]) + extension


def _say_toll_free(match: re.Match[str]) -> str:
    """ "1-800-273-8255", "1 800 273 8255" -> "one, eight hundred, two seven three, eight two
    five five"; words among the groups are said as words: "1-800-GO-2-HAUL", "1-800-FLOWERS"."""
    code = "eight hundred" if match["code"] == "00" else digits("8" + match["code"])
    if match["dotted"]:
        groups = match["dotted"].split(".")
    else:
        groups = match["rest"].split("-") if match["rest"] else match["spaced"].split()
    said = [digits(g) if g.isdigit() else g for g in groups]
    # A pause between two groups of digits; words and digits run on ("GO two HAUL").
    marks = [", " if a.isdigit() and b.isdigit() else " " for a, b in pairwise(groups)]
    lead = "plus one" if match["plus"] else "one"
    rest = "".join(m + w for m, w in zip(marks, said[1:], strict=True))
    return f"{lead}, {code}, {said[0]}{rest}"


def read_phone_numbers(text: str) -> str:
    """Read phone numbers and IP addresses digit by digit, in their groups.

    People say "five five five, one two three four", not "five hundred fifty-five";
    the commas give the pauses between groups.
    """
    if "ISBN" in text or "ISSN" in text:
        text = _BOOK_NUMBER.sub(_say_book_number, text)
    if "97" in text or "ISBN" in text:
        text = _BARE_BOOK_NUMBER.sub(_say_bare_book_number, text)
    # Each pattern only where there are digits enough for it: most lines hold a year or two.
    figures = _most_digits(text)
    if figures >= 16:
        text = _CARD.sub(_say_card, text)
    if figures >= 4:
        text = _TOLL_FREE.sub(_say_toll_free, text)
    if figures >= 9:
        text = _PHONE.sub(_say_phone, text)
    if figures >= 8 or "+" in text:
        text = _SPACED.sub(_say_groups, text)
    if figures >= 7:
        text = _LOCAL.sub(_say_local, text)
        text = _SEVEN.sub(_say_seven, text)
    if _EXCHANGE_HINT.search(text):
        text = _EXCHANGE.sub(lambda m: f"{m['lead']}{digits(m['num'])}", text)
    if "rea code" in text or "rea Code" in text:
        text = _AREA_CODE.sub(lambda m: digits(m.group(0)), text)
    if figures < 4 or text.count(".") < 3:
        return text
    return _IP_ADDRESS.sub(_say_ip_address, text)


def _say_ip_address(match: re.Match[str]) -> str:
    said = " dot ".join(digits(group) for group in match["ip"].split("."))
    return f"{said} colon {digits(match['port'])}" if match["port"] else said


def _most_digits(text: str) -> int:
    """How many digits ``text`` holds, at most: its length past ASCII, where ``\\d`` finds
    other scripts' digits too. No rule writes a digit, so the count bounds every later text."""
    if not text.isascii():
        return len(text)
    return sum(map(text.count, "0123456789"))


# A number at a named exchange, as telephones were written before all-figure dialling, after a
# word of telephoning or a number's: "Ring me at Whitehall 1212", "Tel. Gerrard 4321", "our
# number was Gerrard 4123", "Telephone: Mayfair 2233", "call Butterfield 8-4000" -> "Whitehall
# one two one two" ("the battle at Waterloo 1815" has no such word).
_EXCHANGE = re.compile(
    r"(?P<lead>\b(?:[Rr]ing|[Rr]ang|[Rr]inging|[Cc]all|[Tt]elephone|[Tt]elephoned|"
    r"[Pp]hone|[Pp]honed|[Dd]ial|[Dd]ialled|[Dd]ialed|[Tt]el\.|[Tt]elephone [Nn]o\.|"
    r"(?<=[Tt]elephone)(?: [Nn]umber)?:|[Nn]umber (?:was|is))"
    r"(?: (?:me|him|her|us|them|up))?(?: at)? [A-Z][a-z]{3,}(?: [A-Z][a-z]{2,})? )"
    r"(?P<num>\d{4}|\d-\d{4})\b(?![.,]\d)"
)
# An area code alone, before or after its name: "area code 518", "its area code is 802", "the
# 212 area code" -> "five one eight", "eight zero two", "two one two", as a phone number's
# first group is said.
_AREA_CODE = re.compile(
    r"(?:(?<=\b[Aa]rea [Cc]ode )|(?<=\b[Aa]rea [Cc]ode (?:is|of) )|(?<=\b[Aa]rea [Cc]ode was ))"
    r"\d{3}\b(?![.,]\d)|\b\d{3}(?= [Aa]rea [Cc]odes?\b)"
)
_EXCHANGE_HINT = re.compile(r" \d(?<=[a-z] \d)(?:\d{3}|-\d{4})\b")
# The mark first: the regex engine finds a literal quickly.
HINT = any_of(
    _EXCHANGE_HINT.pattern,
    r"-(?<=\d\d\d-)",
    r"\)(?<=\d\d\d\))",
    r"\.(?:(?<=\d\d\d\.)|(?<=\d\.)\d{1,3}\.\d)",
    r"\+\d",
    r"00(?<=\b00)[1-9]\d{0,2}[\s-]\d",  # "0033 1 23 45 67 89": dialled out, as after a "+"
    # Digits on either side of a space, in one scan of the spaces (three cost three times as
    # much): the digit after the space checked before what comes before it.
    r" \d(?:(?<=\d \d)\d{2,3} \d|(?<=0\d\d\d\d \d)\d{5}|(?<=\d\d\d \d)\d{3}\b)",
    r" 8(?<=\b1 8)(?:00|88|77|66|55|44|33) [A-Z]{2}",  # "1 800 FLOWERS": a toll-free word
    r"IS[BS]N",
    "rea code",
    "rea Code",
)
