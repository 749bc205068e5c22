"""Numbers in German: cardinals, ordinals, years, decimals, digit strings, and every number left.

- "46664" -> "sechs und vierzig tausend sechs hundert vier und sechzig": the parts of a number
  word stand apart, as the references write them (espeak-ng says them as one word)
- "1.200" -> "ein tausend zwei hundert" (thousands point); "2,5" -> "zwei Komma fünf" (the
  decimals one digit at a time); "-3" -> "minus drei"
- "2." -> "zweiter", "am 3." -> "am dritten": the ending follows the article before it
- "1999" after "im Jahr", "seit", a month... -> "neunzehn hundert neun und neunzig", and so
  are "zwischen 1990 und 2000" and a year opening a sentence before its verb ("1990 fiel die
  Mauer"); elsewhere a number is a quantity ("1026" -> "ein tausend sechs und zwanzig")
- "1,2 Mio." -> "eins Komma zwei Millionen"; "1 Mrd." -> "eine Milliarde"
- "007" -> "null null sieben" (leading zeros: a code)

Number words come from num2words' German module, loaded alone at the first number.
"""

from __future__ import annotations

import functools
import re

from narrator.spoken.common.numwords import converter
from narrator.spoken.de.gender import gender_of, plural_gender
from narrator.spoken.tables import read_table, read_words

DIGITS = ("null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun")
_PARTS = (
    "null",
    "eins",
    "eine",
    "ein",
    "zwei",
    "drei",
    "vier",
    "fünf",
    "sechs",
    "sieben",
    "acht",
    "neun",
    "zehn",
    "elf",
    "zwölf",
    "dreizehn",
    "vierzehn",
    "fünfzehn",
    "sechzehn",
    "siebzehn",
    "achtzehn",
    "neunzehn",
    "zwanzig",
    "dreißig",
    "vierzig",
    "fünfzig",
    "sechzig",
    "siebzig",
    "achtzig",
    "neunzig",
    "hundert",
    "tausend",
    "und",
    "millionen",
    "million",
    "milliarden",
    "milliarde",
    "billionen",
    "billion",
    "billiarden",
    "billiarde",
    "trillionen",
    "trillion",
)
_PART = re.compile("|".join(sorted(_PARTS, key=len, reverse=True)))
_NOUNS = {"million", "millionen", "milliarde", "milliarden", "billion", "billionen"}
_NOUNS |= {"billiarde", "billiarden", "trillion", "trillionen"}
_ORDINAL_STEMS = {"eins": "erst", "ein": "erst", "drei": "dritt", "sieben": "siebt", "acht": "acht"}

# The word before an ordinal decides its ending: "am dritten", "der dritte", "ein dritter".
_ENDINGS = {
    "am": "en", "im": "en", "vom": "en", "zum": "en", "beim": "en", "dem": "en", "den": "en",
    "des": "en", "zur": "en", "einem": "en", "einen": "en", "seit": "en", "ab": "en",
    "bis": "en", "zwischen": "en", "der": "e", "die": "e", "das": "e", "eine": "e",
    "v": "en",  # "v. 3. Mai", "vom" written short
}  # fmt: skip
# A possessive or "dies-", "jed-" before an ordinal asks what an article would: "ihren 90.
# Geburtstag" -> "neunzigsten", "seine 3. Amtszeit" -> "dritte" ("dieser", "jeder" may be a
# masculine's nominative, left).
_DETERMINERS = ("mein", "dein", "sein", "ihr", "unser", "euer", "eur", "dies", "jed")
_ENDINGS |= {stem + end: ending for stem in _DETERMINERS
             for end, ending in (("en", "en"), ("em", "en"), ("es", "en"), ("e", "e"))}  # fmt: skip
_ENDINGS |= {stem + "er": "en" for stem in _DETERMINERS[:5]}  # "ihrer 2. Amtszeit"
_LAST_WORD = re.compile(r"(\w+)\W*$")


_PART_RUN = re.compile(f"(?:{_PART.pattern})+")
_parts_fullmatch = _PART_RUN.fullmatch


@functools.lru_cache(maxsize=4096)
def cardinal(n: int) -> str:
    """Read an integer: 186 -> "ein hundert sechs und achtzig", -2 -> "minus zwei"."""
    if n < 0:
        return "minus " + cardinal(-n)
    said: list[str] = []
    for word in converter("de").to_cardinal(n).lower().split():
        parts = _PART.findall(word) if _parts_fullmatch(word) else [word]
        said.extend(p.capitalize() if p in _NOUNS else p for p in parts)
    return " ".join(said)


def counted(n: int, feminine: bool = False) -> str:
    """A cardinal before a noun: "ein"/"eine" for one ("ein Euro", "eine Stunde")."""
    if n == 1:
        return "eine" if feminine else "ein"
    return cardinal(n)


# "der" after a preposition or a noun is a feminine's dative or genitive: "in der 90. Minute"
# -> "neunzigsten", "während der 2. Halbzeit"; elsewhere a masculine's nominative ("der 3.
# Platz").
_OBLIQUE_DER = re.compile(
    r"\b(?i:in|an|auf|mit|von|zu|nach|bei|aus|seit|vor|hinter|über|unter|neben|zwischen|"
    r"während|wegen|trotz|innerhalb|außerhalb)\s+der\s+$"
    # or after a noun within the sentence, a genitive: "am Ende der 2. Runde" -> "zweiten"
    r"|(?<=\w)\s+[A-ZÄÖÜ][a-zäöüß]+\s+der\s+$"
)


def ending_after(before: str) -> str:
    """The ordinal ending that the word before it asks for: "am" -> "en", none -> "er",
    "in der" -> "en"."""
    match = _LAST_WORD.search(before)
    if match and match.group(1).lower() == "der" and _OBLIQUE_DER.search(before):
        return "en"
    return _ENDINGS.get(match.group(1).lower(), "er") if match else "er"


@functools.lru_cache(maxsize=4096)
def ordinal(n: int, ending: str = "er") -> str:
    """Read an integer as an ordinal: 3 -> "dritter"; with ``ending="en"`` -> "dritten"."""
    *words, last = cardinal(n).split()
    low = last.lower()
    if low in _ORDINAL_STEMS:
        stem = _ORDINAL_STEMS[low]
    elif low.endswith(("zig", "ßig")) or low in ("hundert", "tausend"):
        stem = low + "st"
    elif low in _NOUNS:
        stem = (low[:-2] if low.endswith(("nen", "den")) else low.removesuffix("e")) + "st"
    else:
        stem = low + "t"
    return " ".join([*words, stem + ending])


@functools.lru_cache(maxsize=4096)
def year(n: int) -> str:
    """Read a year: 1999 -> "neunzehn hundert neun und neunzig", 2013 -> "zwei tausend dreizehn"."""
    if 1100 <= n <= 1999:
        rest = n % 100
        return f"{cardinal(n // 100)} hundert" + (f" {cardinal(rest)}" if rest else "")
    return cardinal(n)


def digits(text: str) -> str:
    """Read every digit on its own: "004" -> "null null vier"."""
    return " ".join(DIGITS[int(c)] for c in text if c.isdigit())


def decimal(text: str) -> str:
    """Read a written German number: "1.200,5" -> "ein tausend zwei hundert Komma fünf"."""
    text = text.replace(".", "").replace(" ", "")
    sign = ""
    if text[:1] in "-−":
        sign, text = "minus ", text[1:]
    whole, _, fraction = text.partition(",")
    words = cardinal(int(whole)) if whole else "null"
    if fraction:
        words += " Komma " + digits(fraction)
    return sign + words


# A written number: "1.200.000", "1.200,50", "2,5", "46664", "1 200" (a space between
# groups of three).
NUM = r"(?:\d{1,3}(?:\.\d{3})+(?!\d)|\d{1,3}(?: \d{3})+(?![\d.]\d)|\d+)(?:,\d+)?"
START = r"(?<![\w.,])"
SCALES = {
    "Tsd.": ("tausend", "tausend"), "Mio.": ("Million", "Millionen"),
    "Mrd.": ("Milliarde", "Milliarden"), "Bio.": ("Billion", "Billionen"),
    "Million": ("Million", "Millionen"), "Millionen": ("Million", "Millionen"),
    "Milliarde": ("Milliarde", "Milliarden"), "Milliarden": ("Milliarde", "Milliarden"),
    "Billion": ("Billion", "Billionen"), "Billionen": ("Billion", "Billionen"),
    # written without the stop too ("3,7 Mrd Euro"); not "Bio", organic before a noun
    "Tsd": ("tausend", "tausend"), "Mio": ("Million", "Millionen"),
    "Mrd": ("Milliarde", "Milliarden"),
}  # fmt: skip
SCALE = "|".join(re.escape(s) for s in sorted(SCALES, key=len, reverse=True))
_SCALE_CI = {s.lower(): words for s, words in SCALES.items()}


def scaled(number: str, scale: str, before: str = "") -> str:
    """A number with its scale word, given the text before it: ("1", "Mio.") -> "eine
    Million", ("1", "Mio.", "von ") -> "einer Million", ("2,5", "Mrd.") -> "zwei Komma fünf
    Milliarden"."""
    one, many = _SCALE_CI[scale.lower()]
    if number == "1":
        return f"{'ein' if one == 'tausend' else one_of(gender_of(one), before, True)} {one}"
    return f"{decimal(number)} {many}"


_YEAR_CONTEXT = re.compile(
    r"(?i)\b(?:jahre?s?|im|seit|bis|von|ab|um|vor|nach|anfang|ende|mitte|sommer|winter|"
    r"herbst|frühjahr|frühling|januar|februar|märz|april|mai|juni|juli|august|september|"
    r"oktober|november|dezember|geboren|gestorben|gegründet)\W*$"
)
_YEARLIKE = r"1[1-9]\d\d|20\d\d"
# Two years joined after "zwischen" ("zwischen 1990 und 2000"), not counting a noun after
# them ("zwischen 1500 und 2000 Menschen").
_YEAR_PAIR = re.compile(
    rf"(?<=\bzwischen )(?P<a>{_YEARLIKE}) und (?P<b>{_YEARLIKE})(?!\s?[A-ZÄÖÜ€$%\d]|[.,]\d)"
)
# A year opening a sentence, with the finite verb right after it, as German word order puts
# it ("1990 fiel die Mauer", "2019 gründete sie..."): a count has its noun there instead.
_FRONTED_VERB = (
    r"war|waren|wurde|wurden|ist|sind|hat|haben|hatte|hatten|fiel|kam|kamen|gab|begann|"
    r"begannen|starb|zog|ging|trat|traten|erschien|entstand|erhielt|übernahm|verließ|gewann|"
    r"verlor|stieg|sank|brach|lag|lagen|folgte|[a-zäöüß]+ete|[a-zäöüß]+ten"
)
_SENTENCE_YEAR = re.compile(
    rf"(?:^|(?<=[.!?:\n] )|(?<=\n))({_YEARLIKE})(?=,|\s(?:{_FRONTED_VERB})\b)"
)
# A year after the finite verb, before a place, a participle or the clause's end ("Er wurde
# 1949 in Hamburg geboren", "Sie starb 1990."): a count has its noun there instead.
# Its verbs and participles are ``tables/year_cues.tsv``'s.
_YEAR_CUES = read_table("de", "year_cues")
_YEAR_VERB = "|".join(word for word, kind in _YEAR_CUES if kind == "verb")
_YEAR_PARTICIPLE = "|".join(word for word, kind in _YEAR_CUES if kind == "participle")
_AFTER_VERB_YEAR = re.compile(
    rf"\b(?P<verb>{_YEAR_VERB}) "
    rf"(?P<year>{_YEARLIKE})(?=\s(?:in|im|nach|aus|an|am|bei|als|zum|zur|von|vom)\s[A-ZÄÖÜ]"
    rf"|\s(?:{_YEAR_PARTICIPLE})\b|[,.;]"
    # a separable verb's particle closing the clause: "Er dankte 1918 ab."
    rf"|\s(?:ab|an|auf|aus|ein|zurück|fest|vor|bei|weg|um|zusammen|über)(?=[,.;!?]|$))"
)
_SCALED = re.compile(rf"{START}(?P<num>{NUM})\s?(?P<scale>(?i:{SCALE}))(?!\w)")
_NUMBER = re.compile(rf"{START}(?P<sign>[-+](?=\d))?(?P<num>{NUM})(?!\d)")
_DIGIT_RUN = re.compile(r"\d+")


def number(text: str, before: str = "") -> str:
    """Read one written number, given the text before it (which says whether it is a year)."""
    if len(text) > 1 and text.startswith("0") and text[1:2].isdigit():
        return digits(text)
    if len(text) == 4 and text.isdigit() and _YEAR_CONTEXT.search(before[-30:]):
        return year(int(text))
    return decimal(text)


# "1" before a noun is the article-like "ein", declined ("mit 1 Stimme" -> "mit einer
# Stimme"); not after a capitalised word, whose label it is ("Staffel 1 Folge 3"), unless the
# word is a preposition starting its sentence ("Mit 1 Stimme Mehrheit").
_NOUN_AFTER = re.compile(r" ([A-ZÄÖÜ][a-zäöüß]{2,})\b(?![.-]\w)")
_LABEL_BEFORE = re.compile(r"[A-ZÄÖÜ]\w*\s$|\d[\s.,]*$")
_DATIVE = frozenset({"mit", "von", "bei", "zu", "aus", "nach", "seit", "vor", "in", "an",
                     "auf", "außer", "gegenüber", "binnen"})  # fmt: skip
_ACCUSATIVE = frozenset({"für", "um", "durch", "gegen", "ohne", "pro", "über"})
_ONE = {"n": ("ein", "einem", "ein"), "f": ("eine", "einer", "eine"),
        "m": ("ein", "einem", "einen")}  # fmt: skip


# "1" that starts a range of a count before its noun is the uninflected "ein": "1 bis 2
# Stunden" (by now perhaps "1 bis zwei Stunden") -> "ein bis zwei Stunden", "1 oder 2 Tage";
# not before "Uhr" ("von 1 bis 2 Uhr" -> "eins bis zwei").
_NUMBER_WORD = (
    r"[a-zäöüß]*(?:eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zig|ßig|"
    r"hundert|tausend|und)"
)
_RANGE_TO_NOUN = re.compile(
    rf" (?:bis|oder) (?:\d+|(?:{_NUMBER_WORD} )*{_NUMBER_WORD}) (?!Uhr\b)"
    r"(?P<noun>[A-ZÄÖÜ][a-zäöüß]{2,})\b"
)
# The feminine scale words: "1 bis 2 Mio." -> "eine bis zwei Millionen".
_SCALE_NOUNS = ("Million", "Milliard", "Billion", "Billiard")


def _is_label(before: str) -> bool:
    """Whether a "1" after ``before`` is a label's number ("Staffel 1"): after a capitalised
    word that is no preposition starting a sentence ("Mit 1 Stimme") or after a number."""
    if not _LABEL_BEFORE.search(before):
        return False
    word = _LAST_WORD.search(before)
    return not word or word.group(1).lower() not in _DATIVE | _ACCUSATIVE


# The endings of a singular noun's form that follows "ein" in no nominative: "es gab 1 Toten"
# is "einen Toten", "mit 1 Polizisten" "einem Polizisten".
_OBLIQUE_ENDINGS = tuple(sorted(read_words("de", "oblique_nouns")))


def one_before(noun: str, before: str) -> str:
    """ "1" before ``noun``, as its preposition and gender ask: ("Stimme", "mit ") -> "einer",
    ("Jahr", "nach ") -> "einem", ("Tag", "für ") -> "einen", ("Euro", "") -> "ein"; a form
    that is no nominative is an accusative where no preposition asks for a dative: ("Toten",
    "gab es ") -> "einen"."""
    if noun.lower().endswith(_OBLIQUE_ENDINGS):
        said = one_of("m", before)
        return "einen" if said == "ein" else said
    return one_of(gender_of(noun), before)


def one_of(gender: str, before: str, amount: bool = False) -> str:
    """ "1" before a noun of ``gender``, as the preposition ending ``before`` asks: ("f", "mit ")
    -> "einer", ("m", "für ") -> "einen", ("n", "") -> "ein". An ``amount`` after "auf" is
    what something rises or falls to, an accusative ("auf eine Million gestiegen")."""
    word = _LAST_WORD.search(before)
    preposition = word.group(1).lower() if word else ""
    if amount and preposition == "auf":
        return _ONE[gender][2]
    case = 1 if preposition in _DATIVE else 2 if preposition in _ACCUSATIVE else 0
    return _ONE[gender][case]


# "1" with no noun after "davon", or before it, stands for one of the things counted before,
# a pronoun that takes their gender: "3 Personen verletzt, davon 1 schwer" -> "davon eine
# schwer", "1 davon schwer" -> "eine davon"; "5 Tote, darunter 1 Kind" keeps its noun's "ein".
_OF_THEM = re.compile(
    r"\b(?:davon|darunter|von (?:ihnen|denen))(?: (?:nur|lediglich|mindestens|noch))? $"
)
_OF_THEM_AFTER = re.compile(r" (?:davon|von (?:ihnen|denen))\b")
_COUNTED = re.compile(rf"(?:\d[\d.]*|\b{_NUMBER_WORD}) (?:[a-zäöüß]+ )?([A-ZÄÖÜ][a-zäöüß]+)\b")
_PRONOUN = {"m": "einer", "f": "eine", "n": "eins"}
# ... and so does a "1" before a word of no noun, after "von" and the things counted earlier in
# its sentence: "Von 3 Verletzten ist 1 schwer verletzt" -> "ist einer schwer verletzt".
_PARTITIVE = re.compile(rf"\b[Vv]on (?:den )?(?:\d[\d.]*|{_NUMBER_WORD}) [^.!?]*$")
# ... and before "der" or "von" and the many it is one of: "1 der Verletzten" -> "einer der
# Verletzten", "1 von 3 Deutschen" -> "einer von drei".
_OF_MANY_AFTER = re.compile(
    rf" (?:der|von(?: den)?) (?:\d[\d.]* |{_NUMBER_WORD} )?(?:[a-zäöüß]+e[nr]? )?"
    r"(?P<noun>[A-ZÄÖÜ][a-zäöüß]+(?:en|ern|er|n|s))\b"
)
# A word of degree opening the sentence is no label's noun: "Nur 1 der 5" ("Band 1 der" is).
_DEGREE_BEFORE = re.compile(
    r"\b(?:Nur|Rund|Etwa|Fast|Knapp|Ungefähr|Circa|Ca\.|Lediglich|Mindestens|Höchstens|Immerhin"
    r"|Jeweils|Noch|Auch|Bereits|Schon)\s$"
)
_NO_NOUN_AFTER = re.compile(r"\s+(?!(?:bis|und|oder|zu|mal)\b)[a-zäöüß]{2,}")


def _one_of_them(before: str, after: str) -> str | None:
    """The pronoun a "1" next to "davon" is (see _OF_THEM), or None next to no such word."""
    many = _OF_MANY_AFTER.match(after)
    if many and (not _is_label(before) or _DEGREE_BEFORE.search(before)):
        return _PRONOUN[plural_gender(many["noun"])]
    partitive = _PARTITIVE.search(before) and _NO_NOUN_AFTER.match(after)
    if not (_OF_THEM.search(before[-30:]) or _OF_THEM_AFTER.match(after) or partitive):
        return None
    sentence = re.split(r"[.!?]\s", before)[-1]
    counted = [m[1] for m in _COUNTED.finditer(sentence)]
    return _PRONOUN[plural_gender(counted[-1])] if counted else "einer"


# A number's hyphen before "bis", "und", "oder" stands for the word it shares with the next
# ("18- bis 25-Jährige", "2- und 3-Zimmer-Wohnungen"): no dash, so no pause.
_SHARED_HYPHEN = re.compile(r"(?<=\d)-(?= (?:bis|und|oder|sowie|bzw\.|u\.|od\.) \d)")


def read_numbers(text: str) -> str:
    """Read every number left: "1.200" -> "ein tausend zwei hundert", "2,5 Mio." -> "zwei
    Komma fünf Millionen", "seit 1999" -> "seit neunzehn hundert neun und neunzig"."""
    if "- " in text:  # a quick test before the search
        text = _SHARED_HYPHEN.sub("", text)
    text = _SCALED.sub(lambda m: scaled(m["num"], m["scale"], m.string[: m.start()]), text)
    text = _YEAR_PAIR.sub(lambda m: f"{year(int(m['a']))} und {year(int(m['b']))}", text)
    text = _SENTENCE_YEAR.sub(lambda m: year(int(m.group(1))), text)
    text = _AFTER_VERB_YEAR.sub(lambda m: f"{m['verb']} {year(int(m['year']))}", text)

    def say(match: re.Match[str]) -> str:
        sign = {"-": "minus ", "+": "plus "}.get(match["sign"] or "", "")
        before = match.string[: match.start()]
        if match["num"] == "1" and not sign:
            to_noun = _RANGE_TO_NOUN.match(match.string, match.end())
            if to_noun and not _is_label(before):  # "1 bis 2 Stunden" -> "ein bis zwei"
                return "eine" if to_noun["noun"].startswith(_SCALE_NOUNS) else "ein"
            noun = _NOUN_AFTER.match(match.string, match.end())
            if noun and not _is_label(before):
                return one_before(noun[1], before)
            pronoun = None if noun else _one_of_them(before, match.string[match.end() :])
            if pronoun:
                return pronoun
        return sign + number(match["num"], before)

    text = _NUMBER.sub(say, text)
    return _DIGIT_RUN.sub(lambda m: decimal(m.group(0)), text)
