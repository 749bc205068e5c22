"""A capital letter and its full stop before a given name, read as the title it stands for
rather than as an initial: Spanish "D. Juan Carlos" -> "don Juan Carlos", Portuguese "D. Pedro
II" -> "Dom Pedro", "D. Maria" -> "Dona Maria", Italian "S. Pietro" -> "San Pietro", "S.
Maria" -> "Santa Maria", "S. Antonio" -> "Sant'Antonio", Portuguese "S. Paulo" -> "São Paulo".

An initial stands before a surname ("John D. Rockefeller", "J. García"), a title before a
given name, so only the given names listed here make the letter a title; the name says the
gender.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

_MASCULINE = frozenset((
    "Juan", "José", "Pedro", "Pablo", "Carlos", "Felipe", "Fernando", "Alfonso", "Manuel", "Luis",
    "Francisco", "Antonio", "Miguel", "Jaime", "Enrique", "Diego", "Rodrigo", "Sancho", "Álvaro",
    "Gonzalo", "Martín", "Tomás", "Andrés", "Santiago", "Sebastián", "Cristóbal", "Jorge", "Javier",
    "Ignacio", "Vicente", "Lorenzo", "Rafael", "Ramón", "Joaquín", "Julio", "Gabriel", "Esteban",
    "Bartolomé", "Mateo", "Marcos", "Lucas", "Simón", "Benito", "Domingo", "Agustín", "Nicolás",
    "Isidro", "Toribio", "Fermín", "João", "Afonso", "Sebastião", "Dinis", "Duarte", "Henrique",
    "Luís", "Paulo", "António", "Antônio", "Tomé", "Bento", "Filipe", "Pietro", "Paolo", "Giovanni",
    "Marco", "Luca", "Matteo", "Francesco", "Giuseppe", "Michele", "Nicola", "Stefano", "Giorgio",
    "Giacomo", "Andrea", "Agostino", "Ambrogio", "Benedetto", "Domenico", "Gennaro", "Filippo",
    "Bartolomeo", "Tommaso", "Martino", "Sebastiano", "Vito", "Zeno", "Luigi", "Ignazio",
    "Gregorio", "Valentino", "Siro", "Petronio", "André", "Mauro", "Mauricio", "Maurizio"
))  # fmt: skip
_FEMININE = frozenset((
    "María", "Juana", "Isabel", "Ana", "Teresa", "Catalina", "Carmen", "Leonor", "Beatriz", "Inés",
    "Mercedes", "Pilar", "Dolores", "Josefa", "Margarita", "Elena", "Luisa", "Rosa", "Lucía",
    "Cecilia", "Clara", "Bárbara", "Mónica", "Eulalia", "Marta", "Águeda", "Maria", "Amélia",
    "Leopoldina", "Catarina", "Luísa", "Inês", "Chiara", "Caterina", "Lucia", "Agnese", "Rita",
    "Anna", "Giustina", "Rosalia", "Agata", "Margherita", "Eufemia", "Sofia"
))  # fmt: skip
_NAMES = _MASCULINE | _FEMININE


@dataclass(frozen=True, slots=True)
class Title:
    """What a letter stands for before a given name."""

    masculine: str
    """Before a man's name: "San"."""
    feminine: str
    """Before a woman's name: "Santa"."""
    before_vowel: str = ""
    """Before a man's name opened by a vowel, if other: Portuguese "Santo", Italian "Sant'"."""
    feminine_before_vowel: str = ""
    """Before a woman's name opened by a vowel, if other: Italian "Sant'"."""
    before_s: str = ""
    """Before a man's name opened by "s" and a consonant, if other: Italian "Santo"."""
    names: Mapping[str, str] = field(default_factory=dict)
    """Names that take another form: Spanish "Santo" before "Tomás", "Domingo"."""


def title_reader(titles: Mapping[str, Title]) -> Callable[[str], str]:
    """A rule reading a letter of ``titles`` ("D", "S") with its full stop as its title
    when a listed given name follows it: "D. Juan" -> "don Juan"."""
    letters = "".join(re.escape(letter) for letter in titles)
    pattern = re.compile(rf"(?<![\w.])(?P<letter>[{letters}])\. (?P<name>[A-ZÁÉÍÓÚÂÊÔ]\w+)")

    def say(match: re.Match[str]) -> str:
        name = match["name"]
        if name not in _NAMES:
            return match.group(0)
        said = _form(titles[match["letter"]], name)
        return f"{said}{name}" if said.endswith("'") else f"{said} {name}"

    def read_titles(text: str) -> str:
        """Read "D. Juan" as "don Juan", "S. Pietro" as "San Pietro"."""
        return pattern.sub(say, text) if ". " in text else text

    return read_titles


def _form(title: Title, name: str) -> str:
    if name in title.names:
        return title.names[name]
    vowel = name[0] in "AEIOUÁÉÍÓÚ"
    if name in _FEMININE:
        return (
            title.feminine_before_vowel if vowel and title.feminine_before_vowel else title.feminine
        )
    if title.before_vowel and vowel:
        return title.before_vowel
    if title.before_s and re.match(r"S[^aeiou]", name):
        return title.before_s
    return title.masculine
