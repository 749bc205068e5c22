"""French: the rules in the order they run, and why each sits where it does.

Conventions (the references' and a French newsreader's): the decimal comma and the space or
point between thousands ("1 200,5"); days of dates and years are cardinals, the first day
"premier"; "1er", "3e" and "XIXe" are ordinals; kings take cardinals ("Louis quatorze");
the currency after the amount ("trois euros cinquante"); hours are feminine ("une heure").

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
    scales,
    superscripts,
    symbols,
    web,
)
from narrator.spoken.fr import (
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
)
from narrator.spoken.rules import Language, Rule, rule
from narrator.spoken.tables import read_mapping, read_table

HAS_DIGIT = dates.HINT
_ADDRESS_WORDS = {".": "point", "@": "arobase", ":": "deux-points", "/": "barre oblique",
                  "-": "tiret", "_": "tiret bas", "~": "tilde", "?": "point d'interrogation",
                  "=": "égale", "&": "et", "%": "pour cent", "#": "dièse", "+": "plus"}  # fmt: skip

RULES: tuple[Rule, ...] = (
    rule(characters.normalize_characters, "characters", None,
         "first: every later pattern sees one form of quotes, dashes, minus signs and spaces"),
    rule(characters.dashes_as_minus, "minus", characters.DASH_MINUS_HINT,
         "before every rule that reads a sign: '–5 °C' is 'moins cinq degrés', not a pause"),
    rule(superscripts.plain_superscripts, "superscripts", None,
         "before ordinals and abbreviations: '1ᵉʳ' is '1er', 'Mᵐᵉ' is 'Mme'"),
    rule(web.address_reader(_ADDRESS_WORDS, numbers.DIGITS), "web", web.HINT,
         "before anything reads digits, dots or symbols: 'a1@b2.fr' is read piece by piece"),
    rule(bounds.bound_reader(read_mapping("fr", "bounds"), "ay"), "bounds", bounds.HINT,
         "before phones, times, money, measures and numbers: in '≥ 18' and '≈5 km' the sign "
         "is said before its number is read, and '±2 %' is no 'plus'"),
    rule(phones.read_phone_numbers, "phones", phones.HINT,
         "before scales, times, dates, ranges and numbers: in '514 555-1234' the dash joins a "
         "telephone's groups, no range, and '514 555' no thousands"),
    rule(scales.scale_reader(read_table("fr", "scales"), True), "scales",
         scales.hint(read_table("fr", "scales")),
         "before money and numbers: '3 Mds d'euros' is billions of euros, said in full"),
    rule(times.read_times, "times", times.HINT,
         "before dates, measures and numbers: '14h30' is a time, not '14 h' and '30'"),
    rule(dates.read_dates, "dates", HAS_DIGIT,
         "before ordinals, fractions and numbers: '1er mai' and '17/18/19 mars' are dates, "
         "'02/03/2003' no fraction"),
    rule(ranges.read_ranges, "ranges", ranges.HINT,
         "after times and dates, which read their own dashes; before money, measures and "
         "percentages: '10-15 %' is one range of percent, the unit read with the second"),
    rule(per_unit.per_reader("par", {row[0]: row[1] for row in read_table("fr", "units")}),
         "money", per_unit.HINT,
         "before money and measures: in '2 000 €/mois' the slash is 'par', and the amount "
         "is read before it"),
    rule(money.read_money, "money", money.HINT,
         "before measures, percentages and numbers: '3,50 €' puts the cents last"),
    rule(measures.read_measures, "measures", measures.HINT,
         "before numbers: the unit follows the number's words, plural from two on"),
    rule(percentages.read_percentages, "percentages", percentages.HINT,
         "before numbers and symbols: '18%' is one quantity"),
    rule(roman.read_roman_numerals, "roman", roman.HINT,
         "before abbreviations: 'XIXe' and 'Louis XIV' are numbers, not letters"),
    rule(ordinals.read_ordinals, "ordinals", ordinals.HINT,
         "after dates, which read '1er' themselves; before numbers, which would read '3e' "
         "as 'trois e'"),
    rule(fractions.read_fractions, "fractions", fractions.HINT,
         "after dates, which claimed their slashes; before numbers"),
    rule(abbreviations.read_abbreviations, "abbreviations", abbreviations.HINT,
         "after ordinals and dates; before numbers: 'n° 5' is 'numéro cinq'"),
    rule(alphanumerics.separate_letters_and_digits, "alphanumerics", HAS_DIGIT,
         "after every class that reads digits with letters; before numbers"),
    rule(numbers.read_numbers, "numbers", HAS_DIGIT,
         "after every class that reads a number in context: it reads every number left"),
    rule(symbols.symbol_reader(read_mapping("fr", "symbols")), "symbols",
         symbols.hint_for(read_mapping("fr", "symbols")),
         "after the classes that read symbols in context; before punctuation"),
    rule(punctuation.smooth_punctuation, "punctuation", None,
         "last: dashes are pauses, and the spaces and commas every rule left are tidied"),
)  # fmt: skip

LANGUAGE = Language(
    code="fr",
    rules=RULES,
    cardinal=numbers.cardinal,
    ordinal=numbers.ordinal,
    year=numbers.year,
    decimal=numbers.decimal,
)
