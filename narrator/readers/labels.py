"""The labels a site sets over a story's headline that are not its title: its sections' names
("Politik", "Opinión", "Происшествия"), a story's kind ("Exclusivo", "Eilmeldung") and a
notice's ("Avis de décès" over the name it is for)."""

from __future__ import annotations

__all__ = ["NOTICES", "SECTION_NAMES"]

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
        # the same on the papers of the other languages read
        *("politik", "wirtschaft", "kultur", "panorama", "wissen", "ausland", "inland"),
        *("meinung", "gesellschaft", "politique", "\u00e9conomie", "soci\u00e9t\u00e9"),
        *("international", "monde", "pol\u00edtica", "econom\u00eda", "sociedad", "deportes"),
        *("internacional", "cultura", "espa\u00f1a", "politica", "economia", "cronaca"),
        *("esteri", "spettacoli", "mundo", "pa\u00eds", "sociedade", "desporto", "esportes"),
        *("mercado", "mercados", "poder", "cotidiano", "esporte", "ilustrada", "deporte"),
        *("opini\u00e3o", "opini\u00f3n", "opinione", "id\u00e9es", "d\u00e9bats", "tribune"),
        *("faits divers", "sucesos", "vermischtes"),
        # a story's label over its headline: "Exclusivo", "Exclusive", "Eilmeldung"
        *("exclusive", "exclusivo", "exclusiva", "exklusiv", "esclusiva", "exclusif"),
        *("breaking news", "eilmeldung", "\u00faltima hora", "urgente"),
        *NOTICES,
        *("происшествия", "мнения", "наука", "технологии", "город", "в мире"),
        *("политика", "экономика", "общество", "спорт", "культура"),
    }
)
"""A site's sections, whose name over a headline is no title."""
