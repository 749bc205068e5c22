"""English: the rules in the order they run, and why each sits where it does.

Conventions (American news style): numbers without "and" (186 -> "one hundred eighty-six");
years and codes as `narrator.spoken.en.numbers` says; spelled letters as capitals run together
("FBI"), hyphenated where together they make a word ("W-H-O"); dashes and parentheses become
commas, so engines pause where a reader would.

A rule claims the written forms of its class before a later, more general rule could misread
them; each reason below says which misreading its position prevents.
"""

from __future__ import annotations

import functools
import re

from narrator.spoken.common import alphanumerics, characters, punctuation, spacing, symbols
from narrator.spoken.deferred import deferred_modules
from narrator.spoken.en import numbers
from narrator.spoken.en.context import HAS_DIGIT
from narrator.spoken.rules import Language, Rule, rule
from narrator.spoken.tables import read_mapping

# Each rule's module is imported when a text first needs it (see `narrator.spoken.deferred`).
(
    abbreviations,
    addresses,
    article_units,
    book_sizes,
    box_scores,
    classics,
    dates,
    decades,
    dimensions,
    dockets,
    emphasis,
    featuring,
    fiscal_years,
    floor_or_flowering,
    flora,
    footnote_marks,
    formulas,
    fractions,
    game_scores,
    gem_weights,
    grade_spans,
    greek,
    headline_numerals,
    initialism_pairs,
    initialisms,
    initials,
    isotopes,
    keys,
    land_measures,
    listings,
    measures,
    medical_shorthand,
    models,
    motorway_junctions,
    money,
    month_spans,
    notation,
    number_plates,
    numero,
    oaths,
    odds,
    ordinals,
    parties,
    percentages,
    periods_short,
    phones,
    powers,
    proceedings,
    quarters,
    ranges,
    rate_bases,
    ratings,
    recipe_sizes,
    roman,
    sharps,
    slashed_ranks,
    stage_directions,
    star_places,
    street_points,
    times,
    versions,
    web,
    weekday_letters,
) = deferred_modules(
    __name__,
    "abbreviations",
    "addresses",
    "article_units",
    "book_sizes",
    "box_scores",
    "classics",
    "dates",
    "decades",
    "dimensions",
    "dockets",
    "emphasis",
    "featuring",
    "fiscal_years",
    "floor_or_flowering",
    "flora",
    "footnote_marks",
    "formulas",
    "fractions",
    "game_scores",
    "gem_weights",
    "grade_spans",
    "greek",
    "headline_numerals",
    "initialism_pairs",
    "initialisms",
    "initials",
    "isotopes",
    "keys",
    "land_measures",
    "listings",
    "measures",
    "medical_shorthand",
    "models",
    "motorway_junctions",
    "money",
    "month_spans",
    "notation",
    "number_plates",
    "numero",
    "oaths",
    "odds",
    "ordinals",
    "parties",
    "percentages",
    "periods_short",
    "phones",
    "powers",
    "proceedings",
    "quarters",
    "ranges",
    "rate_bases",
    "ratings",
    "recipe_sizes",
    "roman",
    "sharps",
    "slashed_ranks",
    "stage_directions",
    "star_places",
    "street_points",
    "times",
    "versions",
    "web",
    "weekday_letters",
)

# A rule of a class written with digits reads only the lines with one (see `Rule.needs_digit`).
on_digits = functools.partial(rule, needs_digit=True)
# "½%" is a percentage with no digit in it.
_PERCENT_HINT = re.compile(r"[\d½¼¾⅓⅔]")
# "½d." is a halfpenny and "¼d." a farthing with no digit in them.
_MONEY_HINT = re.compile(r"[\d½¼¾]")

RULES: tuple[Rule, ...] = (
    rule(characters.normalize_characters, "characters", characters.HINT,
         "first: every later pattern sees one form of quotes, dashes, minus signs and spaces"),
    rule(spacing.join_spaced_marks, "spacing", spacing.HINT,
         "before every rule that reads marks: '16 . 4' is the decimal '16.4', 'U . S .' the "
         "dotted 'U.S.', '# 3' the number '#3', once a tokenizer's spaces are gone"),
    rule(oaths.read_oaths, "oaths", oaths.HINT,
         "after characters, before every rule that reads dashes: in 'a d——d shame' the dash "
         "is the oath's middle, not a pause"),
    rule(footnote_marks.drop_footnote_marks, "footnote_marks", footnote_marks.HINT,
         "before every rule that reads a number or a letter: a note's mark '[1]' or '²' is "
         "no number to say, and '[A]' no article"),
    rule(classics.read_classical_citations, "classics", classics.HINT,
         "before the rules that read numbers and Roman numerals: in 'Xen. Anab. iv. 7' the "
         "author and the work are said before their book and chapter"),
    rule(parties.read_party_tags, "parties", parties.HINT,
         "before web addresses, abbreviations and initialisms: in '(R-W.Va.)' the dotted "
         "'W.Va.' names a state, and 'D' a party, not letters"),
    rule(web.read_addresses, "web", web.HINT,
         "before anything reads digits, dots or symbols: 'a1@b2.com' is read piece by piece, "
         "and the dashes and slashes of an address are no ranges or fractions"),
    rule(keys.read_key_combinations, "keys", keys.HINT,
         "after web addresses; before notation and symbols, which would read the '+' of "
         "'Ctrl+V' and 'Cmd+Shift+3' as 'plus'"),
    rule(emphasis.drop_emphasis_marks, "emphasis", emphasis.HINT,
         "after web addresses, whose underscores are read; before every rule that reads a "
         "word: in '_Mr._ Pecksniff' the title starts a word once its italics' marks are gone"),
    rule(medical_shorthand.read_medical_shorthand, "medical_shorthand", medical_shorthand.HINT,
         "before times, measures and the parting of letters from digits, which would read "
         "'q4-6h' as a range of hours and 'q8h' as 'q eight h', and 'temp. 101°F' whole; "
         "before initialisms and abbreviations, which would spell 'PO' and 'b.i.d.'"),
    rule(stage_directions.read_stage_directions, "stage_directions", stage_directions.HINT,
         "after emphasis, whose italics' marks hide a direction's words; before proceedings, "
         "abbreviations and initials, which would read a stage direction's 'L.C.' after a "
         "comma as a Lord Chancellor and take its 'R.' for a man's initial"),
    rule(proceedings.read_proceedings, "proceedings", proceedings.HINT,
         "before measures, which would read a bill's 'read 2°' as degrees; before "
         "abbreviations and initials: 'the hon. member' is no word of endearment, and 'C.J.' "
         "after a judge's name his office, not two letters joined"),
    rule(flora.read_flora, "flora", flora.HINT,
         "before symbols, which would read the '∞' of 'stamens ∞' as infinity"),
    on_digits(listings.read_listings, "listings", listings.HINT,
              "before numbers, while the count before 'bd.' is still in digits"),
    rule(recipe_sizes.read_recipe_sizes, "recipe_sizes", recipe_sizes.HINT,
         "before fractions and numbers, while the count before 'lg.' is still in digits"),
    on_digits(notation.write_numbers_plainly, "notation", notation.NOTATION_HINT,
         "before every rule that reads numbers: in '25 000 km' the unit's number is 25,000, "
         "and in '±5%' the sign is read before the percentage takes the digits"),
    on_digits(dockets.read_dockets, "dockets", dockets.HINT,
              "before phones, dates, ranges and numbers: '2024-CV-1187' is no range or date, "
              "and its serial no code read digit by digit; after notation, which reads a "
              "federal court's '1:23-cv-04412' with its office"),
    on_digits(phones.read_phone_numbers, "phones", phones.HINT,
         "before times, dates and ranges: '555-123-4567' is no range, '192.168.0.1' no date"),
    on_digits(number_plates.read_number_plates, "number_plates", number_plates.HINT,
              "before dates, models, measures and numbers, which would read a plate's 'AB12' "
              "as letters and 'twelve' and '472 BNK' as a count: it is said figure by figure"),
    on_digits(star_places.read_star_places, "star_places", star_places.HINT,
         "before times and the letters: in 'R.A. 5h. 30m.' the letters are right ascension, "
         "and 'Dec.' before degrees is declination, no month"),
    on_digits(odds.read_odds, "odds", odds.HINT,
              "before times, dates, money and fractions: in 'at odds of 7/2' the slash parts "
              "a bet's odds, not a day from its month, shillings from pence or a fraction"),
    on_digits(fiscal_years.read_fiscal_years, "fiscal_years", fiscal_years.HINT,
              "before times, dates, models and ranges: 'FY2026' is a fiscal year, no letters "
              "and a number of a model, and 'FY 2025-26' its span of years"),
    rule(weekday_letters.read_weekday_letters, "weekday_letters", weekday_letters.HINT,
         "before times, ranges and the rules for letters: in 'open M-F 9-5' the letters are "
         "a span of weekdays, not initials or a letter and a range"),
    on_digits(motorway_junctions.read_motorway_junctions, "motorway_junctions",
              motorway_junctions.HINT,
              "before models and the parting of letters from digits, which would read a "
              "motorway's 'J10' as the letter and 'ten': beside a motorway it is its junction"),
    on_digits(times.read_times, "times", times.HINT,
         "before dates, ranges and numbers: '5-7 pm' is a range of hours, '11.30 a.m.' no "
         "decimal"),
    on_digits(dates.read_dates, "dates", HAS_DIGIT,
         "before fractions, ranges and numbers: '6/23/2024' is no fraction, '2024-06-23' no "
         "range, and 'June 6' takes an ordinal"),
    rule(decades.read_decades, "decades", decades.HINT,
         "before ranges and the parting of letters from digits: '1960s-1980s' is a range of "
         "decades, and '1980s' must not become '1980 s'"),
    rule(sharps.read_sharps, "sharps", sharps.HINT,
         "before numero and symbols, which read '#' as 'number' or drop it: in 'C#' and "
         "'F# minor' it is a sharp"),
    rule(isotopes.read_isotopes, "isotopes", isotopes.HINT,
         "before measures, models and ranges: in 'technetium-99m' the 'm' is metastable, not "
         "meters, and 'iodine-131' is no model's number"),
    rule(formulas.read_formulas, "formulas", formulas.HINT,
         "before numero, which would read 'NO2' as 'number two', and before the parting of "
         "letters from digits and initialisms: 'H2SO4' is 'H 2 S-O 4', whose 'SO' is no word"),
    rule(numero.read_numero, "numero", numero.HINT,
         "before abbreviations, numbers and symbols: 'No. 3' and '#3' are 'number three'; "
         "before addresses, which would read the house number of 'No. 10 Downing St'"),
    on_digits(slashed_ranks.read_slashed_ranks, "slashed_ranks", slashed_ranks.HINT,
              "before measures, which would read the slash of '2/Lt.' as 'per' before the "
              "titles' rule reads the rank"),
    rule(addresses.read_street_addresses, "addresses", addresses.HINT,
         "before ordinals, numbers and abbreviations: house numbers go in pairs, '42nd St' "
         "names a street, and a state code after a city is no initialism; before measures, "
         "which would read '500 W. Madison St.' as watts"),
    on_digits(gem_weights.read_gem_weights, "gem_weights", gem_weights.HINT,
              "before money and numbers, which would read '14k gold' as fourteen thousand, and "
              "before measures and abbreviations, which leave 'a 2 ct. diamond' as written"),
    on_digits(dimensions.read_dimensions, "dimensions", dimensions.HINT,
         "before measures and the parting of letters from digits: in '2x8 m2' the unit then "
         "follows its number, and 'x' is 'by', not a letter"),
    on_digits(land_measures.read_land_measures, "land_measures", land_measures.HINT,
              "before money, which would read the perches of '3r. 14p.' as pence"),
    rule(ratings.read_ratings, "ratings", ratings.HINT,
         "before money, which would read 'gave it 4/5' as shillings and pence, and numbers, "
         "which would read 'Rating: 3.5/5' as a number and a five"),
    on_digits(rate_bases.read_rate_bases, "rate_bases", rate_bases.HINT,
              "before money, measures and fractions, which would read the slash of '8 L/100 km' "
              "and '£1.20/100g' as a fraction or a pause: it is 'per' a round base"),
    rule(money.read_money, "money", _MONEY_HINT,
         "before measures, percentages and ranges: '$5-10' is an amount range, in '$40m' the "
         "'m' is million, and '$12/kg' is a price per kilogram"),
    on_digits(box_scores.read_box_scores, "box_scores", box_scores.HINT,
              "before measures, whose 'pts' and 'yds' beside them it leaves, and before "
              "initialisms, which would spell '3 TDs' as letters"),
    on_digits(measures.read_measures, "measures", measures.HINT,
         "before ranges and the parting of letters from digits: '5-10 km' is a range in "
         "kilometers, '12kg' one quantity"),
    rule(percentages.read_percentages, "percentages", _PERCENT_HINT,
         "before ranges and symbols: '5-10%' is one range of percent"),
    on_digits(models.read_model_numbers, "models", models.HINT,
              "after measures and money, which read '350 km' and '$747'; before ranges, which "
              "would read 'Boeing 747-400' as a range, and the parting of letters from digits, "
              "which would read 'A350' as 'A three hundred fifty'"),
    on_digits(versions.read_versions, "versions", versions.HINT,
              "after dates, phones and measures, which read '15.01.2020', '192.168.0.1' and "
              "'2.0 kg'; before ranges and numbers, which would read '2.0.1' as 'two point "
              "zero point one', and the parting of letters from digits, which would make "
              "'v1.2' 'v one point two'"),
    on_digits(grade_spans.read_grade_spans, "grade_spans", grade_spans.HINT,
              "before ranges, which would read 'grades K-12' as the letter and 'twelve', and "
              "numbers; after models, which read 'AK-47'"),
    on_digits(game_scores.read_game_scores, "game_scores", game_scores.HINT,
              "before ranges, which would read a tennis set '7-6' and a cricket score '356-4' "
              "with 'to'"),
    on_digits(ranges.read_ranges, "ranges", HAS_DIGIT,
         "after the classes that read their own ranges (times, money, measures, percentages), "
         "before numbers, which would read '10-15' as 'ten-fifteen'"),
    rule(fractions.read_fractions, "fractions", fractions.HINT,
         "after dates and prices per unit, which claimed their slashes; before numbers"),
    on_digits(ordinals.read_ordinals, "ordinals", HAS_DIGIT,
         "after dates and addresses; before the parting of letters from digits, which would "
         "make '22nd' '22 nd'"),
    on_digits(quarters.read_quarters, "quarters", quarters.HINT,
              "before the parting of letters from digits, which would read '2Q22' as 'two Q "
              "twenty-two'"),
    on_digits(book_sizes.read_book_sizes, "book_sizes", book_sizes.HINT,
              "before the parting of letters from digits, which would read '8vo' as 'eight "
              "vo'"),
    on_digits(alphanumerics.separate_letters_and_digits_in_english, "alphanumerics", HAS_DIGIT,
         "after every class that reads digits with letters (units, ordinals, times, decades); "
         "before numbers: 'G7' is 'G seven', 'A1' 'A-one'"),
    rule(headline_numerals.read_headline_numerals, "headline_numerals", headline_numerals.HINT,
         "before the Roman numerals' rule, which takes no word in capitals for a name and "
         "would leave 'GTA VI' in a headline as letters"),
    rule(roman.read_roman_numerals, "roman", roman.HINT,
         "before initialisms, which would spell 'II' in 'World War II'"),
    rule(floor_or_flowering.read_floor_or_flowering, "floor_or_flowering",
         floor_or_flowering.HINT,
         "after ordinals, which read '2nd'; before abbreviations, which would read 'fl.' "
         "before a month as 'flourished'"),
    rule(featuring.read_featuring, "featuring", featuring.HINT,
         "after measures, which read the feet of 'a 6 ft. wall'; before abbreviations, whose "
         "titles would read 'Drake ft. Rihanna' as a fort"),
    rule(article_units.read_article_units, "article_units", article_units.HINT,
         "after measures, which read a unit after a figure ('2 lb of flour'), and "
         "medical_shorthand, which reads a patient's 'pt.' before a case note's verb; before "
         "abbreviations, which would read the dot of 'a lb. of butter' as a stop"),
    rule(periods_short.read_periods_short, "periods_short", periods_short.HINT,
         "after measures, which read '2 wks' after its number; before abbreviations, whose "
         "phrases would leave 'this wk' and 'last yr' as written"),
    rule(abbreviations.read_abbreviations, "abbreviations", abbreviations.HINT,
         "before initialisms, which would spell the dotted 'e.g.' and 'a.k.a.'; its narrower "
         "classes (closings, languages, scholarly...) in turn under its hint",
         steps=abbreviations.STEPS),
    rule(month_spans.read_month_spans, "month_spans", month_spans.HINT,
         "after abbreviations, which read 'Oct.-Mar.' as 'October-March'; before punctuation, "
         "which would keep the dash between two months a hyphen or a pause"),
    rule(street_points.read_street_points, "street_points", street_points.HINT,
         "after ordinals, which read '55th'; before initials, which would take 'E. Main' for "
         "a man's initial"),
    rule(initials.join_initials, "initials", initials.HINT,
         "after abbreviations, which would read the joined 'JR' as Junior; before "
         "initialisms, which leave a spaced 'J. H.' as two letters"),
    rule(initialism_pairs.read_initialism_pairs, "initialism_pairs", initialism_pairs.HINT,
         "before initialisms, which would spell each side of 'US-UK' as a group of its own"),
    rule(initialisms.read_initialisms, "initialisms", initialisms.HINT,
         "before symbols: 'AT&T' still has its '&'"),
    rule(powers.read_powers, "powers", powers.HINT,
         "after measures, which read 'm²' after a figure as a unit; before greek, which would "
         "leave 'πr²' (a letter beside it) and read a lone 'π', and symbols, whose '=' and "
         "'+' say a formula is near"),
    rule(greek.read_greek_letters, "greek", greek.HINT,
         "after measures, which read 'μm' and 'Ω' as units; before numbers: '2π' is 'two pi'"),
    on_digits(numbers.read_numbers, "numbers", HAS_DIGIT,
         "after every class that reads a number in context: it reads every number left"),
    rule(symbols.symbol_reader(read_mapping("en", "symbols"), ","), "symbols", symbols.HINT,
         "after the classes that read symbols in context ('$', '%', '@', '&', '+3'); before "
         "punctuation, which tidies the spaces its words leave"),
    rule(punctuation.smooth_punctuation, "punctuation", None,
         "last: dashes still left are pauses, and the spaces and commas every rule left are "
         "tidied"),
)  # fmt: skip

LANGUAGE = Language(
    code="en",
    rules=RULES,
    cardinal=numbers.cardinal,
    ordinal=numbers.ordinal,
    year=numbers.year,
    decimal=numbers.decimal,
)
