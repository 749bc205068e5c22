"""The form of an ordinal before a Russian noun, guessed from the noun's ending and the
preposition before: "в III квартале" -> "третьем", "II стадия" -> "вторая", "до III
квартала" -> "третьего", "итоги II тура" -> "второго", "на II стадию" -> "вторую".

Without a dictionary the ending is a guess: a feminine noun in "-ь" ("III степень") is read as a
masculine one, "-ы"/"-и" as a plural unless a preposition asks for a genitive, and "-ии" as a
feminine but for the neuters in "-нии" and "-годии" ("во II полугодии" -> "во втором").
"""

from __future__ import annotations

from narrator.spoken.ru.numbers import ordinal

# (case, gender, plural) of an ending that says them whatever comes before.
_CLEAR = (
    ("ого", ("g", "m", False)), ("его", ("g", "m", False)), ("ому", ("d", "m", False)),
    ("ему", ("d", "m", False)), ("ых", ("g", "m", True)), ("их", ("g", "m", True)),
    ("ый", ("n", "m", False)), ("ий", ("n", "m", False)), ("ое", ("n", "n", False)),
    ("нии", ("g", "n", False)), ("годии", ("g", "n", False)), ("ые", ("n", "m", True)),
    *((f"{c}ие", ("n", "m", True)) for c in "кгхшщжч"),
    ("ах", ("p", "m", True)), ("ях", ("p", "m", True)), ("ами", ("i", "m", True)),
    ("ями", ("i", "m", True)), ("ов", ("g", "m", True)), ("ев", ("g", "m", True)),
    ("ии", ("g", "f", False)), ("ой", ("g", "f", False)), ("ей", ("g", "f", False)),
)  # fmt: skip
_PREPOSITIONAL = frozenset({"в", "во", "на", "о", "об", "при"})
_GENITIVE = frozenset({"с", "со", "до", "от", "после", "около", "из", "для", "без", "у"})
_DATIVE = frozenset({"к", "ко", "по"})


# Feminine nouns often numbered, whose "-е" and "-и" forms the endings alone would take for a
# masculine's ("во II половине" is "во второй").
_FEMININE = ("половин", "четверт", "част", "недел", "декад", "волн", "лиг", "групп", "очеред",
             "степен", "стади", "категори", "сери", "смен", "сесси", "глав", "статья")  # fmt: skip


def _feminine_form(noun: str, before: str) -> tuple[str, str, bool]:
    last = noun[-1]
    if last in "аяь":
        return "n", "f", False
    if last in "ую":
        return "a", "f", False
    return _preposition_case(before) or "g", "f", False


def _form(noun: str, before: str, after_noun: bool) -> tuple[str, str, bool]:
    """(case, gender, plural) of an ordinal before ``noun``; ``before`` is the preposition or
    word before the ordinal, ``after_noun`` whether that word is a noun that governs a
    genitive ("итоги")."""
    if noun.startswith(_FEMININE) and not noun.endswith(("ах", "ях", "ами", "ями")):
        return _feminine_form(noun, before)
    for ending, found in _CLEAR:
        if noun.endswith(ending):
            case = {"p": "p", "d": "d"}.get(_preposition_case(before), found[0])
            return (case, found[1], found[2]) if found[1] in "fn" else found
    last = noun[-1]
    governed = _preposition_case(before)
    if last == "е":
        return ("p", "m", False) if governed else ("n", "n", False)
    if last in "ая":
        return ("g", "m", False) if governed == "g" or after_noun else ("n", "f", False)
    if last in "ую":
        return ("d", "m", False) if governed == "d" else ("a", "f", False)
    if last in "ыи":
        return ("g", "f", False) if governed == "g" or after_noun else ("n", "m", True)
    if last == "о":
        return "n", "n", False
    return "n", "m", False


def _preposition_case(word: str) -> str:
    if word in _PREPOSITIONAL:
        return "p"
    if word in _GENITIVE:
        return "g"
    return "d" if word in _DATIVE else ""


def ordinal_before(value: int, noun: str, before: str) -> str:
    """The ordinal of ``value`` agreeing with the lower-case ``noun`` after it; ``before`` is
    the lower-case word before the numeral ("" if none): (3, "квартале", "в") -> "третьем"."""
    after_noun = len(before) > 3 and before.isalpha() and not looks_like_verb(before)
    case, gender, plural = _form(noun, before, after_noun)
    return ordinal(value, case, gender, plural)


_VERB_ENDINGS = ("л", "ла", "ло", "ли", "ся", "сь", "ет", "ит", "ут", "ют", "ат", "ят", "ть")


def looks_like_verb(word: str) -> bool:
    """Whether a lower-case word ends as a Russian verb in the past or present usually does
    ("издала", "стал", "правит"): after a ruler's name it says the name is the subject."""
    return word.endswith(_VERB_ENDINGS)


# The endings of women's names ("Екатерина", "Елизавета", "Анна", "Мария"), told from a man's
# genitive in "-а" or "-я" ("Петра", "Николая").
_WOMAN = ("ина", "ета", "нна", "ия", "ины", "еты", "нны", "ии", "ину", "ету", "нну", "ию",
          "ине", "ете", "нне", "иной", "етой", "нной", "ией")  # fmt: skip
_WOMAN_CASE = {"ы": "g", "и": "g", "у": "a", "ю": "a", "е": "d"}
_MAN_CASE = {"а": "g", "я": "g", "у": "d", "ю": "d", "е": "p"}


def name_form(name: str) -> tuple[str, str]:
    """(case, gender) of a ruler's name from its ending, for the ordinal after it:
    "Николаю" -> ("d", "m"), "Екатерины" -> ("g", "f"), "Петр" -> ("n", "m")."""
    name = name.lower()
    if name.endswith(_WOMAN):
        if name.endswith(("ой", "ей")):
            return "i", "f"
        return _WOMAN_CASE.get(name[-1], "n"), "f"
    if name.endswith(("ом", "ем")):
        return "i", "m"
    return _MAN_CASE.get(name[-1], "n"), "m"
