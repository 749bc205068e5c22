"""What a saved or pasted story has above its title: a browser page's frame and menu, or an
e-mail's header.

- "Skip to main content", "Menu", "Sign in" (see `narrator.readers.trailers.is_page_frame`), and
  a site's menu copied with the page, a short line for each of its links ("News", "Sport",
  "Local News"), four or more of them in one block
- the section a page files the story under ("Finance & economics | Buttonwood", "News >
  Business"), alone in a block over the title
- the site's domain alone in a block over the title ("example-times.com", a reader view's)
- an alert saved from a mail program: "Subject: Supreme Court agrees to hear …", "From: …",
  "Date: …", "To: …"; the subject is the story's title, the rest of the header is not read;
  a forwarded mail's "---------- Forwarded message ---------" over it; a newsletter's own
  headline under the header ("View this email in your browser" over "Ports reopen as …") is
  the story's title rather than the mail's subject ("Your Friday briefing: ports reopen")
- a block of lines that are each clutter (see `narrator.readers.trailers`): a release's "FOR
  IMMEDIATE RELEASE" over its date, its "Contact: …" block, a share sheet's "Shared from the
  Guardian app", a forum's "r/AskHistorians" over "5 hr. ago" over "u/quillpen_42"
- a section's or paper's name over the headline in its block: "Verkehr", "Le Parisien" over
  "Faits divers"
- a chat's message over the story it shares: "Jane Doe  9:14 AM" over "worth a read"
- a newsletter's greeting over its first headline (see `narrator.readers.greetings`)
- a site's menu on one line, its links apart by bars: "Hacker News new | past | comments | ask"
"""

from __future__ import annotations

import re

from narrator.readers.apps import is_app_line
from narrator.readers.greetings import is_headline, without_greeting
from narrator.readers.labels import NOTICES, is_section_name
from narrator.readers.outlet_lines import with_note_under_title
from narrator.readers.site_lines import is_site_frame
from narrator.readers.stamped_heads import from_stamped_headline
from narrator.readers.stamps import is_stamp
from narrator.readers.trailers import is_clutter_line, is_page_frame

__all__ = ["above_title"]

_HEADER = re.compile(
    r"^(?P<field>from|to|cc|bcc|date|sent|subject|reply-to"
    # the same fields in the other languages read ("Betreff:", "Objet :", "Asunto:")
    r"|betreff|von|an|datum|gesendet|objet|envoy\u00e9|asunto|para|fecha|enviado|oggetto|inviato"
    r"|data|assunto|de|da)\s*:\s*(?P<value>.*)$",
    re.IGNORECASE,
)
_SUBJECT_FIELDS = frozenset({"subject", "betreff", "objet", "asunto", "oggetto", "assunto"})
_REPLY = re.compile(r"^(?:(?:re|fwd?|fw)\s*:\s*)+", re.IGNORECASE)
_MIN_HEADER_FIELDS = 2
_DOMAIN = re.compile(
    r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:[a-z]{2}|com|org|net|info|news|gov|edu|biz"
    r"|media|online|site|app|dev|blog)$",
    re.IGNORECASE,
)
"""A site's name alone over the title, as a browser's reader view shows it: "example-times.com"."""
_SECTION_PATH = re.compile(r"^[A-Z][\w&' ]{1,30}(?: [|>/\u203a] [A-Z][\w&' ]{1,30}){1,3}$")
"""The section a page files the story under, over its title: "Finance & economics | Buttonwood"."""
_FORWARDED = re.compile(
    r"^(?:-{2,}\s*(?:forwarded|original) message\s*-{2,}|begin forwarded message:?)$", re.I
)
_CONTACT = re.compile(r"^(?:(?:media|press|news) )?contacts?\s*:", re.IGNORECASE)
"""A release's contact over its title: "Contact: Dana Ruiz, Communications Director"."""
_CHAT_HEAD = re.compile(
    r"^[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,3}(?:\s{2,}|\t)\d{1,2}:\d{2}(?:\s?[AP]M)?$"
)
"""A chat message's sender and time, over the message that shares a story: "Jane Doe  9:14
AM" (Slack's)."""
_OFFICE = re.compile(
    r"^(?:(?i:the hon\.?|hon\.?|senator|dr\.?) )?[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){1,3}"
    r" (?:MP|MLA|MPP|MSP|MS|TD|MdB|MEP)$"
    r"|^(?i:(?:the )?(?:rt )?hon\.?) [A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*){1,3}$"
    r"|^(?i:(?:shadow |assistant |deputy )?(?:prime )?minister (?:for|of) |secretary of state for"
    r" |treasurer|premier of |attorney-general)[^.!?]{0,80}$"
)
"""A member's name and office over a release's headline: "The Hon. Jane Doe MP", "Minister for
Infrastructure and Transport"."""
_RELEASE_LABEL = re.compile(
    r"^(?:(?:news|press|media) release|pressemitteilung|communiqu\u00e9 de presse|nota de prensa"
    r"|comunicato stampa|comunicado de imprensa)$",
    re.IGNORECASE,
)
_MIN_HEADLINE_WORDS = 4
_MAX_HEADLINE_WORDS = 20
_SENTENCE_END = re.compile(r"[.!?:;,]$")
_MIN_MENU_LINES = 4
_MAX_MENU_WORDS = 3
_MAX_MENU_CHARS = 25
_MASTHEAD = re.compile(
    r"^[A-Z][\w&'\u2019.-]*(?: (?:of|the|for|and|de|du|des|la|le|del|di|der|f\u00fcr|y|e|et|und))"
    r"{0,2}(?: [A-Z&][\w&'\u2019.-]*(?: (?:of|the|for|and|de|du|des|la|le|del|di|der|f\u00fcr|y|e"
    r"|et|und)){0,2}){0,4}$"
)
"""A paper's or a body's name: up to five words, each with a capital but the small words
between them ("The Kettleford Courier", "University of Westbridge")."""
_KICKER = re.compile(
    r"^[A-Z\u00c0-\u00dd\u0410-\u042f\u0401][\w&'\u2019-]*(?: [\w&'\u2019-]+){0,2}$"
)
"""A section's or paper's name over a headline: up to three words, the first a capital's."""
_MAX_KICKERS = 2
_LONE_KICKER = re.compile(r"^(?:[A-Z][\w&'\u2019-]*|[A-ZÀ-Ý&' ]{2,30})$")
"""A section's name in a block of its own over the title: one word, or capitals ("OPINIÓN")."""
_ISSUER = re.compile(r"^[A-Z][\w&'\u2019-]*(?: [A-Z][\w&'\u2019-]*){1,3}$")
"""An organisation's name in a block of its own over its release's title, every word a capital's
("Amnistia Internacional Portugal"), when the block under the title ends on its stamp."""
_WRITER = re.compile(r"^(?:By )?[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019.-]+){1,2}\n")
"""A writer's name alone on the first of the lines under a headline (their role, the date)."""
_HOME = re.compile(r"^(?:home|homepage|startseite|accueil|inicio|in\u00edcio|главная)$", re.I)
_MENU_ITEM = re.compile(r"^[A-Z&][\w&'\u2019 -]*$")
"""A menu's link: words with a capital and no sentence's end, no number ("Local News")."""


def above_title(lines: list[str]) -> tuple[str | None, list[str]]:
    """The title an e-mail's header gives (its subject; None if the text has no header), and
    `lines` from the line the title is on, without the page's frame, menu or header."""
    lines = _without_frame(lines)
    # a forwarded mail's rule or words over its header ("________", "Begin forwarded message:")
    start = 0
    while start < len(lines) and (
        _FORWARDED.match(lines[start].strip()) or not _has_word(lines[start])
    ):
        start += 1
    if start < len(lines) and _HEADER.match(lines[start].strip()):
        lines = lines[start:]
    header = 0
    while header < len(lines) and _HEADER.match(lines[header].strip()):
        header += 1
    fields = {
        "subject" if match["field"].lower() in _SUBJECT_FIELDS else match["field"].lower(): (
            match["value"].strip()
        )
        for line in lines[:header]
        if (match := _HEADER.match(line.strip()))
    }
    if header >= _MIN_HEADER_FIELDS and fields.get("subject"):
        headline = _headline_under(lines[header:])
        if headline is not None:
            return None, headline
        return _REPLY.sub("", fields["subject"]), lines[header:]
    lines = _without_kicker(without_greeting(with_note_under_title(lines)))
    return None, from_stamped_headline(lines)


def _without_kicker(lines: list[str]) -> list[str]:
    """`lines` from the title when a section's or paper's name is over it: a few words in its
    block ("Verkehr", "Le Parisien" over "Faits divers" over the headline), or one word in a
    block of its own ("Ideas", "OPINIÓN"); unchanged when nothing would follow that title (the
    lines under the name are then the story's body, not its headline)."""
    kept = _from_title(lines)
    return kept if kept is lines or _has_body_after_title(kept) else lines


def _has_body_after_title(lines: list[str]) -> bool:
    """Whether a non-empty line follows the first block of `lines`."""
    end = next((i for i, line in enumerate(lines) if not line.strip()), len(lines))
    return any(line.strip() for line in lines[end:])


def _from_title(lines: list[str]) -> list[str]:
    """`lines` from the title under a section's or paper's name (see `_without_kicker`)."""
    end = next((i for i, line in enumerate(lines) if not line.strip()), len(lines))
    start = next((i for i in range(end, len(lines)) if lines[i].strip()), len(lines))
    named = is_section_name(lines[0]) and start < len(lines)
    alone = start + 1 >= len(lines) or not lines[start + 1].strip()
    if named and end == 1 and lines[0].strip().lower() in NOTICES and alone:
        return lines[start:]  # "Avis de décès" over "Jeanne Martin"
    if named and end == 1 and (is_headline(lines[start]) or _is_stopped_headline(lines, start)):
        return lines[start:]  # a section's name over the headline: "News", "Sport"
    topic = named and end == _MAX_KICKERS and bool(_KICKER.match(lines[1].strip()))
    if topic and alone and is_headline(lines[start]):
        return lines[start:]  # and its topic: "Opinion" over "Cities", the headline alone
    for count in range(1, min(_MAX_KICKERS, end - 1) + 1):
        posted = count + 1 < end and is_app_line(lines[count + 1].strip())  # a post's head
        kicked = all(_KICKER.match(k.strip()) for k in lines[:count])
        if is_headline(lines[count]) and kicked and not posted:
            return lines[count:]
    if end == 1 and (
        _LONE_KICKER.match(lines[0].strip())
        or is_section_name(lines[0])
        or (_ISSUER.match(lines[0].strip()) and _stamped_block(lines[end:]))
    ):
        blocks = "\n".join(lines[end:]).strip().split("\n\n")
        # the headline over a standfirst's sentence; a title's own standfirst is over a byline
        standfirst = blocks[1].strip() if len(blocks) > 1 else ""
        headline = blocks[0].split("\n")
        under = standfirst.endswith((".", "!", "?")) or bool(_WRITER.match(standfirst))
        under = under or _stamped_block(lines[end:])
        if len(headline) == 1 and is_headline(headline[0]) and under:
            return lines[next(i for i in range(end, len(lines)) if lines[i].strip()) :]
    return lines


def _stamped_block(lines: list[str]) -> bool:
    """Whether the second block of `lines` (under the headline) holds a posting stamp."""
    blocks = "\n".join(lines).strip().split("\n\n")
    return len(blocks) > 1 and any(is_stamp(line.strip()) for line in blocks[1].split("\n"))


def _is_stopped_headline(lines: list[str], start: int) -> bool:
    """A headline with a full stop ("The lake rose. Scientists say it's not enough.") over a
    line that ends no sentence: a standfirst without its stop, a byline."""
    following = next((line.strip() for line in lines[start + 1 :] if line.strip()), "")
    stopped = lines[start].strip().endswith(".") and is_headline(lines[start].strip()[:-1])
    return stopped and bool(following) and not _SENTENCE_END.search(following)


def _headline_under(lines: list[str]) -> list[str] | None:
    """`lines` from a newsletter's own headline under its mail's header and frame ("View this
    email in your browser"): a line of its own, shaped as a headline, over more text; None
    when there is none ("Breaking News" over the story is a label)."""
    lines = _without_frame(lines)
    if len(lines) < 3 or lines[1].strip() or not lines[2].strip():
        return None
    words = lines[0].split()
    shaped = _MIN_HEADLINE_WORDS <= len(words) <= _MAX_HEADLINE_WORDS and words[0][:1].isupper()
    return lines if shaped and not _SENTENCE_END.search(lines[0].strip()) else None


def _without_frame(lines: list[str]) -> list[str]:
    """`lines` from the first that is not the page's frame or menu, block by block; all of
    them when that would leave a title with nothing under it ("example.com" over one line is
    a title and its story, not a frame over a title)."""
    kept = _past_frame(lines)
    return kept if sum(1 for line in kept if line.strip()) > 1 else lines


def _past_frame(lines: list[str]) -> list[str]:
    start = 0
    while True:
        while start < len(lines) and not lines[start].strip():
            start += 1
        end = start
        while end < len(lines) and lines[end].strip():
            end += 1
        block = lines[start:end]
        frame = _is_frame_block(block) or (
            len(block) == 1
            and bool(_DOMAIN.match(block[0].strip()) or _SECTION_PATH.match(block[0].strip()))
        )
        masthead = _is_masthead(block, lines[end:], after_frame=start > 0)
        if not block or not (frame or _is_menu(block) or masthead or _is_trail(block)):
            return _without_frame_lines(lines[start:])
        start = end


def _is_trail(block: list[str]) -> bool:
    """A page's path from its home page, a step a line: "Startseite" over "Presse" over
    "Pressemitteilungen"."""
    home = bool(block) and bool(_HOME.match(block[0].strip()))
    return home and len(block) > 1 and all(_is_menu_item(line) for line in block)


def _is_menu(block: list[str]) -> bool:
    return len(block) >= _MIN_MENU_LINES and all(_is_menu_item(line) for line in block)


def _is_masthead(block: list[str], rest: list[str], after_frame: bool = False) -> bool:
    """The paper's name, alone or under "Skip to main content", over the site's menu or
    buttons: "The Kettleford Courier" over "News", "Sport", "What's On", "Property"."""
    named = [line for line in block if not is_page_frame(line)]
    labelled = len(block) in (2, 3) and bool(_RELEASE_LABEL.match(block[1].strip()))
    labelled = labelled and (len(block) == 2 or is_stamp(block[2].strip()))  # its date under it
    named = block[:1] if labelled else named
    if len(named) != 1 or not _MASTHEAD.match(named[0].strip()):
        return False
    if labelled:
        return True  # a body's name over its release's label: "Springfield Police Department"
    if any(line.strip() and is_site_frame(line.strip()) for line in block):
        return True  # over its menu on one line: "The Ashby Echo" over "News  Sport  Jobs"
    following = "\n".join(rest).strip().split("\n\n", 1)[0].splitlines()
    # or over its buttons: "The Price Desk" over "Subscribe" and "Sign in" (Substack's); or,
    # under a cookie banner, over the headline alone in its block
    headline = after_frame and len(following) == 1 and is_headline(following[0])
    buttons = bool(following) and all(is_page_frame(line) for line in following)
    return _is_menu(following) or buttons or headline


def _has_word(line: str) -> bool:
    return any(ch.isalnum() for ch in line)


def _is_app_or_stamp(line: str) -> bool:
    return is_app_line(line.strip()) or is_stamp(line.strip())


def _is_frame_block(block: list[str]) -> bool:
    """Lines each of a page's frame, of clutter or of no word; a release's contact block; a
    chat's message over what it shares ("Jane Doe  9:14 AM" over "worth a read")."""
    if block and (_CONTACT.match(block[0].strip()) or _CHAT_HEAD.match(block[0].strip())):
        return True
    if block and all(_OFFICE.match(line.strip()) for line in block):
        return True  # a minister's release: "The Hon. Jane Doe MP" over "Minister for …"
    worded = [line for line in block if _has_word(line)]
    # a mark between the frame's lines ("•") goes with them; a title of marks alone stays;
    # a printed mail's "To:" under its sender, not a header with the subject, goes too
    subject = any(line.strip().lower().startswith(tuple(_SUBJECT_FIELDS)) for line in worded)
    return bool(worded) and all(
        is_page_frame(line)
        or is_app_line(line.strip())
        or (is_clutter_line(line) and len(line.split()) > 1)  # a title "2026", "©" stays
        or _is_piped_menu(line.strip())
        or (not subject and bool(_HEADER.match(line.strip())))
        for line in worded
    )


def _is_piped_menu(line: str) -> bool:
    """A menu on one line, its links apart by bars: "Hacker News new | past | comments | ask"."""
    links = line.split(" | ")
    return len(links) >= _MIN_MENU_LINES and all(
        len(link.split()) <= _MAX_MENU_WORDS for link in links[1:-1]
    )


def _without_frame_lines(lines: list[str]) -> list[str]:
    """A frame's lines at the top of a block ("Advertisement" over the title), an app's or a
    posting stamp ("Kyiv Independent, [05.12.26 14:32]" over the title, Telegram's)."""
    start = 0
    while start < len(lines) - 1 and (
        is_page_frame(lines[start]) or (lines[start + 1].strip() and _is_app_or_stamp(lines[start]))
    ):
        start += 1
    return lines[start:]


def _is_menu_item(line: str) -> bool:
    line = line.strip()
    return is_page_frame(line) or (
        len(line) <= _MAX_MENU_CHARS
        and len(line.split()) <= _MAX_MENU_WORDS
        and bool(_MENU_ITEM.match(line))
        and not line.lower().startswith("by ")
    )
