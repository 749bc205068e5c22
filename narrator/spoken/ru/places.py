"""The words of a place written short ("ул.", "г.", "д. 5") said in the case the words before
them ask, as a Russian reader declines them.

- a preposition: "на ул. Ленина" -> "на улице Ленина", "по ул. Ленина" -> "по улице", "из г.
  Казани" -> "из города", "в д. 5" -> "в доме"
- an adjective of the place's name, its ending: "на Тверском бул." -> "на Тверском бульваре",
  "Кировского р-на" is written whole; a feminine's "-ой" takes the case of the preposition
  before it ("в Московской обл." -> "в Московской области"), else the genitive
- the people of a place: "жители мкр. Северный" -> "жители микрорайона Северный"
- nothing of these: the nominative, as written in an address ("ул. Ленина, д. 5")

The forms are the table ``tables/places.tsv`` (nominative, genitive, dative, prepositional,
instrumental, gender). "в", "на" before a place are read as a location, but after a verb of
motion as its goal, an accusative: "переехал на ул. Ленина" -> "на улицу", "вышли на пл.
Победы" -> "на площадь".
"""

from __future__ import annotations

import re

from narrator.spoken.tables import read_table

_CASES = "gdpi"
_FORMS = {row[0]: (row[1:5], row[5]) for row in read_table("ru", "places")}
_PREPOSITION_CASES = {
    **dict.fromkeys(("в", "во", "на", "о", "об", "при"), "p"),
    **dict.fromkeys(("по", "к", "ко", "согласно", "благодаря", "вопреки"), "d"),
    **dict.fromkeys(("с", "со", "от", "до", "из", "у", "около", "возле", "вдоль", "напротив",
                     "близ", "вблизи", "после", "для", "без", "среди", "мимо"), "g"),
    **dict.fromkeys(("за", "под", "над", "перед"), "i"),
}  # fmt: skip
# The people of a place before it put it in the genitive: "жители мкр. Северный" ->
# "микрорайона" (the same nouns that govern a number, ``tables/governing.tsv``).
_PEOPLE = frozenset(row[0] for row in read_table("ru", "governing") if "people" in row[2])
# An adjective's ending -> the case it shows for a masculine ("m") or feminine ("f") noun:
# "" the nominative, "?" a case the preposition before the adjective tells.
_ADJECTIVE_CASES = {
    "m": {"ий": "", "ый": "", "ой": "", "ого": "g", "его": "g", "ому": "d", "ему": "d",
          "ом": "p", "ем": "p", "им": "i", "ым": "i"},
    "f": {"ая": "", "яя": "", "ой": "?", "ей": "?"},
}  # fmt: skip
_LAST_WORDS = re.compile(r"(?:(?P<first>\w+)\s+)?(?P<last>\w+)\s*$")
# A verb of motion in the past or the infinitive, before "в" or "на": their place is a goal
# ("переехал", "вышли", "перевезли").
_MOTION = re.compile(
    r"(?i)\w*(?:ехал[аио]?|ехать|езжа(?:ет|ют|л[аио]?)|правил[аио]?сь|правился|вернул[аио]?сь"
    r"|вернулся|прибыл[аио]?)"
    # "вышли", "перевезли", "внесли"; not "прошел", "произошел", "нашли": a thing took place
    r"|(?:пере|при|вы|от|у|за|до|в|во|с|раз|под)(?:шл[аио]|ш[её]л|йти|вез|нес|н[её]с|вел|вёл)"
    r"(?:л[аио]?|ти)?"
)


def _adjective_case(word: str, gender: str) -> str | None:
    """The case an adjective before a place shows ("" for the nominative, "?" where the
    preposition before it decides), or None when the word is no such adjective."""
    if len(word) < 4 or not word.isalpha():
        return None
    endings = _ADJECTIVE_CASES[gender]
    ending = next((e for e in sorted(endings, key=len, reverse=True) if word.endswith(e)), None)
    return None if ending is None else endings[ending]


def place_case(noun: str, before: str) -> str:
    """The case code ("g", "d", "p", "i", "a" for a motion's goal, or "" for the nominative)
    of a place's ``noun`` after the text ``before`` it."""
    match = _LAST_WORDS.search(before[-40:])
    if not match or noun not in _FORMS:
        return ""
    last, first = match["last"], match["first"] or ""
    if last.lower() in ("с", "со") and first.lower() == "соответствии":
        return "i"  # "в соответствии со ст. 8" -> "со статьей"
    if last.lower() in ("в", "во", "на") and first and _MOTION.fullmatch(first):
        return "a"
    if last.lower() in _PREPOSITION_CASES:
        return _PREPOSITION_CASES[last.lower()]
    if last.lower() in _PEOPLE:
        return "g"
    case = _adjective_case(last.lower(), _FORMS[noun][1])
    if case == "?":
        return _PREPOSITION_CASES.get(first.lower(), "g")
    return case or ""


def declined(noun: str, before: str) -> str:
    """A place's ``noun`` in the case the text ``before`` it asks: ("улица", "на ") ->
    "улице", ("город", "") -> "город"; a word not of a place is returned as it is."""
    case = place_case(noun, before)
    if case == "a":  # a feminine's accusative: "улица" -> "улицу", "набережная" -> "набережную"
        return re.sub(r"ая$|а$|я$", lambda m: {"ая": "ую", "а": "у", "я": "ю"}[m[0]], noun)
    return _FORMS[noun][0][_CASES.index(case)] if case else noun
