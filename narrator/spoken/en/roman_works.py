"""What says that a numeral after a capitalised name numbers a work, a club's side or a thing
rather than a person (asked by `roman_names.say_numbered_name`): a work's kind before its
title ("the film Rocky III"), what a work does after it ("Led Zeppelin II topped the charts"),
a subtitle ("Star Trek II: The Wrath of Khan"), a club's word before its town ("Bayern Munich
II") or a word no surname is ("Trump Tower II").
"""

from __future__ import annotations

import re

# A subtitle after the numeral names a work, not a person: "Star Trek II: The Wrath of Khan"
# (and "Star Trek II : The Wrath of Khan", as a tokenizer parts the colon).
_SUBTITLE_AFTER = re.compile(r" ?:\s+[A-Z]")
# A work's kind before its title: the numeral after the title is its number ("the album Led
# Zeppelin IV", "the film Rocky III"), where a person's name would take a suffix; only the
# title's capitalised words between ("the show starred Robert Griffin III" is a person).
_WORK_BEFORE = re.compile(
    r"\b(?:albums?|films?|movies?|sequel|video game|game|LP|EP|record|novel|musical|opera|"
    r"symphony|play|series|show|franchise),?\s+(?:[A-Z][\w'’]*\s+){0,3}$"
)
# A part or a making of a work before its title, or a role in it: "the cast of Star Trek II",
# "a remake of Toy Story II", "tickets for Toy Story III", "she appeared in Police Academy II"
# (what a person has, "the son of Davis Love III", names no work).
_WORK_PART_BEFORE = re.compile(
    r"\b(?i:(?:cast|premiere|screening|trailer|remake|sequel|prequel|soundtrack|script|sets?|"
    r"scenes?|tickets|showings?) (?:of|to|for|from|in)|(?:starred|starring|stars|appeared|"
    r"appears|cameo) in) (?:[A-Z][\w'’]*\s+){1,3}$"
)
# A football club's word or letters before its town, where a person's given name would stand:
# "II" is its reserve side ("Bayern Munich II", "VfB Stuttgart II" -> "two"); "AJ", "TJ"
# are a person's initials.
_CLUB_BEFORE = re.compile(
    r"(?:^|\s)(?:(?![A-Z]J )[A-Z][A-Za-z]{0,2}[A-Z]|Bayern|Borussia|Werder|Eintracht|Hertha|"
    r"Fortuna|Arminia|Alemannia|Dynamo|Dinamo|Sporting|Real|Atlético|Athletic|Racing|Olympique|"
    r"Jong) $"
)
# What a record or a film does, after its title: "Led Zeppelin II topped the charts", "Peter
# Gabriel III peaked at No. 1", "Rocky III grossed" (no person tops the charts or grosses).
_WORK_AFTER = re.compile(
    r",? (?:(?:has |had |also )?(?:topped the (?:charts|[A-Z])|peaked|charted|grossed|premiered|"
    r"debuted at (?:No|number)|went (?:gold|platinum)|was certified|sold (?:over |more than )?"
    r"\S+ (?:million )?copies))\b"
)
# Words no surname is, that number a part of a place or a work: "the Boundary Increase II",
# "Trump Tower II" are "two", not a person's suffix.
_NUMBERED_THINGS = frozenset(
    {"Increase", "Extension", "Expansion", "Addition", "Annex", "Tower", "Towers", "Building",
     "Station", "District", "Phase", "Unit", "Block", "Zone", "Complex", "Project", "Reactor"}
)  # fmt: skip


def names_a_work(match: re.Match[str]) -> bool:
    """Whether the words around the numeral make the name before it a work's title, where
    even a person's full name would be one ("the album Peter Gabriel III")."""
    text = match.string
    return bool(
        _WORK_BEFORE.search(text, max(0, match.start() - 40), match.start())
        or (
            _WORK_PART_BEFORE.search(text, max(0, match.start() - 50), match.start())
            and not text.startswith(("'s", "’s"), match.end())
        )
        or _WORK_AFTER.match(text, match.end())
    )


def names_no_person(match: re.Match[str]) -> bool:
    """Whether a subtitle after the numeral, a club's word before the town or a word no
    surname is says that two capitalised words before it are not a person's name."""
    text = match.string
    return bool(
        _SUBTITLE_AFTER.match(text, match.end())
        or _CLUB_BEFORE.search(text, max(0, match.start() - 30), match.start())
        or match["name"] in _NUMBERED_THINGS
    )
