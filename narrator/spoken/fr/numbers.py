"""Numbers in French: cardinals, ordinals, decimals, digit strings, and every number left.

- "1 593 072 962" -> "un milliard cinq cent quatre-vingt-treize millions ..." (the space or
  the point between thousands); "71" -> "soixante et onze"
- "2,5" -> "deux virgule cinq"; "818,303" -> "huit cent dix-huit virgule trois cent trois"
  (up to three decimals make a number, longer ones go by pairs: "24,1313" -> "vingt-quatre
  virgule treize treize"); "0,05" -> "zéro virgule zéro cinq"
- "80e" -> "quatre-vingtième" (num2words says "quatre-vingtsième")
- years are cardinals: "2023" -> "deux mille vingt-trois"

Number words come from num2words' French module, loaded alone at the first number.
"""

from __future__ import annotations

import functools
import re

from narrator.spoken.common.numwords import converter

DIGITS = ("zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf")


@functools.lru_cache(maxsize=4096)
def cardinal(n: int) -> str:
    """Read an integer: 94 -> "quatre-vingt-quatorze", -2 -> "moins deux"."""
    if n < 0:
        return "moins " + cardinal(-n)
    words: str = converter("fr").to_cardinal(n)
    return words


def feminine(words: str) -> str:
    """A cardinal before a feminine noun: "vingt et un" -> "vingt et une" ("heures")."""
    return re.sub(r"\bun$", "une", words)


@functools.lru_cache(maxsize=4096)
def ordinal(n: int, feminine_: bool = False) -> str:
    """Read an integer as an ordinal: 3 -> "troisième", 1 -> "premier" ("première")."""
    if n == 1:
        return "première" if feminine_ else "premier"
    words: str = converter("fr").to_ordinal(n)
    return (
        words.replace("sième", "ième") if re.search(r"(?:vingts|cents|ons)ième$", words) else words
    )


def year(n: int) -> str:
    """Read a year: as a cardinal, 1999 -> "mille neuf cent quatre-vingt-dix-neuf"."""
    return cardinal(n)


def digits(text: str) -> str:
    """Read every digit on its own: "004" -> "zéro zéro quatre"."""
    return " ".join(DIGITS[int(c)] for c in text if c.isdigit())


def _decimals(text: str) -> str:
    zeros = len(text) - len(text.lstrip("0"))
    rest = text[zeros:]
    said = ["zéro"] * zeros
    if len(rest) <= 3:
        said += [cardinal(int(rest))] if rest else []
    else:
        said += [cardinal(int(rest[i : i + 2])) if rest[i] != "0" else digits(rest[i : i + 2])
                 for i in range(0, len(rest), 2)]  # fmt: skip
    return " ".join(said)


def decimal(text: str) -> str:
    """Read a written French number: "1 200,5" -> "mille deux cents virgule cinq"."""
    text = text.replace(".", "").replace(" ", "")
    sign = ""
    if text[:1] in "-−":
        sign, text = "moins ", text[1:]
    whole, _, fraction = text.partition(",")
    words = cardinal(int(whole)) if whole else "zéro"
    if fraction:
        words += " virgule " + _decimals(fraction)
    return sign + words


NUM = r"(?:\d{1,3}(?:\.\d{3})+(?!\d)|\d{1,3}(?: \d{3})+(?![\d.]\d)|\d+)(?:,\d+)?"
START = r"(?<![\w.,])"
_NUMBER = re.compile(rf"{START}(?P<sign>[-+](?=\d))?(?P<num>{NUM})(?!\d)")
_DIGIT_RUN = re.compile(r"\d+")


def number(text: str) -> str:
    """Read one written number; leading zeros make a code, read digit by digit."""
    if len(text) > 1 and text.startswith("0") and text[1:2].isdigit():
        return digits(text)
    return decimal(text)


# Endings of feminine nouns ("une personne", "vingt et une voitures"), but for the masculines
# listed; a guess, without a dictionary.
_FEMININE_ENDINGS = ("tion", "sion", "té", "ure", "ée", "ette", "ance", "ence", "ie",
                     "ière", "elle", "esse", "onne", "aine", "ute", "eure", "ace", "ade",
                     "ude", "une", "ille", "ise", "ate")  # fmt: skip
_MASCULINE = frozenset({"musée", "lycée", "trophée", "parapluie", "incendie", "génie",
                        "silence", "gorille", "quadrille", "diplomate", "pirate", "primate",
                        "automate", "acrobate", "aromate", "nitrate", "sulfate", "phosphate",
                        "carbonate"})  # fmt: skip
_FEMININE_WORDS = frozenset({
    "fois", "voix", "victime", "victimes", "région", "saison", "raison", "maison", "façon",
    "chose", "nuit", "fin", "part", "dent", "main", "loi", "langue", "ligne", "manche",
    "route", "rue", "balle", "base", "cause", "classe", "course", "espèce", "forme", "guerre",
    "île", "lettre", "liste", "offre", "partie", "peine", "pièce", "porte", "question", "somme",
    "tonne", "vague", "vie", "zone", "boîte", "carte", "chaîne", "chambre", "chance", "date",
    "école", "enquête", "étape", "fête", "hausse", "baisse", "image", "médaille", "note",
    "œuvre", "paire", "planète", "plainte", "règle", "réunion", "salle", "sortie", "table",
    "tâche", "tête", "voie", "vente", "page", "place", "équipe", "étoile", "femme", "victoire",
    "histoire", "minute", "seconde", "élection", "circonscription", "nation", "option",
    "opinion", "union", "mission", "commission", "division", "version", "tranche", "heure",
    "usine", "banque", "marque", "affaire", "arme", "bombe", "frappe", "attaque", "plage",
    "source", "vache", "église", "étude", "enceinte", "jambe", "ambassade", "cellule",
    "seule",  # no noun, but "1 seule" is "une seule"
})  # fmt: skip
# A range's joiner and second number: "1 à 2 heures" agrees with the noun after the second.
_RANGE_TO = re.compile(r"(?: (?:à|ou|et) |-)\d+(?!\d|[.,]\d)")
_NEXT_WORD = re.compile(r"\s([a-zàâçéèêëîïôûùüÿœ]+)\b")


def before_feminine(after: str) -> bool:
    """Whether the word starting ``after`` looks like a feminine noun: "personnes", "fois"."""
    match = _NEXT_WORD.match(after)
    if not match:
        return False
    word = match.group(1)
    singular = word.removesuffix("s")
    if word in _FEMININE_WORDS or singular in _FEMININE_WORDS:
        return True
    return singular not in _MASCULINE and singular.endswith(_FEMININE_ENDINGS)


# A lone "1" standing for one of the things counted before it in its sentence takes their
# gender: before a verb or an adverb ("Sur les 5 candidates, 1 a gagné" -> "une a gagné",
# "dont 1 grièvement blessée") or "d'entre elles".
_COUNTED_BEFORE = re.compile(r"(?<![\w.,])\d[\d\s]*\s(?P<noun>[a-zàâçéèêëîïôûùüÿœ]{3,})\b[^.!?;]*$")
_NO_NOUN_AFTER = re.compile(
    r"\s(?:a|est|était|sera|fut|reste|demeure|se|s'|ne|n'|[a-zéè]+ment|seule?)\b|\s?$|\s?[,;)]"
)
# ... or "des" and the many it is one of: "1 des 5 candidates" -> "une des cinq", "1 des plus
# grandes villes" -> "une des".
_OF_MANY = re.compile(
    r"\sdes\s+(?:\d[\d\s]*\s)?(?:(?:plus|moins)\s+[a-zàâçéèêëîïôûùüÿœ]+\s+)?"
    r"(?P<noun>[a-zàâçéèêëîïôûùüÿœ]{3,})"
)
_SCORE_BEFORE = re.compile(r"\d\s?(?:à|-|:)\s?$")  # "2 à 1": a score's "un"
_AMONG_THEM = re.compile(r"\sd['’]entre (?P<them>elles|eux)\b")


def _one_of_them(match: re.Match[str]) -> bool | None:
    """Whether a lone "1" stands for one of feminine things counted before it (True), of
    masculine ones (False), or for none (None)."""
    among = _AMONG_THEM.match(match.string, match.end())
    if among:
        return among["them"] == "elles"
    many = _OF_MANY.match(match.string, match.end())
    if many:
        return before_feminine(" " + many["noun"])
    counted = _COUNTED_BEFORE.search(match.string, max(0, match.start() - 80), match.start())
    score = _SCORE_BEFORE.search(match.string, max(0, match.start() - 6), match.start())
    if not counted or score or not _NO_NOUN_AFTER.match(match.string, match.end()):
        return None
    return before_feminine(" " + counted["noun"])


# A number after "numéro" names, it counts nothing, so agrees with no word after it: "le TGV
# n° 6201 part" -> "six mille deux cent un".
_LABEL_BEFORE = re.compile(r"(?i:numéro|n°|nº)\s?$")


def read_numbers(text: str) -> str:
    """Read every number left: "1 200" -> "mille deux cents", "-2,5" -> "moins deux virgule
    cinq", "21 personnes" -> "vingt et une personnes"."""

    def say(match: re.Match[str]) -> str:
        sign = {"-": "moins ", "+": "plus "}.get(match["sign"] or "", "")
        said = number(match["num"])
        to = _RANGE_TO.match(match.string, match.end())
        start = to.end() if to else match.end()
        after = match.string[start : start + 30]
        label = _LABEL_BEFORE.search(match.string, max(0, match.start() - 10), match.start())
        if said.endswith("un") and not label and before_feminine(after):
            said = feminine(said)
        elif said == "un" and not sign and not label and _one_of_them(match):
            said = "une"
        return sign + said

    text = _NUMBER.sub(say, text)
    return _DIGIT_RUN.sub(lambda m: decimal(m.group(0)), text)
