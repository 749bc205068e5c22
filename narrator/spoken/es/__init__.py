"""Spanish: the rules in the order they run, and why each sits where it does.

Conventions (Spanish news style, as the RAE and the NeMo references write it): the decimal
comma and the thousands point or space ("1.200,5", "10 000"), and a point before other than
three digits as a decimal point ("5.7", as Latin American text writes it); numbers agree with
their noun ("un millón", "doscientas millas", "una libra"); decimals read two digits at a
time; dates day first; years as cardinals ("mil novecientos noventa").

A rule claims the written forms of its class before a later, more general rule could misread
them; each reason below says which misreading its position prevents.
"""

from __future__ import annotations

from narrator.spoken.common import alphanumerics, characters, punctuation, symbols
from narrator.spoken.common.romance_numbers import HINT as HAS_DIGIT
from narrator.spoken.es import (
    abbreviations,
    dates,
    fractions,
    measures,
    money,
    numbers,
    ordinals,
    percentages,
    phones,
    ranges,
    roman,
    times,
    web,
)
from narrator.spoken.rules import Language, Rule, rule
from narrator.spoken.tables import read_mapping

RULES: tuple[Rule, ...] = (
    rule(characters.normalize_characters, "characters", None,
         "first: every later pattern sees one form of quotes, dashes, minus signs and spaces"),
    rule(web.read_addresses, "web", web.HINT,
         "before anything reads digits, points or slashes: an address is read piece by piece"),
    rule(phones.read_phone_numbers, "phones", phones.HINT,
         "before times, dates and numbers: '123-123-5678' is no date, '123.123.0.40' no "
         "number with thousands points"),
    rule(times.read_times, "times", times.HINT,
         "before dates and numbers: '13.30' is half past one, no decimal"),
    rule(dates.read_dates, "dates", HAS_DIGIT,
         "before fractions and numbers: '30/2/1990' is no fraction, '1 enero' takes 'primero'"),
    rule(money.read_money, "money", HAS_DIGIT,
         "before measures and numbers: the number agrees with the currency, and 'pab 5,50 "
         "billones' is of balboas"),
    rule(measures.read_measures, "measures", measures.HINT,
         "before fractions, percentages and numbers: '1/2 mm' is 'medio milímetro', '245 mph' "
         "takes the feminine"),
    rule(percentages.read_percentages, "percentages", HAS_DIGIT,
         "before symbols: '15 %' is one quantity, 'quince por ciento'"),
    rule(ranges.read_ranges, "ranges", ranges.HINT,
         "after the classes that read their own dashes (phones, dates, times); before "
         "numbers, which would leave '2–4' a pause"),
    rule(fractions.read_fractions, "fractions", fractions.HINT,
         "after dates and measures, which claimed their slashes; before numbers"),
    rule(ordinals.read_ordinals, "ordinals", ordinals.HINT,
         "before numbers and the parting of letters from digits: '1ro' is 'primero', not "
         "'uno ro'"),
    rule(roman.read_roman_numerals, "roman", roman.HINT,
         "before abbreviations: 'siglo XIX' and 'Felipe II' are numbers"),
    rule(abbreviations.read_abbreviations, "abbreviations", None,
         "after the numbers' classes, which read 'a. C.' after a year as they stand; before "
         "the parting of letters from digits and symbols"),
    rule(alphanumerics.separate_letters_and_digits, "alphanumerics", HAS_DIGIT,
         "after every class that reads digits with letters; before numbers: 'G7' is 'G siete'"),
    rule(numbers.read_numbers, "numbers", HAS_DIGIT,
         "after every class that reads a number in context: it reads every number left"),
    rule(symbols.symbol_reader(read_mapping("es", "symbols")), "symbols", symbols.SYMBOL,
         "after the classes that read symbols in context; before punctuation, which tidies "
         "the spaces its words leave"),
    rule(punctuation.smooth_punctuation, "punctuation", None,
         "last: dashes still left are pauses, and the spaces and commas every rule left are "
         "tidied"),
)  # fmt: skip

LANGUAGE = Language(
    code="es",
    rules=RULES,
    cardinal=numbers.cardinal,
    ordinal=numbers.ordinal,
    year=numbers.year,
    decimal=numbers.decimal,
)
