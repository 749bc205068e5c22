"""Initialisms, spelled letter by letter, and acronyms said as words left alone.

- "U.S." -> "US"; "FBI" -> "FBI"; "DVDs" -> "DVD's" (capitals run together, which engines
  read letter by letter; a plural with an apostrophe, as for letters)
- "AT&T" -> "A-T and T": hyphenated where together the letters make a word an engine would
  say as one ("I-T", "W-H-O"), since espeak-ng reads "A M" as the article and a letter; so
  are letters with an "O", which engines take for a vowel ("NGO" -> "N-G-O", not "ngo";
  "CEOs" -> "C-E-O's", whose plural "s" would otherwise be spelled too), unless they are
  three letters that may be a word ("FOX", "COP"), which are left to the engine
- "NATO", "OPEC", "IT", "WAR" and headings in capitals ("RETALIATION") are left alone;
  lower-case "us" is never touched
- in text in capitals, "US" and "IT" as pronouns are written in lower case, which engines
  say as words: "LET US GO" -> "LET us GO", "IT WAS LATE" -> "it WAS LATE"; "THE US ARMY"
  and "THE IT DEPARTMENT" keep theirs
"""

from __future__ import annotations

import re

from narrator.spoken.en.context import starts_word, stop_after
from narrator.spoken.rules import any_of
from narrator.spoken.tables import read_words

# Short capitalised words that are words, not initialisms, and acronyms said as words.
_CAPITAL_WORDS = read_words("en", "capital_words")
# Letter pairs that several engines read as words when run together.
_SAID_AS_WORDS = read_words("en", "said_as_words")
_ONSET = (
    r"(?:SCHR|SCR|SPR|STR|SPL|SQU|THR|SHR|CHR|PHR|[BCDFGKPT][LR]|S[CKLMNPTW]|TW|DW|"
    r"QU|TH|SH|CH|PH|WH|WR|KN|[BCDFGHJKLMNPQRSTVWXZ])?"
)
_CODA = (
    r"(?:[BCDFGKLMNPRSTVXZ]|[LNR][BCDFGKPSTZ]|S[KPT]|CK|CH|SH|TH|NG|NK|NT|ND|MP|LD|LT|"
    r"RT|RD|RN|RM|RS|RK|FT|PT|CT|WS|YS|LS|NS|TS|DS|W)?"
)
# Letters said as one word: an onset, vowels, and single consonants or onsets between them
# ("NASA", "OPEC"); starting with a consonant, also a coda and an onset between vowels and a
# doubled letter at the end ("NORAD", "HORDE", "SCOTT"). A vowel first with a cluster after it
# is spelled ("USDA", "OECD"), and so are three vowels first ("IAEA").
_PRONOUNCEABLE = re.compile(
    rf"{_ONSET}[AEIOU][AEIOUY]*(?:(?:[BCDFGHKLMNPRSTVWXZ]|{_ONSET[3:-2]})[AEIOUY]+)*{_CODA}"
)
_PRONOUNCEABLE_FROM_CONSONANT = re.compile(
    rf"(?:Y|{_ONSET[:-1]})[AEIOU][AEIOUY]?(?:{_CODA}{_ONSET}[AEIOUY]{{1,2}})*"
    rf"(?:{_CODA[3:-2]}|LL|TT|SS)?"
)
_THREE_VOWELS = re.compile("[AEIOU]{3}")
_CAPITAL_LETTERS = re.compile("[A-Z]")
_SMALL_LETTERS = re.compile("[a-z]")
# Three letters, a consonant, a vowel and a consonant, are left to the engine, which says
# the words among them as words ("FOX", "COP", "LOL") and spells the rest.
_SYLLABLE = re.compile(r"[B-DF-HJ-NP-TV-Z][AEIOU][B-DF-HJ-NP-TV-Z]")
_DOTTED_INITIALISM = re.compile(r"[A-Za-z]\.(?:[A-Za-z]\.)+(?:[A-Za-z](?![\w.]))?")
_DOTTED_HINT = re.compile(r"\.[A-Za-z]\.")
_CAPITALS = re.compile(r"(?P<caps>[A-Z]{2,5})(?P<plural>s)?\b(?!')")
_LETTERS_AROUND_AMPERSAND = re.compile(r"\b([A-Z]{1,3})&([A-Z]{1,3})\b")
# In text written in capitals ("LET US GO", "IT WAS LATE"), "US" and "IT" are mostly the
# pronouns, which engines would spell as the country and the trade: they are written in lower
# case there. "US" is the pronoun after a word that takes one ("LET US", "ALL OF US"), "IT"
# unless it names the trade ("THE IT DEPARTMENT").
_IT_OR_US = re.compile(r"(?P<word>IT|US)\b(?!['.-]\w)")
_CAPITALS_BEFORE = re.compile(r"(?:^|\s)(?P<before>[A-Z]{2,}|A|I)[,;:!?]?\s+$")
_CAPITALS_AFTER = re.compile(r"[,;:!?.]?\s+(?P<after>[A-Z]{2,}|A|I)\b")
_BEFORE_US = frozenset(
    {"LET", "TELL", "GIVE", "GAVE", "TOLD", "SHOW", "HELP", "JOIN", "SAVE", "LEAVE", "TAKE",
     "BRING", "SEND", "MAKE", "KEEP", "FOLLOW", "CALL", "ASK", "SEE", "HEAR", "KNOW", "LOVE",
     "LIKE", "OF", "WITH", "BETWEEN", "AMONG", "AGAINST", "BEHIND", "AROUND", "UPON", "UNTO",
     "WITHOUT", "BEFORE", "FOR", "TO", "ABOUT", "BY", "NEAR", "LEFT", "TOOK", "MADE", "SENT",
     "BROUGHT", "HELPED", "FORGIVE", "DELIVER", "LEAD", "PROTECT", "BLESS", "ALL", "BOTH"}
)  # fmt: skip
_IT_NOUNS = frozenset(
    {"DEPARTMENT", "STAFF", "SECTOR", "SYSTEMS", "SYSTEM", "SUPPORT", "SERVICES", "COMPANY",
     "COMPANIES", "INDUSTRY", "PROFESSIONALS", "WORKERS", "MANAGER", "SECURITY", "SPENDING",
     "BUDGET", "INFRASTRUCTURE", "SKILLS", "TEAM", "TEAMS", "JOBS", "GIANT", "FIRM", "FIRMS"}
)  # fmt: skip


def _is_said_as_word(capitals: str) -> bool:
    if capitals in _CAPITAL_WORDS:
        return True
    if len(capitals) < 4 or _THREE_VOWELS.match(capitals):
        return False
    return bool(
        _PRONOUNCEABLE.fullmatch(capitals) or _PRONOUNCEABLE_FROM_CONSONANT.fullmatch(capitals)
    )


def spelled(letters: str) -> str:
    """Spell letters so that engines name them: capitals run together ("FBI", "PM"), which
    engines read letter by letter, but hyphenated where together they make a word an engine
    would say as one ("I-T", "W-H-O", "N-G-O", "G-O-P")."""
    capitals = "".join(c.upper() for c in letters if c.isalnum())
    if capitals in _SAID_AS_WORDS or capitals in _CAPITAL_WORDS:
        return "-".join(capitals)
    if "O" in capitals and not _SYLLABLE.fullmatch(capitals):
        return "-".join(capitals)
    return capitals


def read_initialisms(text: str) -> str:
    """Spell initialisms letter by letter: "U.S." -> "US", "FBI" -> "FBI", "AT&T" ->
    "A-T and T".

    Only dotted initialisms and capitalised tokens of two to five letters are spelled, and
    never short words ("IT", "WAR"), pronounceable acronyms ("NATO", "OPEC") or headings
    in capitals ("RETALIATION"); lower-case "us" is never touched.
    """
    if "IT" in text or "US" in text:
        text = _IT_OR_US.sub(_say_it_or_us, text)
    if "&" in text:
        text = _LETTERS_AROUND_AMPERSAND.sub(lambda m: f"{spelled(m[1])} and {spelled(m[2])}", text)
    # The pattern starts with any letter; a quick search for ".X." first spares most lines it.
    if _DOTTED_HINT.search(text):
        text = _DOTTED_INITIALISM.sub(
            lambda m: spelled(m.group(0)) + stop_after(m) if starts_word(m) else m.group(0), text
        )
    return _CAPITALS.sub(_say_capitals, text)


def _say_capitals(match: re.Match[str]) -> str:
    """Capitals spelled, unless they are a word; in text written in capitals ("THE WORLD CUP",
    "ST. LOUIS"), those with an "O" are left run together, for the engine to say the words
    among them as words."""
    capitals = match["caps"]
    if _is_said_as_word(capitals) or not starts_word(match):
        return match.group(0)
    said = spelled(capitals)
    if "-" in said and _in_capitals(match.string, len(capitals)):
        return match.group(0)
    return _plural(said, match["plural"])


def _in_capitals(text: str, own: int) -> bool:
    """Whether ``text`` is mostly written in capitals, as headings and titles may be, besides
    the ``own`` capitals of the letters in question."""
    capitals = len(_CAPITAL_LETTERS.findall(text)) - own
    return capitals > 2 * len(_SMALL_LETTERS.findall(text))


def _plural(letters: str, plural: str | None) -> str:
    """The plural of spelled letters, with an apostrophe as for letters ("DVD's", "N-G-O's"):
    after hyphenated letters, an "s" alone would be spelled too."""
    return letters + "'s" if plural else letters


def _say_it_or_us(match: re.Match[str]) -> str:
    """ "US" and "IT" in text in capitals: the pronouns in lower case, the country and the
    trade as written."""
    if not starts_word(match):
        return match.group(0)
    text = match.string
    before = _CAPITALS_BEFORE.search(text, max(0, match.start() - 20), match.start())
    after = _CAPITALS_AFTER.match(text, match.end())
    if before is None and after is None:
        return match.group(0)
    if match["word"] == "US":
        takes_pronoun = before is not None and before["before"] in _BEFORE_US
        return "us" if takes_pronoun else match.group(0)
    names_trade = (after is not None and after["after"] in _IT_NOUNS) or (
        before is not None and before["before"] in ("THE", "AN", "YOUR", "OUR", "THEIR", "ITS")
    )
    return match.group(0) if names_trade else "it"


# Capitals, or a dotted letter in lower case ("a.m.", "u.s."), which is spelled too; the
# second pattern starts with a literal, which the regex engine finds quickly.
HINT = any_of(r"[A-Z][A-Z.&]", _DOTTED_HINT.pattern)
