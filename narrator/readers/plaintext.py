"""Plain-text stories as they are pasted or saved: title line, byline, dateline, section heads,
credit, in the story's language (see narrator.readers.wire), without what is not the story
(see narrator.readers.trailers)."""

from __future__ import annotations

import re

from narrator.models import Article, Block, BlockKind, Section
from narrator.readers.appeals import without_appeals
from narrator.readers.apps import (
    quoted_story,
    shared_title,
    without_app_marks,
    without_handle,
    without_paragraph_references,
    without_repeats,
    without_thread_counters,
    without_time_codes,
)
from narrator.readers.bylines import take_byline
from narrator.readers.column_rails import without_column_rail
from narrator.readers.contents_boxes import without_contents_boxes
from narrator.readers.dialogue import is_interviewers_question
from narrator.readers.greetings import without_greeting_line
from narrator.readers.labels import labelled_title
from narrator.readers.language import detect_language, normalize_language
from narrator.readers.letters import signed_letters
from narrator.readers.opening import above_title
from narrator.readers.pages import unwrapped, unwrapped_title, without_page_marks
from narrator.readers.pasted_heads import apart_from_stamp
from narrator.readers.players import apart_from_player
from narrator.readers.release_legends import LEGAL_HEADING, without_legal_section
from narrator.readers.short_sections import heads_short_section
from narrator.readers.stamped_heads import without_issuer_block, without_stamp_block
from narrator.readers.stamps import entry_time
from narrator.readers.standing_notes import without_standing_explainer
from narrator.readers.summaries import (
    BULLET,
    headed_paragraph,
    is_lone_note,
    labelled_item,
    ticker_head,
    unbulleted_list,
    without_summary_label,
)
from narrator.readers.text_marks import without_text_marks
from narrator.readers.trailers import is_clutter_line, without_clutter
from narrator.readers.verdicts import stated_ratings
from narrator.readers.wire import WireStyle, dateline_of, headline_of, is_credit, style_for
from narrator.readers.writer_notes import is_columnists_note, is_writers_note

_MAX_HEADING_CHARS = 60
_ROMAN_HEAD = re.compile(r"^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})\.$")
_MAX_HEADING_WORDS = 10
_MAX_QUESTION_WORDS = 6
_MAX_QA_WORDS = 12
_MAX_ENTRY_WORDS = 16
_MIN_QA_QUESTIONS = 2
_MAX_EARLY_WORDS = 5
_NUMBERED = re.compile(r"^\d{1,2}[.)]\s+(?=\w|[\"'\u201c$\u00a3\u20ac(])")
"""A numbered list's line: "1. Tariffs fall", "2) Quotas end"."""
_COMPANY_END = re.compile(r"\b(?:Inc|Corp|Co|Ltd|Plc|LLC|L\.P|S\.A|N\.V|AG|SE)\.$")
"""A headline's last period that is a company's ("About Acme Corp.")."""
_TIME = re.compile(
    r"^\d{1,2}[.:]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?$|^\d{1,2}(?:[.:]\d{2})?\s*[ap]m$"
    r"|^\d{1,2}h\d{2}$",
    re.IGNORECASE,
)
"""A live blog's entry time on a line of its own: "12.45 GMT", "10:42", "1.05pm", "16h02"."""
_POSTED = re.compile(
    r"^(?:posted|published)(?: at)? (?P<time>\d{1,2}[.:]\d{2}(?:\s*[AP]M)?)$", re.I
)
_AGO = re.compile(
    r"^(?:\d{1,3}\s*(?:s|secs?|m|mins?|h|hrs?|d)\s+ago"
    r"|(?:il y a|hace|h\u00e1|vor) \d{1,3}\s*(?:s|sec|min|mins|minutes?|minutos?|minuten|h|std)\.?"
    r"|\d{1,3}\s*(?:min|minuti|ore|h) fa)$",
    re.IGNORECASE,
)
"""A live entry's time as how long ago it was posted: "12m ago", "1h ago", "Il y a 5 min"."""
_NUMBERED_HEAD = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.? [A-Z][\w'\u2019 ,&-]{1,50}$")
"""A numbered heading on a line of its own: "2. Loans", "3.1 Events for children"."""
_BREAK = re.compile(r"^(?:[*\u2022\u00b7~=_-]\s*){3,}$")
"""A break between a digest's stories: "* * *", "---", "~~~"."""
_ENTRY_LABEL = re.compile(r"^(?:breaking(?: news)?|pinned(?: post)?|key event|live)$", re.I)
"""A live entry's label between its time and its headline."""
_ENDS_SENTENCE = re.compile(r"[.!?:;,)](?:[ \u00a0\u202f]?[\"'\u201d\u2019\u00bb])*$")
"""A sentence's end, a closing quote after it included, after a space too ("c'est. »")."""
_END_CHARS = 8


def read_plaintext(text: str, source: str = "", language: str | None = None) -> Article:
    """Read a wire story: first line the title (a browser's frame above it passed over, a
    feed's "UPDATE 2-" left out), then an optional byline (`By …`, `Von …`, `Par …`…, or
    names and a role, within the first lines), then the body, in `language` (None: the
    language detected in the body).

    Paragraphs are separated by blank lines (or, when the text has none, one per line); a short
    line in capitals, or a short line between paragraphs with no sentence's end, starts a new
    section, as does a live blog's entry time over its headline ("12.45 GMT" then "Talks
    end"); bulleted lines, and numbered ones where two are, are list items; a closing
    `(Reporting by …)` line is a credit block. Clutter is left out (narrator.readers.trailers).
    """
    # pasted from a browser ("Skip to main content", a menu), saved from a mail ("Subject: …")
    lines = quoted_story(text.strip().splitlines())
    lines = without_repeats(
        [without_app_marks(line) for line in without_paragraph_references(lines)]
    )
    lines = without_text_marks(without_time_codes(without_thread_counters(lines)))
    subject, lines = above_title(without_page_marks(lines))
    if not subject:
        lines = unwrapped_title(lines)  # a PDF's title on two lines
    title = subject or (shared_title(headline_of(lines[0].strip())) if lines else "")
    rest = lines if subject else without_handle(lines[1:], title)
    language = normalize_language(language) or detect_language("\n".join(rest))
    style = style_for(language)
    byline, rest = take_byline(rest, style)
    # a stamp's block with the page's labels; "Good morning." over a newsletter's first story
    rest = without_greeting_line(without_stamp_block(without_issuer_block(rest)))
    rest = without_column_rail(rest, title)  # "More Ask Ruth" under "Ask Ruth: …"
    paragraphs = _paragraphs(without_summary_label(stated_ratings(signed_letters(rest))))
    return Article(
        title=title,
        byline=byline,
        # the first paragraph that is not a summary's bullet
        dateline=next(
            (dateline_of(p) for p, role in paragraphs if role in ("block", "line")), None
        ),
        source=source,
        sections=_sections(paragraphs, style, byline, labelled_title(title, lines[1:])),
        language=language,
    )


def _paragraphs(lines: list[str]) -> list[tuple[str, str]]:
    """Blank-line separated paragraphs with wrapped lines joined (one per line if no blanks),
    less their clutter, each with what it is: "entry" (a live blog entry's heading), "block"
    (a paragraph between blank lines) or "line" (a line of a text without blank lines)."""
    body = "\n".join(lines).strip()
    if not body:
        return []
    if "\n\n" not in re.sub(r"\n[ \t]+\n", "\n\n", body):
        groups, kind = unwrapped(body.splitlines()), "line"  # a PDF's lines: wrapped
    else:
        # a head pasted over the first paragraph: "8 December 2026" between them
        groups = apart_from_stamp([group.splitlines() for group in re.split(r"\n[ \t]*\n", body)])
        kind = "block"
    paragraphs: list[tuple[str, str]] = []
    heads: set[str] = set()  # the headlines of entries timed "12m ago", their time not read
    entries = apart_from_player(_entries(groups, heads))
    kept = without_contents_boxes(without_appeals(without_clutter(entries)))
    # "Forward-Looking Statements" over its paragraph, "About product recalls" closing a notice
    kept = without_standing_explainer(without_legal_section(kept))
    for position, group in enumerate(kept):
        if is_lone_note(kept, position):  # "• This article was amended on …" (the Guardian's)
            group = [BULLET.sub("", group[0])]
        if len(group) > 1 and _TIME.match(group[0]) and _is_entry_headline(group[1]):
            paragraphs.append((f"{group[0]}: {group[1]}", "entry"))
            group = group[2:]
        elif group[0] in heads:
            paragraphs.append((group[0], "entry"))
            group = group[1:]
        elif (ticker := ticker_head(group[0])) is not None:
            paragraphs.append((ticker, "entry"))  # "+++ Streik hat begonnen +++"
            group = group[1:]
        lines_of_block = kind == "block" and len(group) > 1
        listed = unbulleted_list(group) if lines_of_block else None
        if listed is None and lines_of_block and paragraphs and paragraphs[-1][1] == "item":
            listed = labelled_item(group)  # "Cons" over one line, after "Pros" over its list
        if listed is not None:
            label, items = listed
            paragraphs.extend([(label, "entry")] if label else [])
            paragraphs.extend(_as_item(item) for item in items)
            continue
        headed = headed_paragraph(group) if lines_of_block else None
        paragraphs.extend([(headed, "entry")] if headed else [])
        paragraphs.extend(_items_and_runs(group[1:] if headed else group, kind))
    return paragraphs


def _entries(groups: list[list[str]], heads: set[str]) -> list[list[str]]:
    """A live page's entries with their time alone over their headline: "Posted at 14:32"
    over "Breaking" over "Tobacco duty up" -> "14:32" over "Tobacco duty up" (else the time
    would be taken for a posting stamp, and the label read), not over buttons alone ("Posted at
    14:32" over "Share" closing an entry: a stamp); a time that only says how long ago
    ("12m ago" over "Allowance to rise") is not read, its headline put in `heads`, as is a
    headline under a break ("* * *" over "Ferry timetable cut for winter")."""
    timed: list[list[str]] = []
    for position, group in enumerate(groups):
        if len(group) > 1 and (time := entry_time(group[0])) is not None:
            group = [time, *group[1:]]  # "2:31 p.m. ET, December 5, 2026" over its headline
        if len(group) > 1 and _AGO.match(group[0].strip()):
            group = group[1:]  # over a headline, or over the entry's sentence: not read
            if _is_entry_headline(group[0]):
                heads.add(group[0].strip())
        elif _after_break(groups, position) and _is_entry_headline(group[0].strip()):
            heads.add(group[0].strip())  # "* * *" over "Ferry timetable cut" (a digest's)
        posted = _POSTED.match(group[0].strip()) if len(group) > 1 else None
        if posted is not None and not all(is_clutter_line(line) for line in group[1:]):
            rest = group[1:]
            if len(rest) > 1 and _ENTRY_LABEL.match(rest[0].strip()):
                rest = rest[1:]
            group = [posted["time"], *rest]
        timed.append(group)
    return timed


def _after_break(groups: list[list[str]], position: int) -> bool:
    """Whether a paragraph follows a break of marks alone ("* * *", "---") and has more after it."""
    above = groups[position - 1] if position else []
    return (
        0 < position < len(groups) - 1 and len(above) == 1 and bool(_BREAK.match(above[0].strip()))
    )


def _items_and_runs(group: list[str], kind: str) -> list[tuple[str, str]]:
    """A paragraph's lines: each bulleted line ("- Brent fell 2.3%", "• Nvidia beat") an
    "item" read as a sentence, and each numbered one where two are ("1. Tariffs fall", its
    number said); the lines between them joined into paragraphs of `kind`."""
    parts: list[tuple[str, str]] = []
    run: list[str] = []
    numbered = sum(bool(_NUMBERED.match(line)) for line in group) >= 2
    for line in group:
        item = _item(line, numbered)
        if item is None:
            run.append(line)
            continue
        if run:
            parts.append((" ".join(run), kind))
            run = []
        parts.append(_as_item(item))
    if run:
        parts.append((" ".join(run), kind))
    return parts


def _as_item(item: str) -> tuple[str, str]:
    """A list item's words, read as a sentence."""
    return (item if _ends_sentence(item) else f"{item}.", "item")


def _item(line: str, numbered: bool) -> str | None:
    """A list item's words: a bulleted line's without its bullet, a numbered line's with its
    number (said: "one. Tariffs fall"); None for a line of no list."""
    bullet = BULLET.match(line)
    if bullet is not None:
        return line[bullet.end() :].strip()
    return line if numbered and _NUMBERED.match(line) else None


def _is_entry_headline(line: str) -> bool:
    """A live entry's headline under its time: a subhead with a word ("12:41" under "00:00" is
    an audio player's times)."""
    words = len(line.split())
    headline = _is_subhead(line) or (
        words <= _MAX_ENTRY_WORDS and line[:1].isupper() and not _ends_sentence(line)
    )  # an entry's headline may be longer than a section's: "Cortada la AP-9 a la altura de …"
    return headline and any(ch.isalpha() for ch in line)


def is_heading(paragraph: str) -> bool:
    """A short line in capitals with no sentence punctuation at its end, like `RETALIATION`; not
    a transcript's speaker ("STEVE INSKEEP, HOST:")."""
    if not 0 < len(paragraph) <= _MAX_HEADING_CHARS:
        return False  # before its letters are looked at: a 1 MB text's paragraphs are long
    if _ROMAN_HEAD.match(paragraph):
        return True  # a long read's part: "II." alone
    letters = [ch for ch in paragraph if ch.isalpha()]
    return (
        len(letters) >= 3
        and all(ch.isupper() for ch in letters)
        and not paragraph.rstrip().endswith((".", "?", "!", ")", ",", ":"))
    )


def _is_subhead(line: str, question_words: int = _MAX_QUESTION_WORDS) -> bool:
    """A short line that starts like a sentence and does not end like one: a headline; or a
    question of `question_words` or fewer."""
    return (
        len(line) <= _MAX_HEADING_CHARS
        and len(line.split()) <= (question_words if line.endswith("?") else _MAX_HEADING_WORDS)
        and (line[:1].isupper() or line[:1].isdigit())  # "2. Markets wobble" (Axios)
        and (
            not _ends_sentence(line)
            or bool(_COMPANY_END.search(line))
            # a question as a subhead: "What happens next?" (BBC)
            or (line.endswith("?") and len(line.split()) <= question_words)
        )
    )


def _starts_section(
    paragraphs: list[tuple[str, str]], position: int, question_words: int = _MAX_QUESTION_WORDS
) -> bool:
    """Whether a paragraph is a section's heading: one in capitals, a live blog entry's, or a
    headline between two paragraphs that end like sentences ("Roads and railways closed")."""
    paragraph, kind = paragraphs[position]
    if kind == "entry" or is_heading(paragraph):
        return True
    if not position < len(paragraphs) - 1:
        return False
    if kind == "line":  # a printed page's numbered heading: "2. Loans" over its lines
        return bool(_NUMBERED_HEAD.match(paragraph))
    if kind != "block":
        return False
    if paragraph[:1].isdigit() and _TIME.match(paragraph):
        return True  # a live page's time over its entry: "3:15 p.m." (AP's "The Latest")
    if position == 0 or not _is_subhead(paragraph, question_words):
        return False
    if is_interviewers_question(paragraph, paragraphs[position + 1][0]):
        return False
    if not any(ch.isalpha() for ch in paragraph):
        return False  # a number alone ("5") is no headline
    before, after = paragraphs[position - 1][0], paragraphs[position + 1][0]
    # what follows ends a sentence, or is too long to be a headline ("And finally, here's
    # what Jane Doe is interested in this morning", links once after it)
    # before it, a sentence's end or a heading ("THE LATEST NEWS" over "Climate")
    return (_ends_sentence(before) or is_heading(before)) and (
        _ends_sentence(after)
        or len(after.split()) > _MAX_HEADING_WORDS
        or paragraphs[position + 1][1] == "entry"  # a part's heading over its steps' ones
    )


def _early_subhead(paragraphs: list[tuple[str, str]], starts: set[int]) -> set[int]:
    """The first subhead when nothing but a standfirst with no full stop is over it ("Что
    изменится" under the byline, "Sabato" under "Arriva l'aria artica, temperature sotto zero
    al Nord"): short, a question or the first of counted heads, over a paragraph, and later
    subheads head sections too."""
    for position in range(min(2, min(starts, default=0))):
        paragraph, kind = paragraphs[position]
        before = paragraphs[0][0] if position else ""
        short = len(paragraph.split()) <= _MAX_EARLY_WORDS or paragraph.endswith("?")
        short = short or heads_short_section(paragraphs, starts, position)  # a letter's head
        # the first of counted heads: "1 big thing: …" over "2. Oil falls" (Axios')
        counted = any(paragraphs[start][0][:2] in ("2 ", "2.") for start in starts)
        short = short or (paragraph[:2] in ("1 ", "1.") and counted)
        if (
            kind == "block"
            and short
            and not (before and _ends_sentence(before))
            and _is_subhead(paragraph, _MAX_QA_WORDS)
            and _ends_sentence(paragraphs[position + 1][0])
        ):
            return {position}
    return set()


def _ends_sentence(text: str) -> bool:
    # Its last characters only: the pattern searched through a long paragraph tries each place.
    return bool(_ENDS_SENTENCE.search(text[-_END_CHARS:]))


def _question_words(paragraphs: list[tuple[str, str]]) -> int:
    """How many words a question that heads a section may have: more in an explainer, whose
    sections are headed by questions ("What is the new tax and who will have to pay it?"),
    told by two or more questions in paragraphs of their own between paragraphs."""
    questions = sum(
        paragraph.endswith("?") and _is_subhead(paragraph, _MAX_QA_WORDS)
        for position, (paragraph, kind) in enumerate(paragraphs)
        if kind == "block" and 0 < position < len(paragraphs) - 1
    )
    return _MAX_QA_WORDS if questions >= _MIN_QA_QUESTIONS else _MAX_QUESTION_WORDS


def _sections(
    paragraphs: list[tuple[str, str]], style: WireStyle, byline: str | None = None, title: str = ""
) -> tuple[Section, ...]:
    sections: list[Section] = []
    heading: str | None = None
    blocks: list[Block] = []
    paragraphs = [p for p in paragraphs if p[0]]
    # The credits close the story: "Additional reporting by …" over "(Editing by …)".
    credits = len(paragraphs)
    last = paragraphs[-1][0] if paragraphs else ""
    if credits > 1 and (is_writers_note(last, byline) or is_columnists_note(last, title)):
        credits -= 1
    while credits > 0 and is_credit(paragraphs[credits - 1][0], style):
        credits -= 1
    question_words = _question_words(paragraphs)
    starts = {p for p in range(credits) if _starts_section(paragraphs, p, question_words)}
    starts |= _early_subhead(paragraphs, starts)
    for position, (paragraph, role) in enumerate(paragraphs):
        if position in starts:
            if heading is not None or blocks:
                sections.append(Section(heading, tuple(blocks)))
            heading, blocks = paragraph, []
            continue
        kind = BlockKind.CREDIT if position >= credits else BlockKind.PARAGRAPH
        if role == "item":
            kind = BlockKind.LIST_ITEM
        blocks.append(Block(kind, paragraph))
    if heading is not None or blocks:
        sections.append(Section(heading, tuple(blocks)))
    return tuple(s for s in sections if not (s.heading and LEGAL_HEADING.match(s.heading)))
