"""The order Spanish, Italian and Portuguese run their rules in, and why each sits there.

The three languages read the same classes with the same conflicts between them (a phone
number is no date, a date no fraction, an ordinal's letters no unit), so one order serves
them all; each language brings its own modules for the classes and its own symbol table.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from types import ModuleType

from narrator.spoken.common import (
    alphanumerics,
    bounds,
    characters,
    per_unit,
    punctuation,
    romance_ordinals,
    scales,
    symbols,
)
from narrator.spoken.common.romance_dates import ELIDED_HINT, drop_elided_centuries
from narrator.spoken.common.romance_numbers import HINT as HAS_DIGIT
from narrator.spoken.rules import Language, Rule, rule
from narrator.spoken.tables import read_mapping, read_table

# The Latin letters that are words alone, not a formula's letter before a sign ("y ≥ 5").
_ONE_LETTER_WORDS = {"es": "aeouy", "it": "aeio", "pt": "aeo"}
# The word for "per" in a price per unit ("3 €/kg").
_PER = {"es": "por", "it": "per", "pt": "por"}


@dataclass(frozen=True)
class RomanceClasses:
    """A Romance language's module for each class it reads in its own way."""

    web: ModuleType
    phones: ModuleType
    times: ModuleType
    dates: ModuleType
    money: ModuleType
    measures: ModuleType
    percentages: ModuleType
    ranges: ModuleType
    fractions: ModuleType
    ordinals: ModuleType
    roman: ModuleType
    abbreviations: ModuleType
    numbers: ModuleType

    @classmethod
    def of(cls, package: ModuleType) -> RomanceClasses:
        """The class modules a language's `package` has imported (``narrator.spoken.es``)."""
        return cls(**{f.name: getattr(package, f.name) for f in fields(cls)})


def romance_rules(code: str, of: RomanceClasses) -> tuple[Rule, ...]:
    """The rules of the Romance language ``code`` in the order they run, read by its `of`."""
    return (
        rule(characters.normalize_characters, "characters", None,
             "first: every later pattern sees one form of quotes, dashes, minus signs and "
             "spaces"),
        rule(characters.dashes_as_minus, "minus", characters.DASH_MINUS_HINT,
             "before every rule that reads a sign: '–5 °C' is 'menos cinco', not a pause"),
        rule(of.web.read_addresses, "web", of.web.HINT,
             "before anything reads digits, points or slashes: an address is read piece by "
             "piece"),
        rule(bounds.bound_reader(read_mapping(code, "bounds"), _ONE_LETTER_WORDS[code]),
             "bounds", bounds.HINT,
             "before phones, times, money, measures and numbers: in '≥ 18' and '≈5 km' the "
             "sign is said before its number is read, and '±2 %' is no 'plus'"),
        rule(scales.scale_reader(read_table(code, "scales"), code == "pt"), "scales",
             scales.hint(read_table(code, "scales")),
             "before money and numbers: '2,5 mln €' is millions of euros, said in full"),
        rule(of.ordinals.write_degree_ordinals, "ordinals", romance_ordinals.DEGREE_HINT,
             "before phones, dates and measures: in 'il 3° posto' and '1° de mayo' the "
             "degree sign is an ordinal's 'º', which dates and ordinals read, not degrees"),
        rule(of.phones.read_phone_numbers, "phones", of.phones.HINT,
             "before times, dates and numbers: '123-123-5678' is no date, '123.123.0.40' no "
             "number with thousands points"),
        rule(of.times.read_times, "times", of.times.HINT,
             "before dates and numbers: '13.30' and '13:30' are times, no decimal or code"),
        rule(drop_elided_centuries, "dates", ELIDED_HINT,
             "before dates and numbers: in \"anni '80\" the apostrophe stands for the century, "
             "and the number is read as written, without it"),
        rule(of.dates.read_dates, "dates", HAS_DIGIT,
             "before fractions and numbers: '30/2/1990' is no fraction, and the first of a "
             "month takes the ordinal"),
        rule(of.ranges.read_ranges, "ranges", of.ranges.HINT,
             "after the classes that read their own dashes (phones, dates, times); before "
             "money, measures and percentages, which read the unit with the second number: "
             "'10-15 %' is one range of percent, and numbers would leave '2–4' a pause"),
        rule(per_unit.per_reader(_PER[code], {row[0]: row[2] for row in read_table(code, "units")}),
             "money", per_unit.HINT,
             "before money and measures: in '3 €/kg' the slash is 'per', and the amount is "
             "read before it"),
        rule(of.money.read_money, "money", HAS_DIGIT,
             "before measures and numbers: the number agrees with the currency, and '€ 1,2 "
             "millones' is of euros"),
        rule(of.measures.read_measures, "measures", of.measures.HINT,
             "before fractions, percentages and numbers: '1/2 mm' is half a millimetre, and "
             "the number agrees with the unit"),
        rule(of.percentages.read_percentages, "percentages", HAS_DIGIT,
             "before symbols: '15 %' is one quantity"),
        rule(of.fractions.read_fractions, "fractions", of.fractions.HINT,
             "after dates and measures, which claimed their slashes; before numbers"),
        rule(of.ordinals.read_ordinals, "ordinals", of.ordinals.HINT,
             "before numbers and the parting of letters from digits: '1º' and '1ro' are "
             "'first', not 'one o'"),
        rule(of.roman.read_roman_numerals, "roman", of.roman.HINT,
             "before abbreviations: the numeral of a century or of a king is a number"),
        rule(of.abbreviations.read_abbreviations, "abbreviations", None,
             "after the numbers' classes, which read 'a. C.' after a year as they stand; "
             "before the parting of letters from digits and symbols"),
        rule(alphanumerics.separate_letters_and_digits, "alphanumerics", HAS_DIGIT,
             "after every class that reads digits with letters; before numbers: 'G7' is 'G' "
             "and a number"),
        rule(of.numbers.read_numbers, "numbers", HAS_DIGIT,
             "after every class that reads a number in context: it reads every number left"),
        rule(symbols.symbol_reader(read_mapping(code, "symbols")), "symbols",
             symbols.hint_for(read_mapping(code, "symbols")),
             "after the classes that read symbols in context; before punctuation, which tidies "
             "the spaces its words leave"),
        rule(punctuation.smooth_punctuation, "punctuation", None,
             "last: dashes still left are pauses, and the spaces and commas every rule left "
             "are tidied"),
    )  # fmt: skip


def romance_language(package: ModuleType) -> Language:
    """The Romance language whose package is `package` (``narrator.spoken.es``, which has
    imported a module for each field of `RomanceClasses`): its rules in order and its number
    words."""
    code, of = package.__name__.rsplit(".", 1)[-1], RomanceClasses.of(package)
    return Language(
        code=code,
        rules=romance_rules(code, of),
        cardinal=of.numbers.cardinal,
        ordinal=of.numbers.ordinal,
        year=of.numbers.year,
        decimal=of.numbers.decimal,
    )
