"""Russian: the rules in the order they run, and why each sits where it does.

Conventions (the references' and a Russian newsreader's): numbers agree with their noun in
number, gender and case ("два рубля", "пять рублей", "две минуты", "более пятисот"); a decimal
is read as a fraction ("две целых пять десятых") and the noun after it is a genitive singular;
years and centuries are ordinals in the case of their noun ("в две тысячи двадцать четвертом
году"); a date's day is a neuter ordinal and its month a genitive ("первое января"); "е" is
written for "ё", as the references write it.

A rule claims the written forms of its class before a later, more general rule could misread
them; each reason below says which misreading its position prevents.
"""

from __future__ import annotations

from narrator.spoken.common import bounds, characters, punctuation, symbols
from narrator.spoken.ru import (
    abbreviations,
    alphanumerics,
    compounds,
    dates,
    fractions,
    measures,
    money,
    numbers,
    ordinals,
    phones,
    prepositions,
    roman,
    seasons,
    times,
    web,
)
from narrator.spoken.rules import Language, Rule, rule
from narrator.spoken.tables import read_mapping

HAS_DIGIT = dates.HINT

RULES: tuple[Rule, ...] = (
    rule(characters.normalize_characters, "characters", None,
         "first: every later pattern sees one form of quotes, dashes, minus signs and spaces"),
    rule(characters.dashes_as_minus, "minus", characters.DASH_MINUS_HINT,
         "before every rule that reads a sign: '–30 °C' is 'минус тридцать', not a pause"),
    rule(web.read_addresses, "web", web.HINT,
         "before anything reads digits, dots or symbols: 'a123-v@abc.com' is read piece by piece"),
    rule(bounds.bound_reader(read_mapping("ru", "bounds")), "bounds", bounds.HINT,
         "before phones, times, money, measures and numbers: in '≥ 18' and '≈5 km' the sign "
         "is said before its number is read, and '±2 %' is no 'plus'"),
    rule(seasons.read_seasons, "seasons", seasons.HINT,
         "before phones, dates and fractions: '2023/24' is a season's two years, not a "
         "fraction or a code"),
    rule(phones.read_phone_numbers, "phones", phones.HINT,
         "before dates, codes and numbers: '8-913-983-56-01' is read group by group"),
    rule(times.read_times, "times", times.HINT,
         "before dates and numbers: 'в 15.30' is no date and '10:15' no ratio"),
    rule(dates.read_dates, "dates", HAS_DIGIT,
         "before ordinals and numbers: '1 января 2024 г.' reads the day and year as ordinals, "
         "'06.03.2006' is no decimal"),
    rule(roman.read_roman_numerals, "roman", roman.HINT,
         "before abbreviations: the 'в.' of 'XIX в.' is the century's, read in its case"),
    rule(ordinals.read_ordinals, "ordinals", HAS_DIGIT,
         "after dates, which read their own years; before money and measures: '2010 г.' is "
         "a year, not grams, and '6-й' no range"),
    rule(money.read_money, "money", money.HINT,
         "before measures and numbers: '€ 3,5 млн' puts the currency last, in the genitive"),
    rule(measures.read_measures, "measures", measures.HINT,
         "before numbers: '12 кг' makes the unit agree with its number"),
    rule(fractions.read_fractions, "fractions", fractions.HINT,
         "after dates and measures, which claimed their slashes ('6/3/2006', 'км/ч'); "
         "before numbers and symbols, which would read '1/3' as 'один слэш три'"),
    rule(ordinals.read_lone_years, "ordinals", HAS_DIGIT,
         "after money and measures, which claimed the numbers followed by a unit: a year "
         "standing alone is an ordinal ('в 1945')"),
    rule(abbreviations.read_abbreviations, "abbreviations", abbreviations.HINT,
         "after dates, ordinals and money, whose 'г.' and 'руб.' are read with their number"),
    rule(compounds.read_compounds, "compounds", compounds.HINT,
         "before the parting of letters from digits, which would read '20-летний' as "
         "'двадцать-летний': the number joins its stem in the genitive"),
    rule(alphanumerics.separate_letters_and_digits, "alphanumerics", HAS_DIGIT,
         "after every class that reads digits with letters; before numbers: '9мешок' is "
         "'девять мешок', '2-б-34' a code"),
    rule(numbers.read_numbers, "numbers", HAS_DIGIT,
         "after every class that reads a number in context: it reads every number left"),
    rule(prepositions.fuller_prepositions, "numbers", prepositions.PREPOSITION_HINT,
         "after every class that says a number: 'с 2 мая' is 'со второго мая' once the "
         "ordinal is said, 'о 1 проценте' 'об одном'"),
    rule(symbols.symbol_reader(read_mapping("ru", "symbols")), "symbols",
         symbols.hint_for(read_mapping("ru", "symbols")),
         "after the classes that read symbols in context; before punctuation"),
    rule(punctuation.smooth_punctuation, "punctuation", None,
         "last: dashes are pauses, and the spaces and commas every rule left are tidied"),
)  # fmt: skip

LANGUAGE = Language(
    code="ru",
    rules=RULES,
    cardinal=numbers.cardinal,
    ordinal=numbers.ordinal,
    year=numbers.year,
    decimal=numbers.decimal,
)
