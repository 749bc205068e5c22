"""The gender of a German noun, guessed with no dictionary: a short list of neuters and the
endings that mark neuters ("-chen", "-ment", "-um") and feminines ("-ung", "-heit", "-e"...);
the rest is taken for masculine. Numbers and ordinals agree with it ("eine Stimme", "drittes
Quartal")."""

from __future__ import annotations

from typing import Literal

Gender = Literal["m", "f", "n"]

_NEUTER = frozenset(
    {"Jahrhundert", "Jahrtausend", "Jahrzehnt", "Jahr", "Halbjahr", "Quartal", "Mal", "Kapitel",
     "Semester", "Rennen", "Treffen", "Turnier", "Spiel", "Tor", "Album", "Festival",
     "Stockwerk", "Obergeschoss", "Programm", "Gebot", "Buch", "Heft", "Land", "Bundesland",
     "Kind", "Haus", "Auto", "Mitglied", "Prozent", "Stück", "Glas", "Zimmer", "Dorf", "Ende",
     "Auge", "Interesse", "Gebäude", "Gebirge", "Image", "Finale", "Pfund"}
)  # fmt: skip
# Feminines no ending tells, and masculines in "-e", which the ending would take for feminines.
_FEMININE = frozenset({"Person", "Frau", "Stadt", "Nacht", "Hand", "Zahl", "Welt", "Wahl", "Art",
                       "Kraft", "Macht", "Mark", "Angst", "Bank", "Burg", "Tat", "Uhr", "Maus",
                       "Milch", "Post", "Last", "Saison", "Region"})  # fmt: skip
_MASCULINE = frozenset({"Name", "Junge", "Kunde", "Gedanke", "Buchstabe", "Kollege", "Experte",
                        "Käse", "Glaube", "Wille", "Friede", "Löwe", "Affe", "Hase", "Zeuge",
                        "Bote", "Franzose", "Russe", "Türke", "Grieche", "Pole", "Schwede",
                        "Däne", "Riese", "Held", "Sieg"})  # fmt: skip
_NEUTER_ENDINGS = ("chen", "lein", "ment", "um", "tum")
_FEMININE_ENDINGS = ("ung", "heit", "keit", "schaft", "ion", "tät", "ik", "ei", "ie", "enz",
                     "anz", "ur", "liga", "zeit", "e")  # fmt: skip


def gender_of(noun: str) -> Gender:
    """The gender of ``noun`` ("Quartal" -> "n", "Stimme" -> "f", "Platz" -> "m"), guessed."""
    if noun in _NEUTER or noun.endswith(_NEUTER_ENDINGS):
        return "n"
    if noun in _FEMININE:
        return "f"
    return "f" if noun.lower().endswith(_FEMININE_ENDINGS) and noun not in _MASCULINE else "m"


_UMLAUTS = str.maketrans("äöü", "aou")
_GROUPS: tuple[tuple[Gender, frozenset[str]], ...] = (
    ("n", _NEUTER), ("f", _FEMININE), ("m", _MASCULINE))  # fmt: skip
_KNOWN = {noun: gender for gender, nouns in _GROUPS for noun in nouns}
# Plurals in "-en" of no ending that tells are mostly of persons, weak masculines and
# adjectives made nouns: "Menschen", "Polizisten", "Verletzten".
_FEMININE_STEMS = tuple(e for e in _FEMININE_ENDINGS if e != "e")


def plural_gender(noun: str) -> Gender:
    """The gender of the singular of the plural ``noun``, guessed from the plural's ending:
    "Personen" -> "f", "Kinder" and "Häuser" -> "n", "Verletzte" and "Menschen" -> "m"."""
    if noun.endswith(("ern", "eln")):  # a dative's: "Kindern"
        noun = noun[:-1]
    for stem in (noun[:-2], noun[:-1], noun[:-2].translate(_UMLAUTS)):
        if stem in _KNOWN:
            return _KNOWN[stem]
    if noun.endswith("innen") or (noun.endswith("en") and noun[:-2].endswith(_FEMININE_STEMS)):
        return "f"
    if noun.endswith(("en", "er")):
        return "m"
    return gender_of(noun[:-1] if noun.endswith(("e", "s")) else noun)
