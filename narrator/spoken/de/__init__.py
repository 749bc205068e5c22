"""German: the rules in the order they run, and why each sits where it does.

Conventions (the references' and a German newsreader's): the parts of a number word stand
apart ("sechs und vierzig tausend"), which espeak-ng says as one word; the decimal comma and
the thousands point ("1.200,50"); a number with a full stop is an ordinal whose ending follows
the article before it ("am dritten", "der dritte", "dritter"); the currency after the amount
("drei Euro fünfzig Cent"); feminine units counted with "eine" ("eine Stunde").

A rule claims the written forms of its class before a later, more general rule could misread
them; each reason below says which misreading its position prevents.
"""

from __future__ import annotations

from narrator.spoken.common import (
    alphanumerics,
    bounds,
    characters,
    per_unit,
    punctuation,
    symbols,
    web,
)
from narrator.spoken.de import (
    abbreviations,
    articles,
    dates,
    decades,
    fractions,
    measures,
    money,
    numbers,
    ordinals,
    percentages,
    phones,
    ranges,
    ratios,
    roman,
    terms,
    times,
)
from narrator.spoken.rules import Language, Rule, rule
from narrator.spoken.tables import read_mapping, read_table

HAS_DIGIT = dates.HINT
_ADDRESS_WORDS = {".": "Punkt", "@": "at", ":": "Doppelpunkt", "/": "slash", "-": "Bindestrich",
                  "_": "Unterstrich", "~": "Tilde", "?": "Fragezeichen", "=": "gleich",
                  "&": "und", "%": "Prozent", "#": "Raute", "+": "plus"}  # fmt: skip

RULES: tuple[Rule, ...] = (
    rule(characters.normalize_characters, "characters", None,
         "first: every later pattern sees one form of quotes, dashes, minus signs and spaces"),
    rule(characters.dashes_as_minus, "minus", characters.DASH_MINUS_HINT,
         "before every rule that reads a sign: '–5 °C' is 'minus fünf Grad', not a pause"),
    rule(web.address_reader(_ADDRESS_WORDS, numbers.DIGITS), "web", web.HINT,
         "before anything reads digits, dots or symbols: 'a1@b2.de' is read piece by piece"),
    rule(bounds.bound_reader(read_mapping("de", "bounds")), "bounds", bounds.HINT,
         "before phones, times, money, measures and numbers: in '≥ 18' and '≈5 km' the sign "
         "is said before its number is read, and '±2 %' is no 'plus'"),
    rule(decades.read_decades, "decades", decades.HINT,
         "before dates, numbers and the parting of letters from digits: '1990er' is one "
         "word, not the year and 'er'"),
    rule(phones.read_phone_numbers, "phones", phones.HINT,
         "before times, dates and numbers: '+49 1234-1234' is read digit by digit"),
    rule(ratios.read_ratios, "ratios", ratios.HINT,
         "before times, which would read '1:10' in 'im Verhältnis 1:10' as ten past one, and "
         "numbers, which would leave the colon of '2:1'"),
    rule(times.read_times, "times", times.HINT,
         "before dates and numbers: '15.45 Uhr' is no date and '10:15' no ratio"),
    rule(dates.read_dates, "dates", HAS_DIGIT,
         "before ordinals, fractions and numbers: '14. März' takes the date's ordinal, "
         "'02.03.2003' is no thousands point, '23/06/2024' no fraction"),
    rule(ranges.read_ranges, "ranges", ranges.HINT,
         "after phones, times and dates, which read their own dashes; before money, measures "
         "and percentages: '10–15 %' is one range of percent, the unit read with the second"),
    rule(per_unit.per_reader("pro", {row[0]: row[1] for row in read_table("de", "units")}),
         "money", per_unit.HINT,
         "before money and measures: in '2.000 €/Monat' the slash is 'pro', and the amount "
         "is read before it"),
    rule(money.read_money, "money", money.HINT,
         "before measures, percentages and numbers: '€ 1,2 Mio.' puts the currency last"),
    rule(measures.read_measures, "measures", measures.HINT,
         "before fractions and numbers: '1 h' counts a feminine unit ('eine Stunde'), and "
         "'5/m²' is per square meter, no fraction"),
    rule(percentages.read_percentages, "percentages", percentages.HINT,
         "before numbers and symbols: '15 %' is one quantity"),
    rule(roman.read_roman_numerals, "roman", roman.HINT,
         "before abbreviations and ordinals: 'XIX. Jahrhundert' and 'Ludwig XIV.' keep "
         "their full stop for the ordinal"),
    rule(ordinals.read_ordinals, "ordinals", ordinals.HINT,
         "after dates, which read their own days; before numbers, which would read '2.' "
         "as a cardinal"),
    rule(fractions.read_fractions, "fractions", fractions.HINT,
         "after dates and measures, which claimed their slashes; before numbers"),
    rule(articles.read_short_articles, "articles", articles.HINT,
         "before abbreviations, whose table would leave 'd.' before a noun as written"),
    rule(terms.read_terms, "terms", terms.HINT,
         "before abbreviations, whose 'J.' is an initial's or a prison term's, and numbers, "
         "which give '1 Jahr' its 'ein'"),
    rule(abbreviations.read_abbreviations, "abbreviations", abbreviations.HINT,
         "after ordinals and dates, whose full stops are no abbreviations; before numbers, "
         "so that '2 Mio.' reads 'zwei Millionen'"),
    rule(alphanumerics.separate_letters_and_digits, "alphanumerics", HAS_DIGIT,
         "after every class that reads digits with letters; before numbers: 'G7' is 'G "
         "sieben'"),
    rule(numbers.read_numbers, "numbers", HAS_DIGIT,
         "after every class that reads a number in context: it reads every number left"),
    rule(symbols.symbol_reader(read_mapping("de", "symbols")), "symbols",
         symbols.hint_for(read_mapping("de", "symbols")),
         "after the classes that read symbols in context; before punctuation"),
    rule(punctuation.smooth_punctuation, "punctuation", None,
         "last: dashes are pauses, and the spaces and commas every rule left are tidied"),
)  # fmt: skip

LANGUAGE = Language(
    code="de",
    rules=RULES,
    cardinal=numbers.cardinal,
    ordinal=numbers.ordinal,
    year=numbers.year,
    decimal=numbers.decimal,
)
