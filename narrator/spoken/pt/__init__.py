"""Portuguese (Brazilian): the rules in the order they run, and why each sits where it does.

Conventions (Brazilian news style, as the NeMo references write it): the decimal comma and
the thousands point or space ("1.200,5", "100 000"); numbers agree with their noun ("uma hora",
"duzentas pessoas"); groups join with "e" before a last group below a hundred or a round
hundred ("mil e dez", "mil cento e onze"); decimals read digit by digit ("um vírgula dois
cinco"); dates day first; times on the 24-hour clock with "horas".

A rule claims the written forms of its class before a later, more general rule could misread
them; each reason below says which misreading its position prevents.
"""

from __future__ import annotations

from narrator.spoken.common import alphanumerics, characters, punctuation, symbols
from narrator.spoken.common.romance_numbers import HINT as HAS_DIGIT
from narrator.spoken.pt import (
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
         "before dates and numbers: '14h30' and '14:30' are times, no codes"),
    rule(dates.read_dates, "dates", HAS_DIGIT,
         "before fractions and numbers: '30/2/1990' is no fraction, '1 de maio' takes 'primeiro'"),
    rule(money.read_money, "money", HAS_DIGIT,
         "before measures and numbers: the number agrees with the currency, and 'R$ 1,2 "
         "bilhão' is of reais"),
    rule(measures.read_measures, "measures", measures.HINT,
         "before fractions, percentages and numbers: '1 h' is 'uma hora'"),
    rule(percentages.read_percentages, "percentages", HAS_DIGIT,
         "before symbols: '15 %' is one quantity, 'quinze por cento'"),
    rule(ranges.read_ranges, "ranges", ranges.HINT,
         "after the classes that read their own dashes (phones, dates, times); before "
         "numbers, which would leave '2–4' a pause"),
    rule(fractions.read_fractions, "fractions", fractions.HINT,
         "after dates and measures, which claimed their slashes; before numbers"),
    rule(ordinals.read_ordinals, "ordinals", ordinals.HINT,
         "before numbers and the parting of letters from digits: '1º' is 'primeiro'"),
    rule(roman.read_roman_numerals, "roman", roman.HINT,
         "before abbreviations: 'século XIX' and 'Pedro II' are numbers"),
    rule(abbreviations.read_abbreviations, "abbreviations", None,
         "after the numbers' classes, which read 'a. C.' after a year as they stand; before "
         "the parting of letters from digits and symbols"),
    rule(alphanumerics.separate_letters_and_digits, "alphanumerics", HAS_DIGIT,
         "after every class that reads digits with letters; before numbers: 'G7' is 'G sete'"),
    rule(numbers.read_numbers, "numbers", HAS_DIGIT,
         "after every class that reads a number in context: it reads every number left"),
    rule(symbols.symbol_reader(read_mapping("pt", "symbols")), "symbols", symbols.SYMBOL,
         "after the classes that read symbols in context; before punctuation, which tidies "
         "the spaces its words leave"),
    rule(punctuation.smooth_punctuation, "punctuation", None,
         "last: dashes still left are pauses, and the spaces and commas every rule left are "
         "tidied"),
)  # fmt: skip

LANGUAGE = Language(
    code="pt",
    rules=RULES,
    cardinal=numbers.cardinal,
    ordinal=numbers.ordinal,
    year=numbers.year,
    decimal=numbers.decimal,
)
