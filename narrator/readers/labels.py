"""The labels a site sets over a story's headline that are not its title: its sections' names
("Politik", "Opinión", "Происшествия"), a story's kind ("Exclusivo", "Eilmeldung") and a
notice's ("Avis de décès" over the name it is for)."""

from __future__ import annotations

import re

from narrator.readers.networks import AGENCIES

__all__ = [
    "NOTICES",
    "SECTION_NAMES",
    "is_section_name",
    "labelled_title",
    "without_label_under_title",
]

NOTICES = frozenset(
    {
        "avis de d\u00e9c\u00e8s",
        "death notice",
        "obituary",
        "traueranzeige",
        "necrologio",
        "esquela",
    }
)
"""A notice's label over the name it is for: "Avis de décès" over "Jeanne Martin"."""
SECTION_NAMES = frozenset(
    {
        *("news", "sport", "sports", "business", "politics", "world", "uk", "us", "local"),
        *("opinion", "culture", "science", "health", "technology", "tech", "money", "travel"),
        *("lifestyle", "entertainment", "education", "environment", "economy"),
        *("markets", "finance", "climate", "weather", "crime", "nation", "national", "metro"),
        *("features", "analysis", "investigations", "books", "arts", "style", "food"),
        # the same on the papers of the other languages read
        *("politik", "wirtschaft", "kultur", "panorama", "wissen", "ausland", "inland"),
        *("meinung", "gesellschaft", "politique", "\u00e9conomie", "soci\u00e9t\u00e9"),
        *("international", "monde", "pol\u00edtica", "econom\u00eda", "sociedad", "deportes"),
        *("internacional", "cultura", "espa\u00f1a", "politica", "economia", "cronaca"),
        *("esteri", "spettacoli", "mundo", "pa\u00eds", "sociedade", "desporto", "esportes"),
        *("mercado", "mercados", "poder", "cotidiano", "esporte", "ilustrada", "deporte"),
        *("opini\u00e3o", "opini\u00f3n", "opinione", "id\u00e9es", "d\u00e9bats", "tribune"),
        *("faits divers", "sucesos", "vermischtes", "blog"),
        # a story's label over its headline: "Exclusivo", "Exclusive", "Eilmeldung"
        *("exclusive", "exclusivo", "exclusiva", "exklusiv", "esclusiva", "exclusif"),
        *("breaking news", "eilmeldung", "\u00faltima hora", "urgente"),
        *NOTICES,
        *("происшествия", "мнения", "наука", "технологии", "город", "в мире"),
        *("политика", "экономика", "общество", "спорт", "культура"),
    }
)
"""A site's sections, whose name over a headline is no title."""
_OUTLET_NEWS = re.compile(r"^[A-Z][\w&]*(?: [A-Z][\w&]*)? News$")
_JOINED = re.compile(r" (?:&|and|und|et|y|e) ")


def is_section_name(line: str) -> bool:
    """A site's section's name: "News", "Politik", "WORLD NEWS", "Business news"."""
    name = line.strip().lower()
    outlet = bool(_OUTLET_NEWS.match(line.strip()))  # "Sky News", "BBC News" over the headline
    # two sections' names as one: "Climate & Environment", "Science and Health"
    joined = {part.strip() for part in _JOINED.split(name)}
    return (
        outlet
        or name in SECTION_NAMES
        or (name.endswith(" news") and name[:-5] in SECTION_NAMES)
        or (len(joined) > 1 and joined <= SECTION_NAMES)
    )


_OPINION_LABELS = frozenset(
    {
        "opinion", "comment", "column", "editorial", "op-ed", "opini\u00e3o", "opini\u00f3n",
        "opinione", "tribune", "meinung", "kommentar", "gastbeitrag", "editoriale", "columna",
        "\u00e9ditorial", "coluna", "commento", "chronique", "\u043c\u043d\u0435\u043d\u0438\u0435",
    }
)  # fmt: skip
"""A column's labels under its title: "Opinião", "Meinung", "Tribune"."""
_STORY_KINDS = frozenset(
    {
        "fact check", "fact-check", "factcheck", "faktencheck", "faktenfinder",
        "v\u00e9rification", "vrai ou faux", "verificaci\u00f3n", "verifica",
        "verifica\u00e7\u00e3o",
        "explainer", "explicador", "explicativo", "explicado", "erkl\u00e4rt", "d\u00e9cryptage",
        "analysis", "analyse", "an\u00e1lisis", "analisi", "an\u00e1lise",
        "\u043f\u0440\u043e\u0432\u0435\u0440\u043a\u0430 \u0444\u0430\u043a\u0442\u043e\u0432",
        "\u0444\u0430\u043a\u0442\u0447\u0435\u043a", "\u0440\u0430\u0437\u0431\u043e\u0440",
        "\u0430\u043d\u0430\u043b\u0438\u0442\u0438\u043a\u0430",
        # a review's: "Kritik", "Critique", "Recensione"
        "review", "kritik", "rezension", "critique", "crítica", "recensione", "рецензия",
        # a letters page's: "Lettere al direttore", "Leserbriefe", "Courrier des lecteurs"
        "letters", "letters to the editor", "lettere al direttore", "lettere", "leserbriefe",
        "courrier des lecteurs", "cartas al director", "cartas ao diretor", "cartas do leitor",
        "письма читателей",
    }
)  # fmt: skip
"""A story's kind under its title: "Fact check", "Explicador", "Проверка фактов", "Leserbriefe"."""
_DATELINE_CHARS = 80
_KIND_LABEL = re.compile(
    r"^(?:(?:joint |media |press |official )?statement|(?:press|news|media) release"
    r"|comunicado(?: de prensa| de imprensa| conjunto)?|nota de prensa|nota (?:\u00e0|de) imprensa"
    r"|communiqu\u00e9(?: de presse| commun)?|d\u00e9claration|comunicato(?: stampa)?"
    r"|dichiarazione|pressemitteilung|stellungnahme|erkl\u00e4rung|\u0437\u0430\u044f\u0432"
    r"\u043b\u0435\u043d\u0438\u0435|\u043f\u0440\u0435\u0441\u0441-\u0440\u0435\u043b\u0438\u0437)"
    r"(?:\s*[|\u00b7\u2013]\s*[^.!?|]{1,60}"
    r"| (?:from|by|de|del|de la|du|des|der|von|di|della|dell'|do|da|\u043e\u0442)\b"
    r"[^.!?|]{1,60})?$",
    re.IGNORECASE,
)
"""A document's kind under its title, alone or with its issuer or its section: "Statement from
the Royal Union of Nursing Staff", "Comunicado | Sector de Carreteras", "Pressemitteilung der
Stadt Jena": the page's label, not read."""


def labelled_title(title: str, lines: list[str]) -> str:
    """`title` with the opinion's label that `lines` (those under it) hold alone in their first
    block, as a page shows it over the title ("Opinião: O comboio que nunca chega a Viseu"), so
    that the columnist's closing note is told; `title` alone otherwise."""
    kept = without_label_under_title(lines)
    label = next((line.strip() for line in lines if line.strip()), "")
    return f"{label}: {title}" if kept is not lines and label.lower() in _OPINION_LABELS else title


def without_label_under_title(lines: list[str]) -> list[str]:
    """`lines` under a title without an opinion's label, a document's or a story's kind or an
    agency's name alone in the first block ("Opinião" under "O comboio que nunca chega a Viseu",
    "Statement from the …", "Explicador", "Lusa"), when more text follows it: the site's label,
    not read."""
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return lines
    name = lines[first].strip().lower()
    following = next((line.lower() for line in lines[first + 1 :] if line.strip()), "")
    # an agency over a dateline naming another is said: "EFE" over "Madrid (Europa Press).-"
    credited = any(f"({other}" in following[:_DATELINE_CHARS] for other in AGENCIES - {name})
    labelled = name in _OPINION_LABELS | _STORY_KINDS or bool(_KIND_LABEL.match(name))
    if not labelled and (name not in AGENCIES or credited):
        return lines  # "Breaking News" over an alert's story is said
    alone = first + 1 < len(lines) and not lines[first + 1].strip()
    return [*lines[:first], *lines[first + 1 :]] if alone and following else lines
