"""A page's ways around itself, pasted with its story and no part of it:

- its path to the page with no home at its head, parted by arrows or '>': "Gardening \u203a
  Harvest & storage", "Passeggeri > Info voli > Avvisi"
- its box of more of its own pages, led by a line inviting to them: "You may also like",
  "Das könnte Sie auch interessieren", "Potrebbe interessarti anche", or naming them by their
  kind or section: "Related fact checks", "More TV reviews", "Editor's Picks", "More from Travel"
- a box's call to give to the body whose site it is: "Donate to the team", "Jetzt spenden",
  and the box's pitch over it in its block ("Help us reach more villages" over "\u00a325 could pay
  for a volunteer's repair toolkit." over "Donate now")
- its links to the page before and after, by the kind of page it lists: "Previous callout" over
  "Next callout", "Notizia precedente"
- a company's registration under its name: "Bergamina S.p.A. \u2013 P.IVA 01234567890",
  "Registered in England and Wales No. 01234567", "USt-IdNr. DE123456789"
"""

from __future__ import annotations

import re

__all__ = ["is_appeal_call", "is_page_path", "is_page_way", "is_registration", "is_way_lead"]

_PATH = re.compile(
    r"^[^\W\d_][\w&'\u2019 -]{0,30}(?: (?:[\u203a\u00bb]|>) [^\W\d_][\w&'\u2019 -]{0,30}){1,4}$"
)
"""A forum's or a shop's path to the page, with no home: "Gardening \u203a Harvest & storage"."""
_MIN_BARE_STEPS = 2
"""'>' is a comparison's sign too ("a > b"): a path by it takes three steps or more."""
_WAY_LEAD = re.compile(
    r"(?:you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|more like this"
    r"|das k\u00f6nnte (?:sie|dich) (?:auch )?interessieren|(?:ebenfalls|auch) interessant"
    r"|(?:vous aimerez|vous pourriez aimer|ceci pourrait vous int\u00e9resser)(?: aussi)?"
    r"|(?:tambi\u00e9n )?te (?:puede|podr\u00eda) interesar(?: tambi\u00e9n)?"
    r"|potrebbe(?:ro)? interessarti(?: anche)?|voc\u00ea (?:pode|tamb\u00e9m pode) gostar"
    r"|\u0432\u0430\u043c \u043c\u043e\u0436\u0435\u0442 \u0431\u044b\u0442\u044c"
    r" \u0438\u043d\u0442\u0435\u0440\u0435\u0441\u043d\u043e"
    # its other pieces of the story's kind, or its editors' choice of them: "Related fact
    # checks", "More TV reviews", "Read more TV reviews", "Editor's Picks"
    r"|(?:related|more|latest|recent|read more|other)(?: [\w'\u2019-]+)?"
    r" (?:fact[- ]?checks|reviews|columns|explainers|interviews|features|podcasts|guides)"
    r"|editors?['\u2019]?s?['\u2019]? (?:picks?|choice)"
    # all its pieces of the kind: "Retrouvez toutes nos revues de presse", "Find all our
    # reviews" ("Top stories" and "Around the world" head a newsletter's own sections)
    r"|(?:retrouvez|d\u00e9couvrez) (?:tou(?:te)?s )?(?:nos|les) [^.!?]{3,60}"
    r"|(?:find|see|browse|read) all (?:of )?our [^.!?]{3,40}"
    # the same by kind in the other languages read: "Mehr Filmkritiken", "Plus de critiques"
    r"|(?:mehr|weitere|alle) [\w-]*(?:kritiken|rezensionen|kolumnen|interviews|checks|analysen)"
    r"|(?:plus de|toutes nos|nos autres) critiques|m\u00e1s (?:cr\u00edticas|rese\u00f1as)"
    r"|altre recensioni|mais cr\u00edticas"
    # its section's other stories: "More from Travel", "More in Business", "Mehr aus Blaulicht"
    r"|(?:more (?:from|in)|mehr (?:aus|zu)|weitere artikel aus|m\u00e1s (?:noticias )?de"
    r"|altre notizie d[ai]|plus d'actualit\u00e9s?|mais (?:not\u00edcias )?de)"
    r" (?-i:[A-Z\u00c4\u00d6\u00dc][\w'\u2019&-]*(?: [A-Z][\w'\u2019&-]*){0,3}))\s*:?",
    re.IGNORECASE,
)
_COMPILED = re.compile(
    r"(?:[\w'-]+ ){0,3}(?:column|round-?up|digest|briefing|gossip)"
    r" (?:was )?compiled by (?:the )?(?:[^\s.!?;]+ ){0,4}[^\s.!?;]+\.?",
    re.IGNORECASE,
)
"""A column's closing note of who compiled it: "Gossip column compiled by the sports desk."."""
_APPEAL_CALL = re.compile(
    r"(?:donate|give)(?: now| today| to (?:the|our|us)(?: \w+)?)?|make a donation"
    r"|(?:jetzt )?spenden|faire un don|fais un don|dona ora|haz un donativo|doe agora",
    re.IGNORECASE,
)
"""A box's call to give to the body whose site it is: "Donate to the team", "Jetzt spenden"."""
_MAX_PITCH_LINES = 2
_MAX_PITCH_WORDS = 15
_WAY = re.compile(
    r"(?:previous|next|older|newer) (?P<kind>[a-z]{3,20})"
    r"|(?P<kind2>notizia|articolo|evento|news|noticia|actualit\u00e9|meldung)"
    r" (?:precedente|successiv[ao]|anterior|siguiente|pr\u00e9c\u00e9dente|suivante|vorherige"
    r"|n\u00e4chste)",
    re.IGNORECASE,
)
_WAY_KINDS = (
    "callout|incident|release|item|notice|report|news|page|recipe|photo|gallery|bulletin"
    "|newsletter|statement|story|stories|post|article|entry|entries|news"
)
_REGISTRATION = re.compile(
    r"(?:.{0,80}?[\s,\u2013-])?(?:p\.? ?iva|partita iva|c\.f\.|codice fiscale|ust-?id(?:nr)?\.?"
    r"|siret|siren|cif|nif|nipc|cnpj|vat (?:no|number|reg(?:istration)? no)\.?"
    r"|company (?:no|number|reg(?:istration)? no)\.?|registered in england(?: and wales)?"
    r"(?: (?:under )?(?:company )?(?:no|number)\.?)?)\s*:?\s*[A-Z]{0,3}[\d ]{6,16}\.?",
    re.IGNORECASE,
)


def is_page_path(line: str) -> bool:
    """Whether a stripped line is the page's path with no home at its head (see above)."""
    arrows = "\u203a" in line or "\u00bb" in line
    return (arrows or line.count(" > ") >= _MIN_BARE_STEPS) and bool(_PATH.match(line))


def is_way_lead(line: str) -> bool:
    """Whether a stripped line invites to more of the site's pages, is a column's note of who
    compiled it over the site's links under it ("Gossip column compiled by the sports desk."
    over "Around the BBC"), or is a box's call to give over the box's pitch ("Donate to the
    team" over "Just £5 keeps a radio running for a month."): it and the short lines under it
    go."""
    return bool(_WAY_LEAD.fullmatch(line) or _COMPILED.fullmatch(line)) or is_appeal_call(line)


def is_appeal_call(line: str) -> bool:
    """Whether a stripped line is a box's call to give, a button by itself."""
    return bool(_APPEAL_CALL.fullmatch(line))


def without_pitch(lines: list[str]) -> list[str]:
    """`lines` of a block less the pitch at their end that a call to give under them closes:
    its heading and its short sentence ("Help us reach more villages" over "\u00a325 could pay
    for …"); a story's paragraph, longer, stays."""
    kept = list(lines)
    while kept and len(lines) - len(kept) < _MAX_PITCH_LINES:
        if len(kept[-1].split()) > _MAX_PITCH_WORDS:
            break
        kept.pop()
    return kept


def is_page_way(line: str) -> bool:
    """Whether a stripped line is a link to the page before or after this one."""
    match = _WAY.fullmatch(line)
    if not match:
        return False
    kind = (match["kind"] or "").lower()
    return bool(match["kind2"] or re.fullmatch(rf"(?:{_WAY_KINDS})s?", kind))


def is_registration(line: str) -> bool:
    """Whether a stripped line is a company's registration number, with its name before it."""
    return bool(_REGISTRATION.fullmatch(line))
