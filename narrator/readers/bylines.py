"""A pasted story's byline, within the first lines under its title (a standfirst may come
first): "By Jane Doe", names and their role ("Jane Doe" over "BBC News business reporter", "Jane
Doe Transport correspondent"), their title at a company ("Jane Doe" over "Head of Engineering at
Northwind Rail", LinkedIn's), names over the posting stamp ("Jane Doe" over "Fri 5 Dec 2026
07.00 GMT"), over the reading time ("Jane Doe" over "·" over "Follow" over "6 min read",
Medium's) or over the place they write from ("Pedro Sánchez Ruiz" over "Madrid", El Mundo's).
"""

from __future__ import annotations

import itertools
import re

from narrator.readers import wire
from narrator.readers.box_shapes import is_site_box
from narrator.readers.capital_names import capitals_byline, cased
from narrator.readers.frame_shapes import is_name_over_opening
from narrator.readers.labels import without_label_under_title
from narrator.readers.posthead import is_reading_time
from narrator.readers.site_lines import is_site_frame, is_site_lead
from narrator.readers.stamps import is_stamp
from narrator.readers.summaries import BULLET
from narrator.readers.trailers import is_clutter_line
from narrator.readers.wire import WireStyle, byline_names, edited_by, names_shaped, role_byline
from narrator.readers.writer_notes import opens_note_on

__all__ = ["posted_by", "take_byline"]

_PHOTOS_BY = re.compile(
    r"^\s*(?:photos?|fotos?|photographs?|photography|images?|video)(?: by|\s?:)\s", re.I
)
"""The pictures' credit after a byline's bar: "Story by Jane Doe | Photos by Sam Lee", "Words:
Phil Day | Photos: Dave Mills" (a club's match report)."""
_PHOTOGRAPHER = re.compile(
    r"^(?:photos?|photographs?|photography|fotos?|\u0444\u043e\u0442\u043e|images?)"
    r"(?:\s*:|\s+(?:by|de|di|von|par))?\s+[A-Z\u0410-\u042f][\w'\u2019-]+"
    r"(?: [A-Z\u0410-\u042f][\w'\u2019-]+){1,3}$",
    re.IGNORECASE,
)
"""The photographer's credit under the byline: "Photos Thomas Bérard", "Fotos: Ana Lima"."""
_AGE = re.compile(r"^\d{1,2} ?(?:h|hr|hrs|m|min|mins|d)$")
_PHOTO_CREDIT = re.compile(r"^(?:foto|photo|фото)\s*:\s*\S", re.IGNORECASE)
_BYLINE_LINES = 3
"""How many lines after the title a byline is looked for in: a standfirst may come first."""
_MAX_LATE_BYLINE_CHARS = 80
_HYPHENED_NAME = re.compile(r"^[A-Z][a-z]+-[A-Z][a-z]+$")
_NEWSROOM = re.compile(
    r"^(?:redazione|redacci[oó]n|r[ée]daction|redaktion|reda[cç][cç]?[aã]o)\b"
    # an authority that issues a release over its stamp, no writer: "Polizeipräsidium Mannheim"
    r"|^(?:polizei|staatsanwaltschaft|stadt|landratsamt|feuerwehr)\w*"
    # a parish, a school or a council that issues its own notices: "Parrocchia San Lorenzo"
    r"|^(?:parrocchia|parroquia|paroisse|pfarrei|kirchengemeinde|par[oó]quia|parish|comune"
    r"|ayuntamiento|mairie|gemeinde|scuola|escuela|[ée]cole|schule|escola|istituto|colegio)\b"
    r"|^\w+(?:pr\u00e4sidium|ministerium|beh\u00f6rde|direktion|inspektion|amt|gericht)\b"
    r"|^(?:[A-Z][\w'-]* ){1,4}(?:committee|commission|department|ministry|authority)$",
    re.I,
)
_OUTLET_UNDER = re.compile(
    r"^(?:[A-Z][\w&.]*\s){1,3}(?:News|Radio|TV|Television|Online)"
    r", [A-Z][\w'-]*(?: [A-Z][\w'-]*){0,2}$"
    # the outlet and place in the other languages: "Do UOL, em São Paulo", "Da Folha, no Rio"
    r"|^(?:[Dd][oae]|From) [A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,2}, (?:em|no|na|en|in) [A-Z][\w'-]*"
    r"(?: [\w'-]+){0,2}$"
)
_LIVE_LABEL = re.compile(r"^live (?:reporting|coverage|updates)$", re.IGNORECASE)
_MAX_LIVE_HEAD_LINES = 20
_ROLE_UNDER = re.compile(
    r"^[\w' ,&.-]{0,40}\b(?i:correspondent|editor|reporter|writer|columnist|critic|analyst)$"
    r"|^(?:[A-Z][\w&.]*\s){0,3}(?:News|Press|Radio|TV|Television|Online|Digital)$"
    # the outlet and where the writer was: "BBC Sport Wales at Principality Stadium"
    r"|^(?:[A-Z][\w&.]*\s){1,2}(?:News|Sport)(?: [A-Z][\w'-]*)? (?:at|in) (?:the )?[A-Z][\w'-]*"
    r"(?: [A-Z][\w'-]*){0,3}$"
)
"""A byline's role on the line under it: "BBC News business reporter", or its outlet: "ABC
News", "BBC Sport Wales at Principality Stadium"."""
_SCHOLARS = re.compile(
    r"^(?:[\w'\u2019&.-]+ ){0,4}(?:University|College|Institute|School|Hospital|Foundation"
    r"|Centre|Center)\b[^.!?]{0,40}$"
)
"""A scholar's institution after their name over the stamp: "Anna Schmidt, University of
Leeds" (The Conversation's)."""
_TITLE_AT = re.compile(
    r"^(?:[A-Z][\w&.'-]*\s(?:of\s|and\s|&\s)?){1,5}at (?:[A-Z][\w&.'-]*\s?){1,5}$"
)
"""A writer's title at a company, under their name: "Head of Engineering at Northwind Rail"."""
_AT_PLACE = re.compile(r"^(?:at|in) [A-Z][\w'\u2019.-]*(?: [A-Z][\w'\u2019.-]*){0,3}$")
"""Where the writer was, under the byline: "at Lord's" (a match report's)."""
_DESCRIBED = re.compile(r"^[A-Z\u00c0-\u00dd][^\W\d]*(?:,? [^\W\d]+){1,6}$")
"""A writer's description under their name, over the stamp: "Jornalista especializada em
economia", "Staff Engineer, Developer Productivity" (a company blog's)."""
_NAMES_AND_PLACE = re.compile(
    r"^[A-Z\u0410-\u042f][\w'\u2019-]+(?: (?:[A-Z\u0410-\u042f][\w'\u2019-]+|[A-Z]\.|and|&)){1,5}?"
    r"(?P<place> (?:at|in) (?:the )?[A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*){0,3})?$"
)
"""Names, and where they report from: "Jane Doe", "Jane Doe and John Roe at the Emirates"."""
_OUTLET = re.compile(r"^(?:The )?[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,3}$")
"""A paper's name over its writer's byline in its block: "The Guardian" over "Jane Doe in Rome"
(Apple News' share)."""
_POSTED = r"(?:posted|published|ver\u00f6ffentlicht|publi\u00e9|publicado|pubblicato)"
_POSTED_BY = re.compile(
    rf"^{_POSTED}(?: on| am| le| el| em| il)? (?P<stamp>[^\n]{{4,40}}?) (?:by|von|par|por|da)"
    r" (?P<names>[A-Z\u00c0-\u00dd][^\n]{1,60})$",
    re.I,
)
"""A blog's line of its stamp and its writer: "Posted on December 5, 2026 by Ruth Okafor",
"Veröffentlicht am 06.12.2026 von Pressewart", "Publié le 5 décembre 2026 par Jean Dupont"."""
_BY_POSTED = re.compile(
    rf"^{_POSTED} (?:by|von|par|por|da) (?P<names>[A-Z\u00c0-\u00dd][^\n]{{1,60}}?)"
    r" (?:on|at|am|le|el|em|il) (?P<stamp>[^\n]{4,40})$",
    re.I,
)
"""The same, its writer first: "Posted by Ruth Okafor on Saturday, December 6, 2026" (Blogger's)."""
_READING_TIME = re.compile(r"^\d+(?:\s*[-\u2013]\s*\d+)?\s*min(?:ute)?s?(?: read)?$", re.I)
_HANDLE = re.compile(r"^@\w{2,30}$")
_BUTTON_LINE = re.compile(r"^(?:\+\s*)?(?:follow|following|listen|share|subscribe)$", re.I)
_REPORTING_FROM = re.compile(r"^reporting from [A-Z][^.!?]{0,60}$", re.IGNORECASE)
_PLACE = re.compile(r"^[A-Z][\w'-]{2,24}(?: (?:d[aeo]s?|del|[A-Z][^\W\d_A-Z'-]{1,24})){0,2}$")
"""A place alone under a writer's name: "Madrid", "São Paulo", "Rio de Janeiro"."""


def take_byline(lines: list[str], style: WireStyle) -> tuple[str | None, list[str]]:
    """The byline of the first line after the title, or of one of the next few (after a
    standfirst) if it is short, names names and ends no sentence; and the lines without it."""
    # The lines a byline may be on: clutter above it ("Supported by") is not counted.
    # Nor a summary's bullets ("* Brent down $1.45") over a wire story's byline.
    lines = without_label_under_title(lines)  # "Opinião" under the title, over the story
    led = _under_leads(lines[: _BYLINE_LINES * 4])  # "NEWS PROVIDED BY" over its issuer
    filled = (
        i
        for i, line in enumerate(lines)
        if line.strip()
        and i not in led
        and (not is_clutter_line(line) or _is_kept_over_clutter(line.strip(), style))
        and not is_site_frame(line.strip())  # a sponsor's label: "PRESENTED BY NORTHWIND"
        and not BULLET.match(line.strip())
    )
    fallback: tuple[str, list[str]] | None = None
    for seen, position in enumerate(itertools.islice(filled, _BYLINE_LINES)):
        line = _without_stamp_after(lines[position].strip())
        stamped_line = line != lines[position].strip()  # a stamp cut off after a bar or a dot
        taken = position + 1
        after = lines[taken].strip() if taken < len(lines) else ""
        names = byline_names(line, style) or role_byline(line) or edited_by(line)
        names = names or _stamped_inline(line) or posted_by(line)
        if names is None and seen == 0 and _signed(line, lines[taken:]):
            names = line  # "Lucía Fernández" over the piece closing "Lucía Fernández es …"
        if names is None and seen == 0:
            names = capitals_byline(line, lines[taken:])  # "MARIA BIANCHI" over the story
        if names is None and stamped_line and _NAMES_AND_PLACE.match(line.split(", ")[0]):
            names = line  # "Jane Doe · CBC News · Posted: Dec 05, 2026 4:00 AM EST"
        if names is None and (
            names := role_byline(line, after)
            or _handled(line, after)
            or _titled(line, after)
            or _outlet_under(line, after)
        ):
            taken += 1  # "Jane Doe" over "Business reporter @janedoe", or over "@janedoe"
        rest = itertools.islice(lines, position + 1, None)
        # the next line with words that is no button ("Jane Doe" over "·" over "Follow")
        following = next((x.strip() for x in rest if _is_shown(x)), "")
        if names is None and _placed(line, lines[taken : taken + 2]):
            # "Pedro Sánchez Ruiz" over "Madrid": taken, and the place, if no line names a
            # writer otherwise
            fallback = fallback or (cased(line), lines[:position] + lines[taken + 1 :])
            continue
        if names is None and (described := _described(line, lines[taken : taken + 2])):
            fallback = fallback or (described, lines[:position] + lines[taken + 1 :])
            continue
        if names is None and seen == 0 and _NEWSROOM.match(line) and is_stamp(following):
            # the issuer over its notice's stamp, no writer: "Parrocchia San Lorenzo Martire"
            # over "Domenica 6 dicembre 2026"
            return None, lines[:position] + lines[taken:]
        over = _line_over(lines, position)  # "Jane Roe" under "December 5, 2026 · 5:04 AM ET"
        if names is None and (stamped := _stamped(line, following) or _stamped(line, over)):
            # "Jane Doe" over "Fri 5 Dec 2026 18.20 GMT": taken if no line names a writer
            # otherwise ("Sky News" over its stamp, the writer's name under it)
            kept = lines[taken:]
            if not is_stamp(following) and _is_placed_stamp(following):  # "Sevilla, 5 DIC …"
                kept = [x for x in kept if x.strip() != following]  # it goes with the name
            fallback = fallback or (stamped, lines[: _outlet_above(lines, position)] + kept)
            continue
        if names and (seen == 0 or _late_byline(line, names)):
            if _REPORTING_FROM.match(after) or _AT_PLACE.match(after):  # "Reporting from Tokyo"
                names, taken = f"{names}, {after[:1].lower()}{after[1:]}", taken + 1
            elif taken == position + 1 and (_ROLE_UNDER.match(after) or _OUTLET_UNDER.match(after)):
                names, taken = f"{names}, {after}", taken + 1
            elif taken == position + 1 and _PHOTOGRAPHER.match(after):
                taken += 1  # "Par Amélie Roux" over "Photos Thomas Bérard": the pictures' credit
            elif taken == position + 1 and not is_stamp(after) and _is_placed_stamp(after):
                taken += 1  # "Por Ana López" over "Zaragoza, 04 DIC 2026 - 10:00 CET"
            return names, lines[: _outlet_above(lines, position)] + lines[taken:]
    return fallback or _under_live_label(lines, style) or (None, lines)


def _without_stamp_after(line: str) -> str:
    """A byline's line without the stamp after a bar or a dash: "di Marco Rossi | 5 Dicembre
    2026", "by Sam Lee - 12/05/26 6:44 PM ET"."""
    cut = True
    while cut:  # "Jane Doe · CBC News · Posted: Dec 05, 2026 … | Last Updated: 2 hours ago"
        cut = False
        for mark in (" | ", " - ", " \u2013 ", " \u2014 ", " \u00b7 ", " \u2022 "):
            named, bar, stamp = line.rpartition(mark)
            if bar and named.strip() and _is_posting_note(stamp.strip()):
                line, cut = named.strip(), True
                break
    names, dot, outlet = line.partition(" \u00b7 ")  # "Jane Doe · CBC News": said with a comma
    if dot and _NAMES_AND_PLACE.match(names) and _ROLE_UNDER.match(outlet):
        return f"{names}, {outlet}"
    return line


def _line_over(lines: list[str], position: int) -> str:
    """The last line with words over `position`, or "" if there is none."""
    return next((lines[i].strip() for i in range(position - 1, -1, -1) if lines[i].strip()), "")


def _is_posting_note(text: str) -> bool:
    """What a byline's bar or dot may hold after the names: the stamp, the age of the post or
    its reading time ("2h", "3 min read": a news portal's "Story by Jane Doe \u2022 2h \u2022 3 min
    read"), the pictures' credit."""
    return (
        is_stamp(text) or bool(_AGE.match(text) or _PHOTOS_BY.match(text)) or is_reading_time(text)
    )


def _is_kept_over_clutter(line: str, style: wire.WireStyle) -> bool:
    """Whether a line taken for clutter is a byline: with its stamp after a bar, or a writer's
    with their agency ("Par Julien Morel avec AFP"; "Par Le Figaro avec AFP" is no writer's)."""
    named = _without_stamp_after(line)
    return (named != line and not is_stamp(named)) or wire.signed_with_agency(line, style)


def _outlet_above(lines: list[str], position: int) -> int:
    """Where a byline's block starts: at the paper's name over it ("The Guardian" over "Jane
    Doe in Rome", Apple News' share), else at the byline."""
    outlet = position and lines[position - 1].strip() and _OUTLET.match(lines[position - 1])
    return position - 1 if outlet else position


def _under_leads(lines: list[str]) -> set[int]:
    """Where the lines of `lines` are that a lead of clutter heads in their block: a release's
    issuer and date under "NEWS PROVIDED BY"."""
    led: set[int] = set()
    heading = False
    for position, line in enumerate(lines):
        if heading and line.strip():
            led.add(position)
        heading = bool(line.strip()) and (heading or is_site_lead(line.strip()))
    return led | _in_boxes(lines)


def _in_boxes(lines: list[str]) -> set[int]:
    """Where the lines are of the blocks that are the site's by their shape: a photo's caption
    over its credit ("Jane Roe/The Globe and Mail") is no byline, nor counts as a line."""
    boxed: set[int] = set()
    start = 0
    for end in [*(i for i, line in enumerate(lines) if not line.strip()), len(lines)]:
        if end > start and is_site_box(lines[start:end]):
            boxed.update(range(start, end))
        start = end + 1
    return boxed


def _under_live_label(lines: list[str], style: WireStyle) -> tuple[str, list[str]] | None:
    """A live page's editors under its label, below its summary: "Live Reporting" over
    "Edited by Jane Doe" (the BBC's)."""
    head = lines[:_MAX_LIVE_HEAD_LINES]
    label = next((i for i, line in enumerate(head) if _LIVE_LABEL.match(line.strip())), None)
    if label is None:
        return None
    position = next((i for i in range(label + 1, len(head)) if head[i].strip()), None)
    if position is None:
        return None
    line = lines[position].strip()
    names = edited_by(line) or byline_names(line, style)
    return (names, lines[:position] + lines[position + 1 :]) if names else None


def _stamped(line: str, after: str) -> str | None:
    """A byline of names alone, or of names and where they report from, on the line over the
    story's posting stamp: "Jane Doe" over "Fri 5 Dec 2026 18.20 GMT" (the Guardian's), "Jane
    Doe at the Emirates Stadium", "Jane Doe" over "Dec 5" (a newsletter's); names and a place
    with no stamp: "Jane Doe in Frankfurt" (the FT's); names over the reading time ("5-6
    minutes", a browser's reader view)."""
    # a name in capitals over a stamp is the paper's ("ZEIT ONLINE"), not a writer's
    names, _, role = line.partition(", ")  # "Jane Doe, Health Editor" over the stamp
    described = role and (
        _ROLE_UNDER.match(role) or _SCHOLARS.match(role) or _OUTLET_UNDER.match(role)
    )  # "Ana Souza, da CNN, em Porto Alegre" over the stamp
    if described and _NAMES_AND_PLACE.match(names):
        return line if is_stamp(after.strip()) else None
    newsroom = line.isupper() or _NEWSROOM.match(line)  # "Redacción Clarín" over its stamp
    match = None if newsroom else _NAMES_AND_PLACE.match(line)
    # or over the photo's credit under it: "Анна Смирнова" over "Фото: Иван Петров / …"
    stamp = _is_placed_stamp(after.strip()) or bool(
        _READING_TIME.match(after.strip()) or _PHOTO_CREDIT.match(after.strip())
    )
    return line if match and (match["place"] or stamp) else None


def _is_placed_stamp(line: str) -> bool:
    """A stamp, or the place the story is from and its stamp: "Sevilla, 5 DIC 2026 - 13:42 CET"
    (a Spanish paper's, under the writer's name)."""
    place, comma, stamp = line.partition(", ")
    placed = bool(comma) and bool(_PLACE.match(place)) and is_stamp(stamp)
    return placed or is_stamp(line)


def _described(line: str, under: list[str]) -> str | None:
    """Names over the writer's description over the stamp: "Ana Souza" over "Jornalista
    especializada em economia" over "5.dez.2026 às 7h00" (a column's), said with it."""
    if len(under) < 2 or _NEWSROOM.match(line) or not _NAMES_AND_PLACE.match(line):
        return None
    described = _DESCRIBED.match(under[0].strip()) and is_stamp(under[1].strip())
    return f"{line}, {under[0].strip()}" if described else None


def _stamped_inline(line: str) -> str | None:
    """The writer of a line of the paper's name, the writer and the stamp: "Ouest-France Jean
    Dupont. Publié le 05/12/2026 à 14h32" (a French regional paper's, its name hyphenated)."""
    named, _, stamp = line.partition(". ")
    if not stamp or not is_stamp(stamp.strip()):
        return None
    words = named.split()
    if len(words) > 2 and _HYPHENED_NAME.match(words[0]):
        named = " ".join(words[1:])  # the paper's name before the writer's
    match = None if named.isupper() else _NAMES_AND_PLACE.match(named)
    return named if match and not match["place"] else None


def posted_by(line: str) -> str | None:
    """The writer of a blog's line of its stamp and its writer: "Posted on December 5, 2026 by
    Ruth Okafor" (WordPress'), "Posted by Ruth Okafor on Saturday, December 6, 2026"."""
    posted = _POSTED_BY.match(line) or _BY_POSTED.match(line)
    if posted is None or not is_stamp(posted["stamp"]):
        return None
    return posted["names"] if _NAMES_AND_PLACE.match(posted["names"]) else None


def _outlet_under(line: str, after: str) -> str | None:
    """Names over their outlet and place: "Jane Doe" over "BBC News, Somerset"."""
    match = _NAMES_AND_PLACE.match(line)
    outlet = _OUTLET_UNDER.match(after.strip())
    return f"{line}, {after.strip()}" if match and not match["place"] and outlet else None


def _placed(line: str, under: list[str]) -> bool:
    """Names over a place alone at the end of their block: "Pedro Sánchez Ruiz" over "Madrid"."""
    # the place alone, or over the story's stamp: "Clara Vidal" over "Barcelona" over "05/12/2026"
    alone = len(under) < 2 or not under[1].strip() or is_stamp(under[1].strip())
    if _NEWSROOM.match(line):
        return False  # the paper's newsroom, no writer: "Redazione ANSA" over "GENOVA"
    return bool(under and alone and _NAMES_AND_PLACE.match(line) and _PLACE.match(under[0].strip()))


def _titled(line: str, after: str) -> str | None:
    """Names over their title at a company: "Jane Doe, Head of Engineering at Northwind Rail"."""
    matched = _NAMES_AND_PLACE.match(line) and _TITLE_AT.match(after.strip())
    return f"{line}, {after.strip()}" if matched else None


def _signed(line: str, rest: list[str]) -> bool:
    """Names alone under the title that the note closing the piece opens with: "Lucía
    Fernández" over the column, its last paragraph "Lucía Fernández es profesora de …", or that
    the page's writer's card repeats alone on its line; or
    two or three names alone in a block over the first paragraph ("Priya Nair" over "The
    Saturday farmers market will move …")."""
    match = _NAMES_AND_PLACE.match(line)
    if not match or match["place"] or _NEWSROOM.match(line) or not _is_named(line):
        return False
    if is_name_over_opening(line, rest):
        return True
    if rest and not rest[0].strip() and any(x.strip() == line for x in rest[1:]):
        return True  # "Martín Rodríguez" alone again under "Sobre la firma", the writer's card
    last = next((x.strip() for x in reversed(rest) if x.strip()), "")
    return opens_note_on(line, last)


def _is_named(line: str) -> bool:
    """Whether a line's words may be a person's name: small letters, no figures ("AA AA" or
    "A0 A0" shown twice is no writer's card; a name in capitals is `capitals_byline`'s)."""
    return any(c.islower() for c in line) and not any(c.isdigit() for c in line)


def _is_shown(line: str) -> bool:
    return any(ch.isalnum() for ch in line) and not _BUTTON_LINE.match(line.strip())


def _handled(line: str, after: str) -> str | None:
    """Names alone over their handle: "Jane Doe" over "@janedoe"."""
    return line if _NAMES_AND_PLACE.match(line) and _HANDLE.match(after.strip()) else None


def _late_byline(line: str, names: str) -> bool:
    return (
        len(line) <= _MAX_LATE_BYLINE_CHARS
        and (names_shaped(names) or edited_by(line) is not None)  # "Compiled by the …"
        and not line.endswith((".", "!", "?"))
        and not line.lower().startswith("written by")  # after the story: its closing credit
    )
