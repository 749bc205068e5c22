"""Whether an amount of money sizes the noun after it, its currency then said singular.

- "a $5 bill" -> "a five dollar bill"; "every £20 note", "Apple's $3bn deal"; money's own
  pieces with no determiner: "€2 coin", "5 $10 bills"
- "a £5m-a-year deal": an amount in a compound of a rate
- "ministers back £49bn plan": a scaled amount before a noun, as headlines write it
- not "$5 a day", "the $5 million raised", "the $61.66bn analysts expected", "£49bn of cuts"
"""

from __future__ import annotations

import re

from narrator.spoken.tables import read_words

# An amount in a compound of a rate is singular: "a £5m-a-year deal", "$100,000-a-year".
_RATE_COMPOUND = re.compile(r"-an?-[a-z]")
# An amount between "a" (or "every", "any", a count: "five £5 notes") and a noun qualifies the
# noun, its currency singular: "a $5 bill", "every £20 note", "the $2 million contract",
# "Apple's $3bn deal", "a $5 fee for each"; not "a $5 or $10 fee", "$5 a day", "the $5 million
# spent" (`_after_a_participle`).
_A_BEFORE = re.compile(
    r"(?:\b(?i:an?|the|this|that|every|any|another|its|his|her|their|our|my|your|whose|two|"
    r"three|four|five|six|seven|eight|nine|ten|several|some|many|few)|\w's)\s$"
)
_NOUN_AFTER = re.compile(
    r"-?\s?(?!(?:a|an|the|and|or|to|for|from|of|in|on|at|per|each|by|with|is|was|were|are|"
    r"be|been|that|which|who|than|as|more|less|last|this|next|in|into|over|under|most|many|"
    r"some|all|every|these|those|our|their|his|her|my|your|its|we|they|you)\b)[a-z]{3,}\b"
)


# The table's groups, and compounds ending in one ("homeowners", "automakers", "moviegoers").
_CLAUSE_SUBJECT = re.compile(
    r"[a-z]*(?:"
    + "|".join(sorted(read_words("en", "clause_subjects"), key=lambda w: (-len(w), w)))
    + ")"
)


def before_a_noun(match: re.Match[str]) -> bool:
    """Whether an amount between a determiner and a noun sizes the noun: "a $5 bill"."""
    text = match.string
    before = text[max(0, match.start() - 8) : match.start()]
    if _A_BEFORE.search(before) is None:
        return False
    after = _NOUN_AFTER.match(text, match.end())
    if after is None or _PARTICIPLE.fullmatch(after.group(0).strip(" -")):
        return False
    # Who expected, paid or owed it: the subject of a clause about the amount, not a noun it
    # sizes ("above the $61.66bn analysts expected", "the $5m investors lost").
    return _CLAUSE_SUBJECT.fullmatch(after.group(0).strip(" -")) is None


# A scaled amount is the size of the thing the noun after it names, even with no determiner
# (as headlines write): "ministers back £49bn plan", "Firm wins $3m contract" -> "forty-nine
# billion pound plan"; not before a word that cannot be that noun: a plural, a verb or an
# adverb ("$5m profits", "£2bn went", "$5m annually"), or a word of `not_nouns` ("£49bn of
# cuts", "$5 million in aid", "$2 trillion now"). Indian news keeps rupees plural before
# the noun where no determiner is ("approves Rs 12,000-cr rail projects").
_INDIAN_SCALES = frozenset({None, "crore", "lakh crore", "lakh", "cr"})
_WORD_AFTER = re.compile(r" ([a-z]{3,})\b(?!['-])")
_NOT_NAMED = re.compile(r"[a-z]*(?:[^su]s|ing|ed|ly)")
_NO_NOUNS = read_words("en", "not_nouns") | {
    "now", "ago", "back", "apiece", "today", "tonight", "yesterday", "tomorrow", "last", "next",
    "this", "these", "those", "its", "his", "her", "their", "our", "your", "extra", "worth",
    "total", "overall", "net", "gross", "went", "came", "fell", "rose", "grew", "goes", "became",
    "shall", "never", "instead", "upfront", "alone", "once", "via", "versus", "despite", "like",
    "near", "upon", "cash", "whether", "unless", "whereas", "nor", "all", "both", "either",
    "neither", "est",
}  # fmt: skip


def _scaled_before_a_noun(match: re.Match[str]) -> bool:
    """Whether a scaled amount with no determiner sizes the noun after it: "$3m contract"."""
    word = _WORD_AFTER.match(match.string, match.end())
    return (
        word is not None
        and word[1] not in _NO_NOUNS
        and not _NOT_NAMED.fullmatch(word[1])
        and not _PARTICIPLE.fullmatch(word[1])
    )


# A participle after an amount makes no noun of it: "the $5 million raised", "spent", "paid".
_PARTICIPLE = re.compile(
    r"[a-z]+[^e\W]ed|spent|paid|lost|won|owed|left|made|given|taken|sought|brought|bought|"
    r"sold|held|set|cut|put|earned|raised|needed|lent|sent|kept|sunk|stolen|laid|bet|drawn|"
    r"written|forgiven|due|owing"
)


# Money's own pieces take their value before them with or without a determiner: "€2 coin",
# "5 $10 bills", "£50 notes" -> "two euro coin", "ten dollar bills", "fifty pound notes".
_DENOMINATION_AFTER = re.compile(
    r"-?\s?(?:coin|note|banknote|bill|stamp|token|voucher|gift card)s?\b(?!-)"
)


def sizes_a_noun(match: re.Match[str]) -> bool:
    """Whether the amount `match` read (its groups "scale" and, if any, "cur") sizes the noun
    after it: "a $5 bill", "a £5m-a-year deal", "Firm wins $3m contract", "€2 coin"."""
    return (
        _DENOMINATION_AFTER.match(match.string, match.end()) is not None
        or before_a_noun(match)
        or in_a_rate_compound(match)
        or (match["scale"] not in _INDIAN_SCALES and _scaled_before_a_noun(match))
    )


def in_a_rate_compound(match: re.Match[str]) -> bool:
    """Whether the amount starts a compound of a rate: "a £5m-a-year deal"."""
    return _RATE_COMPOUND.match(match.string, match.end()) is not None
