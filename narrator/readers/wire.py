"""Wire copy in each language: the words a byline starts with, the shape of a dateline, the
words that open a closing credit line, and a feed's slug before its headline ("UPDATE 2-").

English wire copy reads "By Jane Doe", "KYIV (Reuters) -" and "(Reporting by …)"; a German
story reads "Von Anna Keller", "BERLIN (dpa) -" and "(Redaktion: …)"; French "Par …",
"PARIS (AFP) -", "(Rédaction …)"; Spanish "Por …", "MADRID (EFE) -", "(Redacción …)";
Italian "Di …", "(ANSA) - ROMA, 3 GIU -"; Portuguese "Por …" or "De …", "LISBOA (Lusa) -",
"(Reportagem de …)". English's words are accepted in every language: agencies send English
credits with translated stories, and an unknown language is read as English.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from narrator.readers.networks import agency_alternation


@dataclass(frozen=True)
class WireStyle:
    """One language's byline words and credit-line words (lower case)."""

    byline: tuple[str, ...]
    credit: tuple[str, ...]


_ENGLISH = WireStyle(
    byline=(
        "by",
        "interview by",
        "interviewed by",
        "story by",
        "words by",
        "text by",
        "words:",
        "written by",
    ),
    credit=(
        "reporting",
        "writing",
        "editing",
        "additional reporting",
        "compiled by",
        "with assistance from",
    ),
)
_UNBRACKETED_CREDIT = re.compile(
    r"^(?:-{1,2}|[\u2013\u2014])?\s*(?:(?:additional )?reporting by|with (?:additional )?assistance"
    r" from|with files from|compiled by|edited by|written by"
    # a desk's editor in the other languages: "Redaktion: Lena Vogt" (DW's)
    r"|redaktion:|r\u00e9daction\s?:|redacci\u00f3n:|redazione:|reda\u00e7\u00e3o:|edi\u00e7\u00e3o:"
    r"|edici\u00f3n:|editor:)\s+[A-Z]"
    # a story written with another's information: "Avec les informations de Marie Roy"
    r"|^(?:avec (?:les |des )?informations de|con informaci\u00f3n de"
    r"|com informa\u00e7\u00f5es d[aeo]|con informazioni d[ie]|mit material von)"
    r"\s+(?-i:[A-Z\u00c0-\u00de])",
    re.IGNORECASE,
)
"""A credit line without its brackets: "Reporting by Jane Doe; Editing by …", Bloomberg's
"--With assistance from John Roe.", "Redaktion: Lena Vogt"."""
_MAX_CREDIT_CHARS = 400
_CREDIT_END_CHARS = 80
_BY_AND_EDITING = re.compile(
    r"^\(by [A-Z][^();]{1,80};\s*(?:editing|writing|reporting|additional reporting) by\b[^()]*\)$",
    re.IGNORECASE,
)
_CONTRIBUTED = re.compile(
    r"\bcontributed(?: to)? (?:this (?:report|story|article)|reporting(?: from [^.]{1,60})?)\.?$",
    re.IGNORECASE,
)
"""A credit after the story, AP's and the New York Times's: "Associated Press writer John Roe
in Detroit contributed to this report.", "Jane Roe contributed reporting from Kyiv."."""
_EDITED_BY = re.compile(
    r"^(?:edited|compiled|curated|presented|opinion|analysis|perspective|review) by "
    r"(?P<names>[A-Z][^.!?:;]{1,100})$",
    re.IGNORECASE,
)
_ROLE = (
    r"(?P<role>(?:[A-Z][a-z]+ )?(?:[a-z]+ ){0,2}"
    r"(?:correspondent|editor|reporter|writer|columnist|critic|analyst))"
)
"""A writer's role: "Political editor", "Chief reporter", "Transport correspondent"."""
_ROLE_BYLINE = re.compile(
    rf"^(?P<names>[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019.-]+){{1,3}}?),? {_ROLE}$"
)
"""Names then a role, in English: "Jane Doe Political editor", "Sam Lee, Chief reporter" (the
fewest words that leave a role of one word in capitals and the rest in small letters)."""
_DASHED_ROLE_BYLINE = re.compile(
    r"^(?P<names>[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019.-]+){1,3}) [-\u2013] "
    r"(?P<role>(?:Rep[o\u00f3]rter|Reportera?|Correspondente|Corresponsal|Redator|Redactora?|Periodista)\b[^.!?]{0,40})$"
)
"""Names, a dash and an agency's role: "Ana Souza - Repórter da Agência Brasil"."""
_NAMES_LINE = re.compile(r"^[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019.-]+){1,3}$")
_ROLE_LINE = re.compile(
    rf"^(?:{_ROLE}|(?P<titled>(?:[A-Z][a-z]+ ){{1,3}}(?:Correspondent|Editor|Reporter|Writer"
    r"|Columnist|Critic|Analyst)))(?:\s+@\w+)?$"
)
"""Names alone on a line over a line of their role, a handle after it: "Business reporter
@janedoe" (Sky News)."""
STYLES: dict[str, WireStyle] = {
    "en": _ENGLISH,
    "de": WireStyle(
        byline=(
            *("von", "interview von", "interview", "ein kommentar von", "kommentar von"),
            *("ein artikel von", "ein beitrag von", "text:"),
        ),
        credit=(
            "redaktion",
            "bericht",
            "berichterstattung",
            "reporter",
            "mitarbeit",
            "redigiert",
            "bearbeitet",
            "geschrieben",
            "übersetzt",
        ),
    ),
    "fr": WireStyle(
        byline=("par", "propos recueillis par", "\u00e9crit par"),
        credit=("rédaction", "redaction", "reportage", "édité", "édition", "version française"),
    ),
    "es": WireStyle(
        byline=("por",),
        credit=(
            *("redacción", "redaccion", "reporte", "reportaje", "editado", "edición", "texto"),
            "con información de",
        ),
    ),
    "it": WireStyle(
        byline=("di",),
        credit=("redazione", "hanno collaborato", "ha collaborato", "a cura di", "tradotto"),
    ),
    "pt": WireStyle(
        byline=("por", "de", "texto de", "entrevista de"),
        credit=(
            *("reportagem", "redação", "redacção", "edição", "texto", "reportado"),
            *("com informações de", "com informações da", "com informações do"),
        ),
    ),
    "ru": WireStyle(
        byline=("автор", "текст", "беседовал", "беседовала", "записал", "записала"),
        credit=("редактор", "при участии"),
    ),
}
"""Each language's wire style, by primary language code."""
_SERVICE_SLUG = re.compile(
    r"^(?:(?:UPDATE|WRAPUP)\s*\d+|REFILE|CORRECTED|RPT|REPEAT|BUZZ|CORRECTED-UPDATE\s*\d+)"
    r"(?:\s*-\s*|\s*\|\s*|:\s+)"
)
"""A wire feed's service slug before a headline, not said: "UPDATE 2-Oil falls", "REFILE-"."""
_RELEASE_CODE = re.compile(
    r"^[A-Z]{2,5}-[A-Z]{1,5}(?:-[A-Z]{1,5})?:\s+"
    r"(?=[A-Z\u00c4\u00d6\u00dc][\w-]*(?: [\w-]+){0,2} [-\u2013] )"
)
"""An authority's code before its release's place and headline, not said: "POL-MA: Mannheim -
Radfahrer verletzt" (a German police's, "FW-E:" a fire brigade's, on a press portal)."""
_SPORT_SLUG = re.compile(
    r"^(?P<genre>Soccer|Tennis|Golf|Cricket|Athletics|Cycling|Olympics|Motor racing|Rugby union"
    r"|Rugby league|Rugby|Basketball|Baseball|Ice hockey|Boxing|Swimming|Skiing|Sailing|Snooker"
    r"|Horse racing|Football|NFL|NBA|NHL|MLB)-(?=[A-Z0-9])"
)
"""A feed's sport before a sports headline, said as its page shows it: "Soccer-Arsenal go
five clear" -> "Soccer: Arsenal go five clear"."""
_GENRE_SLUG = re.compile(
    r"^(?P<genre>FACTBOX|EXCLUSIVE|ANALYSIS|EXPLAINER|INSIGHT|BREAKINGVIEWS|GRAPHIC|POLL"
    r"|INTERVIEW|FEATURE|COLUMN|PREVIEW|TIMELINE|SCENARIOS|QUOTES|FOCUS|BRIEF"
    # a markets desk's round-up: "GLOBAL MARKETS-Stocks slip …" -> "Global markets: Stocks …"
    r"|GLOBAL MARKETS|EMERGING MARKETS|FOREX|US STOCKS|EUROPE STOCKS|ASIA STOCKS|TREASURIES"
    r"|PRECIOUS METALS|METALS|GRAINS|SOFTS)\s*-\s*(?=\S)"
)
"""A feed's kind of story before a headline, said as the web page writes it: "FACTBOX-What is
in the deal" -> "Factbox: What is in the deal"."""

_NAME_JOINERS = frozenset(
    {"and", "&", "und", "et", "y", "e", "i", "ed"}
    | {"de", "del", "della", "van", "von", "der", "den", "la", "le", "du", "da", "dos", "das", "di"}
)
_SMALL_WORDS = frozenset({"for", "at", "in", "of"})
"""Small words among names in capitals, written small: "JANE DOE FOR MAILONLINE"."""
_MAX_NAME_WORDS = 10
_WITH_AGENCY = re.compile(rf"\s+(?:avec|with|mit|con|com) (?:{agency_alternation()})$", re.I)
"""The agency a writer's story is written with, after the names: "… avec AFP"."""
_ARTICLE = re.compile(r"^(?:Le|La|Les|L'|The|El|Los|Las|Il|Lo|Gli|O|A|Os|As|Der|Die|Das)$")
_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de"
# "(Reuters)", or a release's wire between slashes: "Dec. 5, 2026 /PRNewswire/ --".
_AGENCY = r"(?:\((?P<agency>[A-Za-z][A-Za-z .&/-]{0,30})\)|/[A-Za-z][A-Za-z .&-]{0,30}/)"
_DASH = r"\s*(?:[-\u2013\u2014]|\.-)"
_DATELINE = re.compile(
    # "BERLIN (dpa) -", "Berlin (dpa) -", "KYIV, Ukraine (Reuters) -", "Madrid, 3 jun (EFE).-",
    # "Frankfurt/Main (dpa-AFX) -"
    rf"^(?P<dateline>[{_UPPER}][\w.'\u2019\-/ ]{{1,40}}?(?:,\s*[^()\n]{{1,40}}?)?"
    rf"\s*{_AGENCY}){_DASH}"
    # "(ANSA) - ROMA, 3 GIU -"
    rf"|^(?P<leading>\([A-Za-z][A-Za-z .&/-]{{0,30}}\)\s*[-\u2013\u2014]\s*"
    rf"[{_UPPER}][{_UPPER}.'\- ]+(?:,\s*[^\n\u2013\u2014-]{{1,30}}?)?)\s*[-\u2013\u2014]\s"
)


def style_for(language: str | None) -> WireStyle:
    """The wire style of `language` (a BCP-47 code); English's for an unknown one."""
    return STYLES.get((language or "en").split("-")[0], _ENGLISH)


@functools.cache
def _byline_line(style: WireStyle) -> re.Pattern[str]:
    """A line led by one of the style's byline words or English's ("By", "Von"), the names
    after it in the group "names"; compiled once per style."""
    words = sorted({*style.byline, *_ENGLISH.byline}, key=len, reverse=True)
    return re.compile(rf"^(?P<word>{'|'.join(words)}):?\s+(?P<names>\S.{{0,150}})$", re.I)


def byline_names(line: str, style: WireStyle) -> str | None:
    """The names of a byline line such as "Von Anna Keller, dpa"; None when `line` is not one.

    An English "By …" line is taken whole (the story's second line); the other languages'
    words also start sentences ("De acuerdo con…"), so their names must look like names: each
    word before a comma capitalised, or a joiner ("und", "de", "y").
    """
    match = _byline_line(style).match(line)  # "By: WXYZ Web Team" (a local station's) too
    if match is None:
        return None
    # "By Ann Lee | December 5, 2026": the names end at a separator
    names = _names_cased(re.split(r"\s+[|\u00b7\u2022]\s+", match["names"].strip())[0])
    if match["word"].lower() in _ENGLISH.byline:
        return role_byline(names) or names  # "By Jane Doe Science correspondent"
    return names if names_shaped(names) else None


def role_byline(line: str, following: str = "") -> str | None:
    """A byline of names and a role with no "By" ("Jane Doe Transport correspondent", the
    Guardian's), as it is said: "Jane Doe, Transport correspondent"; or of names over a line of
    their role (`following`: "Business reporter @janedoe"); None if `line` is not one."""
    match = _ROLE_BYLINE.match(line.strip()) or _DASHED_ROLE_BYLINE.match(line.strip())
    if match:
        return f"{match['names']}, {match['role']}"
    role = _ROLE_LINE.match(following.strip())
    if role and _NAMES_LINE.match(line.strip()):
        return f"{line.strip()}, {role['role'] or role['titled']}"
    return None


def names_shaped(names: str) -> bool:
    """Whether the words before the first comma look like names: capitalised, or joiners; an
    agency the writer works with after them is no name ("Julien Morel avec AFP")."""
    first = _WITH_AGENCY.sub("", names.split(",")[0]).split()
    shaped = all(w[:1].isupper() or w.lower() in _NAME_JOINERS for w in first)
    return shaped and 0 < len(first) <= _MAX_NAME_WORDS


def signed_with_agency(line: str, style: WireStyle) -> bool:
    """Whether `line` is a writer's byline with the agency they wrote with ("Par Julien Morel
    avec AFP"), not a paper's name with it ("Par Le Figaro avec AFP", "Le Monde avec AFP"):
    two names or more, none an article."""
    names = byline_names(line, style)
    if names is None or not _WITH_AGENCY.search(names):
        return False
    words = _WITH_AGENCY.sub("", names).split()
    return len(words) >= 2 and not _ARTICLE.match(words[0])


def _names_cased(names: str) -> str:
    """Names in capitals, as AP writes them ("LISA MASCARO and KEVIN FREKING", "JANE DOE AP
    Sports Writer"), as names are written ("Lisa Mascaro and Kevin Freking", "Jane Doe, AP
    Sports Writer": the role after a comma), so that they are said, not spelled. Only the
    words in capitals that open the line are names; the agency's initials after them ("AP")
    and what follows stay."""
    words = names.split()
    run = 0
    while run < len(words) and (_in_capitals(words[run]) or words[run].lower() in _NAME_JOINERS):
        run += 1
        if words[run - 1].endswith(","):  # "JIM O'BRIEN, AP": the names end at the comma
            break
    spelled_out = run < len(words) and words[run] == "Associated"  # "… JANE DOE Associated Press"
    if run < len(words) and run > 2 and len(words[run - 1]) <= 3 and not spelled_out:
        run -= 1  # "JANE DOE AP Sports Writer": the agency's initials (not "JANE DOE Associated")
    named = [word for word in words[:run] if word.lower() not in _NAME_JOINERS]
    if len(named) < 2:
        return names
    cased = [
        word.lower() if word.lower() in _NAME_JOINERS | _SMALL_WORDS else _capitalised(word)
        for word in words[:run]
    ]
    if run == len(words):
        return " ".join(cased)
    joiner = " " if cased[-1].endswith(",") else ", "  # "Jane Doe, Associated Press"
    return " ".join(cased) + joiner + " ".join(words[run:])


def _in_capitals(word: str) -> bool:
    letters = [ch for ch in word if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)


def _capitalised(word: str) -> str:
    """A word in capitals as a name is written: "O'BRIEN" -> "O'Brien", "SMITH-JONES" ->
    "Smith-Jones"."""
    return re.sub(r"[^\W\d_]+", lambda part: part[0].capitalize(), word)


def edited_by(line: str) -> str | None:
    """A live page's byline of who edits it: "Edited by Jane Doe and John Roe", or an opinion's
    ("Opinion by Jane Doe"), or a desk's ("Compiled by the Readers' Editor"), said as it is
    written (not "By Edited by …"); None if `line` is not one."""
    match = _EDITED_BY.match(line.strip())
    names = match["names"].removeprefix("the ") if match else ""  # a desk's: "the Newsdesk"
    return match[0] if match and names_shaped(names) else None


def dateline_of(paragraph: str) -> str | None:
    """The dateline a story's first paragraph opens with ("BERLIN (dpa)"); None if none."""
    match = _DATELINE.match(paragraph)
    if match is None:
        return None
    return (match["dateline"] or match["leading"]).strip()


_SIGNED = re.compile(
    r"^(?:(?:Авторы?:|Беседовала?|Интервью взяла?|Записала?) )?"
    r"[А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+(?:(?:, | и )[А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+){0,3}"  # noqa: RUF001
    r"(?:[;,] [А-ЯЁ][\w -]{1,30})?$"  # noqa: RUF001
)
"""A Russian paper's writers under the story, their names alone or after their label, a place
after them: "Дмитрий Козлов", "Авторы: Анна Смирнова, Иван Петров; Новосибирск"; an
interview's under it: "Беседовала Ольга Титова"."""


def opens_credit(line: str) -> bool:
    """Whether `line` starts as an unbracketed credit does: "Written by …", "Reporting by …"."""
    return bool(_UNBRACKETED_CREDIT.match(line))


def is_credit(paragraph: str, style: WireStyle) -> bool:
    """Whether `paragraph` is a closing credit line: "(Reporting by …)", "(Redaktion: …)"."""
    paragraph = paragraph.strip()
    words = sorted({*style.credit, *_ENGLISH.credit}, key=len, reverse=True)
    pattern = rf"^\((?:{'|'.join(re.escape(w) for w in words)})\b.*\)$"
    if re.match(pattern, paragraph, re.I | re.S) is not None:
        return True
    if _BY_AND_EDITING.match(paragraph):  # "(By Jane Doe; Editing by Sam Lee)"
        return True
    if _SIGNED.match(paragraph):  # a Russian paper's writer at the end: "Дмитрий Козлов"
        return True
    return len(paragraph) <= _MAX_CREDIT_CHARS and bool(
        _UNBRACKETED_CREDIT.match(paragraph) or _CONTRIBUTED.search(paragraph[-_CREDIT_END_CHARS:])
    )


def headline_of(line: str) -> str:
    """The title line without a feed's service slug, its kind of story said as a page shows it."""
    line = _RELEASE_CODE.sub("", _SERVICE_SLUG.sub("", line))
    sport = _SPORT_SLUG.match(line)
    if sport is not None:
        return f"{sport['genre']}: {line[sport.end() :]}"
    genre = _GENRE_SLUG.match(line)
    if genre is None:
        return line
    return f"{genre['genre'].capitalize()}: {line[genre.end() :]}"
