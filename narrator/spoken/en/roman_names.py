"""One letter after a name, I, V or X: a monarch's or a pope's number, or the pronoun "I" and
a letter ("Malcolm X"), as the words around it say (the Roman numeral rule asks it last).

- "Henry V." -> "Henry the fifth", "Ferdinand I, Holy Roman Emperor" -> "... the first",
  "Mary I of England", "Charles I's": after the name of a monarch or pope
  (``tables/regnal_names.tsv``) where the pronoun cannot be; after a ruler's title whatever
  follows ("Queen Elizabeth I died"); after "the <noun> of" or "under" ("the statue of
  Napoleon I stood"); opening a sentence or a clause ("When Charles I was executed", "In 1066,
  William I defeated") before a verb that is no first person's ("Elizabeth I ruled England",
  but "Mary I think is right")
- "V" after any other name, never a pronoun, is a number: "Grand Theft Auto V sold" -> "...
  five sold", "the Mark V tank"
- two letters or more after a capitalised word (`say_numbered_name`): a monarch's number
  ("Elizabeth II"), a person's suffix after a full name ("Robert Griffin III"), else a
  thing's number ("Rocky IV", "the Boundary Increase II", "Bayern Munich II": "two")
- "Tell Henry I said", "Malcolm X" and "So I" keep their letter, and in a list of authors with
  their initials ("Abe I, Matsumura K") it is one
"""

from __future__ import annotations

import re

from narrator.spoken.en.context import follows_an_opening_phrase, starts_sentence, stop_after
from narrator.spoken.en.numbers import cardinal, ordinal
from narrator.spoken.en.roman_lower import value
from narrator.spoken.en.roman_works import names_a_work, names_no_person
from narrator.spoken.tables import read_mapping, read_words

# One letter after the name of a monarch or pope is a numeral where the pronoun "I" cannot
# be: "Henry V." at the end of a clause, "Ferdinand I, Holy Roman Emperor" (or "I., ", as old
# books point a numeral), "Mary I of
# England", "Charles I's reign", "William I in 1087", "Charles I and James II", "Charles I and
# his queen"; "V" and "X",
# never a pronoun, before any word ("Henry V may", "Pius X was"). Other names keep their
# letter ("Malcolm X was"), and words that start sentences or clauses are no names ("So I").
# A ruler's epithet after it, capitalised, is no verb: "Ptolemy I Soter", "Peter I the Great".
_ONE_LETTER = re.compile(
    r"(?P<name>[A-Z][a-zà-ÿ]{2,}(?:-[A-Z][a-zà-ÿ]{2,})?)\s+(?P<numeral>[IVX])"
    r"(?:\.?(?=\s*$)|\.?(?=\s?[,;:)\"\u201d]\s)|\.(?=\s|'s\b)|(?='s\b|\s+\()"
    r"|(?=\s+(?:in|on|at|of|by|from|for|with|to|until|after|before|during)\s)"
    r"|(?=\s+and\s+(?:[A-Z][a-z]+\s+(?:[IVX]+\b|the\s)|(?:his|her|their)\s))"
    r"|(?<=[VX])(?=\s+[a-z])"
    r"|(?=\s+(?:the\s+)?(?P<epithet>[A-Z][a-z]{3,})\b(?!['-])))"
)
# The names of monarchs and popes, after which a numeral is their number, with the highest
# number one bore: a greater one after the name is no ruler's ("Richard X", a producer, where
# the Richards of England stop at III). Names as English writes them: the Dutch kings are
# "William", and "Willem II" is a football club ("Willem II beat PSV": "Willem two").
REGNAL_NAMES = {name: int(highest) for name, highest in read_mapping("en", "regnal_names").items()}


def is_regnal(name: str, numeral: str) -> bool:
    """Whether ``numeral`` after ``name`` may be a monarch's or pope's number: the name is
    one of theirs and one of them bore a number so high ("Henry VIII", not "Richard X")."""
    highest = REGNAL_NAMES.get(name)
    return highest is not None and value(numeral) <= highest


# After a ruler's title, one letter after the name is the number whatever follows: "Queen
# Elizabeth I died", "Emperor Nicholas I", "Pope John Paul I reigned" (a name of two words),
# "Patriarch Bartholomew I".
_TITLED = re.compile(
    r"\b(?:King|Queen|Pope|Emperor|Empress|Tsar|Czar|Tsarina|Kaiser|Sultan|Pharaoh|Prince|"
    r"Princess|Duke|Duchess|Archduke|Patriarch|Shah|Caliph|Emir|Doge|Negus|Margrave|Elector)"
    r"\s+(?P<name>[A-Z][a-zà-ÿ]{2,}(?:[ -][A-Z][a-zà-ÿ]{2,})?)\s+"
    r"(?P<numeral>[IVX])\b(?![-'.]\w)"
    r"(?P<dot>\.(?!\w))?"
)
# A surname and initials that are no numerals, before a comma or the year in parentheses:
# the line lists authors ("Matsumura K, Fishbein M. (1999)"); "Mary K. Jones" lists none.
_INITIALS_AFTER_NAMES = re.compile(r"\b[A-Z][a-z]+ [A-HJ-UWYZ][A-Z]?(?= ?[,(]| ?\.\s*\()")


# "I" after a monarch's name that opens a sentence, before a word in lower case: a pronoun
# there would need a comma ("Elizabeth I ruled England", not "Elizabeth, I ruled").
# A verb that agrees with the pronoun and not with a king makes it the pronoun, a name before
# it spoken to ("Mary I think is right", "John I love you"), where "Mary I ruled" is a queen.
# A name of two words is one of the table's ("Haile Selassie I was"), tried before one word.
_TWO_WORD_NAMES = "|".join(
    sorted((n for n in REGNAL_NAMES if " " in n), key=lambda n: (-len(n), n))
)
_OPENING_NAME_ONE = re.compile(
    rf"(?P<name>{_TWO_WORD_NAMES}|[A-Z][a-zà-ÿ]{{2,}}(?:-[A-Z][a-zà-ÿ]{{2,}})?)"
    r"\s+(?P<numeral>I)(?=\s+(?P<verb>[a-z]+))"
)
_FIRST_PERSON_VERBS = frozenset(
    {"am", "think", "know", "love", "have", "do", "want", "remember", "hope", "feel",
     "believe", "guess", "mean", "wish", "suppose", "say", "see", "need", "like", "hate",
     "promise", "swear", "beg", "fear", "trust", "thank", "understand", "forgive", "must"}
)  # fmt: skip


# "I" after a monarch's name after "the <noun> of" (capitalised too: "the Code of Justinian I
# is") or "under", before a word in lower case:
# "the statue of Napoleon I stood", "the laws of Edward I were", "under Charles I the
# army"; a verb of the pronoun's keeps it ("the house of John I remember").
_GENITIVE_NAME_ONE = re.compile(
    r"(?P<before>\b(?:[Tt]he [A-Za-z][a-z]+ of|[Uu]nder) )"
    r"(?P<name>[A-Z][a-zà-ÿ]{2,})\s+(?P<numeral>I)(?=\s+(?P<verb>[a-z]+))"
)
_PRONOUN_VERBS = frozenset({"had", "would", "should", "could", "shall", "will", "might"})


def is_a_verb_of_i(word: str) -> bool:
    """Whether ``word`` after "I" makes it the pronoun: "I think", "I was", "I had"."""
    return word in _FIRST_PERSON_VERBS or word in _PRONOUN_VERBS or word in _PAST_VERBS


# Verbs in the past, which the pronoun takes as often as a king: after a word that sorts
# things into kinds ("that phase I was in"), they make it the pronoun.
_PAST_VERBS = frozenset(
    {"was", "did", "said", "saw", "went", "got", "felt", "knew", "thought", "found", "made",
     "took", "came", "told", "met", "left", "lost", "began", "tried", "used", "loved", "can",
     "may", "also", "just", "still", "never", "always", "really", "then", "often"}
)  # fmt: skip


def _say_genitive_name_one(match: re.Match[str]) -> str:
    if match["name"] not in REGNAL_NAMES or match["verb"] in _FIRST_PERSON_VERBS | _PRONOUN_VERBS:
        return match.group(0)
    return match["before"] + say_regnal(match)


# A conjunction that opens a clause, whose subject the name then is: "When Charles I was
# executed", "After Henry I died". The pronoun would need a comma after the name, but books
# leave it out ("When Mary I saw you last"): there, a verb the pronoun takes as often keeps
# it if the name is spoken to ("you") or the verb is a modal ("When John I would"), and "was"
# only where it is passive ("was executed", "was crowned").
_CLAUSE_OPENER_BEFORE = re.compile(
    r"(?:^|[\s,;(])(?:[Ww]hen|[Aa]fter|[Bb]efore|[Uu]ntil|[Ww]hile|[Ss]ince|[Bb]ecause|"
    r"[Aa]lthough|[Tt]hough|[Oo]nce|[Ww]hereas|[Uu]nless|[Aa]s|[Ii]f)\s$"
)
_PASSIVE_AHEAD = re.compile(r"\s+was\s+[a-z]+(?:ed|en|wn)\b")
# Words after "I" that are no verb in the past: modals and adverbs, which keep the pronoun.
_NOT_PAST_VERBS = frozenset(
    {"can", "may", "also", "just", "still", "never", "always", "really", "then", "often"}
)  # fmt: skip
_ADDRESSED_AHEAD = re.compile(r"\s+[a-z]+\s+(?:you|thee|ye)\b")


def _opens_a_clause(match: re.Match[str]) -> bool:
    """Whether the name before "I" opens a sentence, or a clause where the verb after "I" is
    no pronoun's."""
    text, start = match.string, match.start()
    if starts_sentence(text, start) or follows_an_opening_phrase(text, start):
        return True
    if _CLAUSE_OPENER_BEFORE.search(text, max(0, start - 10), start) is None:
        return False
    verb = match["verb"]
    if verb == "was":
        return _PASSIVE_AHEAD.match(text, match.end()) is not None
    if (verb in _PAST_VERBS and verb not in _NOT_PAST_VERBS) or verb == "had":
        # A king's deed ("When Louis I came to the throne"), unless said to the one named:
        # "When Mary I saw you last".
        return _ADDRESSED_AHEAD.match(text, match.end()) is None
    return not is_a_verb_of_i(verb)


def _say_opening_name_one(match: re.Match[str]) -> str:
    if match["name"] not in REGNAL_NAMES or not _opens_a_clause(match):
        return match.group(0)
    if match["verb"] in _FIRST_PERSON_VERBS:
        return match.group(0)
    return say_regnal(match)


def after_a_letter(match: re.Match[str]) -> bool:
    """Whether a name the pattern found starts inside a word ("McHenry" is no "Henry")."""
    before = match.string[max(0, match.start() - 1) : match.start()]
    return before != "" and (before.isalnum() or before in "'-")


_SURNAME_AHEAD = re.compile(r"\s+[A-Z][a-z]")


# A ruler named in an apposition after the numeral, whatever the name: "Louis-Philippe I, the
# last king of France", "Akbar I, the Mughal emperor".
_RULER_APPOSITION = re.compile(
    r",\s+the\s+(?:[A-Za-z]+\s+){0,3}(?:king|queen|emperor|empress|pope|sultan|shah|pharaoh|tsar|"
    r"czar|khan|caliph|ruler|monarch|sovereign)\b"
)


def _say_one_letter(match: re.Match[str]) -> str:
    ruler = is_regnal(match["name"], match["numeral"]) or _RULER_APPOSITION.match(
        match.string, match.end()
    )
    if not ruler or after_a_letter(match):
        return match.group(0)
    if match["epithet"] and is_a_verb_of_i(match["epithet"].lower()):
        return match.group(0)  # a title in capitals: "When Henry I Was King"
    if _INITIALS_AFTER_NAMES.search(match.string):
        # A list of authors with their initials ("Abe I, Matsumura K, Shida K"): "I" is one.
        return match.group(0)
    stop = stop_after(match)
    dotted = match.group(0).endswith(".")
    if dotted and not stop and _SURNAME_AHEAD.match(match.string, match.end()):
        return match.group(0)  # a middle initial before a surname: "John I. Smith signed"
    return say_regnal(match) + stop


def say_regnal(match: re.Match[str]) -> str:
    """A monarch's name and number (groups "name", "numeral", perhaps "dot") as said: "Louis
    XIV" -> "Louis the fourteenth"; a name inside a word ("McHenry VIII") is left as written."""
    if not match["numeral"] or after_a_letter(match):
        return match.group(0)
    said = f"{match['name']} the {ordinal(value(match['numeral']))}"
    return said + stop_after(match) if match.groupdict().get("dot") else said


# "V" after a capitalised word that is no title, before a word in lower case or a clause's end,
# is a number, never the pronoun: "Grand Theft Auto V sold", "the Mark V tank", "Rocky V."
# ("Henry V" is a king's, read before); a letter after "Letter", "Mr" or "Agent".
_FIVE_AFTER_A_NAME = re.compile(
    r"(?<![\w'-])(?P<name>[A-Z][a-z]+) V(?P<dot>\.)?(?![-'.]?\w)"
    r"(?=\s+[a-z]|(?<!\.)\s*[,;:!?)]|\s*$)"
)
# Capitalised words that start a sentence and are no names: "The Vatican II council".
_NO_NAMES = (
    "The", "A", "An", "In", "On", "At", "Of", "For", "And", "But", "Or", "By", "From", "To",
    "With", "As", "This", "That", "His", "Her", "Its", "Their", "Our", "My", "Your",
)  # fmt: skip
_NOT_NAMES_BEFORE_V = frozenset(
    {"Letter", "Mr", "Mrs", "Ms", "Dr", "Mister", "Missus", "Agent", "Plan", "Brand", "Vitamin",
     "Doctor", "Madame", "Sir", "Lady", "Lord", "Each", "Every", "Any", "Some", "No", *_NO_NAMES}
)  # fmt: skip


def _say_five_after_a_name(match: re.Match[str]) -> str:
    if match["name"] in _NOT_NAMES_BEFORE_V or _INITIALS_AFTER_NAMES.search(match.string):
        return match.group(0)  # a list of authors' initials: "Smith V, Jones K"
    return f"{match['name']} five" + stop_after(match)


# In a heading in capitals, a numeral after a monarch's name in capitals where the pronoun
# cannot be: at the line's end, before a mark or a linking word ("THE LIFE OF CHARLES I",
# "HENRY V.", "ELIZABETH I AND HER COURT", "KING JAMES I", "KING HENRY IV., PRINCE JOHN");
# "JOHN I SAW" keeps it.
_ONE_LETTER_IN_CAPITALS = re.compile(
    r"(?P<name>[A-Z]{3,}) (?P<numeral>(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3}))\b(?![-'.]\w)"
    r"(?:(?P<dot>\.)(?=\s*$|\s+[A-Z]|[,;:]\s)|(?=\s*$|\s*[,;:)]|\s+(?:AND|OF|IN|ON|AT|TO|THE)\b))"
)


_IN_CAPITALS_HINT = re.compile(r" (?<=[A-Z]{3} )[IVX]")


def read_numerals_after_names_in_capitals(text: str) -> str:
    """ "THE LIFE OF CHARLES I" -> "THE LIFE OF CHARLES the first", "WILLIAM IV." -> ...
    "the fourth": a monarch's number in a heading in capitals."""
    if not _IN_CAPITALS_HINT.search(text):
        return text
    return _ONE_LETTER_IN_CAPITALS.sub(_say_one_letter_in_capitals, text)


def _say_one_letter_in_capitals(match: re.Match[str]) -> str:
    if (
        not match["numeral"]
        or not is_regnal(match["name"].title(), match["numeral"])
        or after_a_letter(match)
    ):
        return match.group(0)
    said = f"{match['name']} the {ordinal(value(match['numeral']))}"
    return said + stop_after(match) if match["dot"] else said


_WORD_AFTER = re.compile(r"\s+(?P<word>[A-Za-z]+)")


def _say_titled(match: re.Match[str]) -> str:
    """ "Queen Elizabeth I died" -> "... the first died"; before a verb of the pronoun, "I" is
    the pronoun ("Prince Harry I guess"; "King Charles I was" is the king)."""
    after = _WORD_AFTER.match(match.string, match.end())
    if match["numeral"] == "I" and after and after["word"].lower() in _FIRST_PERSON_VERBS:
        return match.group(0)
    return match.group(0)[: match.start("name") - match.start()] + say_regnal(match)


def read_one_letter_after_names(text: str) -> str:
    """I, V or X after a monarch's name read as the number where the pronoun or a letter cannot
    be: "Henry V." -> "Henry the fifth", "Queen Elizabeth I died" -> "... the first died"."""
    text = _TITLED.sub(_say_titled, text)
    text = _ONE_LETTER.sub(_say_one_letter, text)
    text = _GENITIVE_NAME_ONE.sub(_say_genitive_name_one, text)
    text = _OPENING_NAME_ONE.sub(_say_opening_name_one, text)
    return _FIVE_AFTER_A_NAME.sub(_say_five_after_a_name, text) if " V" in text else text


# What makes any name before a numeral a person's: a ruler's title before it ("Pope Leo XIV",
# "Sultan Mehmed II", "King Sam II"), or a realm after it ("Sam II of Kongo").
_RULER_BEFORE = re.compile(
    r"\b(?:King|Queen|Pope|Emperor|Empress|Tsar|Czar|Tsarina|Kaiser|Sultan|Pharaoh|Prince|"
    r"Princess|Duke|Duchess|Archduke|Count|Countess|Shah|Khan|Caliph|Emir|Patriarch|Saint|"
    r"St\.|Grand Duke|Margrave|Elector|Landgrave|Doge|Negus|Raja|Maharaja|Chief|Bishop) $"
)
_REALM_AFTER = re.compile(r"\.? of (?:the )?[A-Z]")


def is_a_person(match: re.Match[str]) -> bool:
    """Whether the name before a numeral is a person's by the words around it (see
    `_RULER_BEFORE`)."""
    text = match.string
    if _RULER_BEFORE.search(text, max(0, match.start() - 14), match.start()):
        return True
    return _REALM_AFTER.match(text, match.end("numeral")) is not None


# Given names of people today: a numeral of two letters or more after one alone is the
# person's number too ("Sam II"), where one letter would be too often the pronoun.
_FIRST_NAMES = read_words("en", "first_names")
# A person's suffix, after a given name or an initial: "Robert Griffin III", "Carl L. Bankston III".
_SUFFIXES = frozenset({"II", "III", "IV"})
_NAME_BEFORE = re.compile(rf"(?:^|\s)(?!(?:{'|'.join(_NO_NAMES)}) )(?:[A-Z][a-z]+|[A-Z]\.) $")


# A work's book and its chapter or line, as works are cited: "Saturnalia III 13;".
_NUMBER_AFTER = re.compile(r" \d{1,3}(?:[.:]\d{1,3})?\s?(?:[;,)]|\.?\s*$)")

# A name in one word whose second part the numeral pattern found: "Wrestle" of "WrestleMania".
_CAMEL_CASE_BEFORE = re.compile(r"(?<![\w'-])(?!Mc|Mac)[A-Z][a-z]+$")


def say_numbered_name(match: re.Match[str]) -> str:
    """A numeral of two letters or more after a capitalised word: a monarch's or pope's
    number ("Elizabeth II"), a person's suffix after a full name ("Robert Griffin III"),
    else the number of a thing named so ("Rocky IV", "Katwa II block": "Rocky four")."""
    if not match["numeral"] or match["name"] in _NO_NAMES:
        return match.group(0)  # "The IV drip": a sentence's first word is no name
    if after_a_letter(match):
        # The end of a name written in one word: "WrestleMania XX", "StarCraft II".
        if not _CAMEL_CASE_BEFORE.search(match.string, max(0, match.start() - 20), match.start()):
            return match.group(0)
        return _say_as_count(match)
    if match["name"] not in REGNAL_NAMES and _NUMBER_AFTER.match(match.string, match.end()):
        # A work's book before its chapter: the dot that parts them stays a pause, as the
        # other branches keep theirs ("Saturnalia III. 13" -> "Saturnalia three, thirteen").
        return _say_as_count(match) + ("," if match["dot"] else "")
    if match["name"] not in REGNAL_NAMES and (names_a_work(match)):
        return _say_as_count(match)  # "the album Led Zeppelin IV": its number, no suffix
    if (
        is_regnal(match["name"], match["numeral"])
        or match["name"] in _FIRST_NAMES
        or is_a_person(match)
        or (
            match["numeral"] in _SUFFIXES
            and _NAME_BEFORE.search(match.string, max(0, match.start() - 30), match.start())
            and not names_no_person(match)
        )
    ):
        return say_regnal(match)
    return _say_as_count(match)


def _say_as_count(match: re.Match[str]) -> str:
    """A thing's name and its number: "Rocky IV" -> "Rocky four", "StarCraft II." ->
    "StarCraft two." (a dot after the numeral kept where it ends the sentence)."""
    said = f"{match['name']} {cardinal(value(match['numeral']))}"
    return said + stop_after(match) if match["dot"] else said
