"""Blocks of a pasted page that are the site's by their shape, whatever site they come from.

A block here is a run of lines with no blank line between them. Each rule looks at what the
block is made of (a caption over a credit of the form "Name / Outlet", a label over a sentence
over a one-word button, a row of a social post's action names) rather than at one site's
wording, so that it holds on sites nobody has written a rule for.
"""

from __future__ import annotations

import re

from narrator.readers.networks import NETWORKS, agency_alternation

_CREDIT = re.compile(
    r"^\(?(?-i:[A-Z][\w'\u2019.-]+(?: [A-Z][\w'\u2019.-]+){1,3}) ?/ ?"
    r"(?-i:(?:the )?[A-Z][\w&'\u2019.-]*(?: (?:[A-Z&][\w&'\u2019.-]*|of|and|de|di|du)){0,4})\)?$",
    re.IGNORECASE,
)
"""A photo's credit of a photographer and an outlet apart by a slash, nothing else on its
line: "(Jane Roe / Los Angeles Times)", "Jane Roe/The Globe and Mail"."""
_LABELLED_CREDIT = re.compile(
    r"^(?:photo|foto|fotos|bild|image|imagen|picture|\u0444\u043e\u0442\u043e)\s*:\s*[^.!?]{2,80}$",
    re.IGNORECASE,
)
"""A photo's credit after its label: "Photo: Jane Roe / Reuters", "Foto: dpa"."""
_COUNTER = re.compile(r"^\d{1,3}\s*(?:/|of|di|de|von|sur|\u0438\u0437)\s*\d{1,3}$", re.IGNORECASE)
"""A gallery's counter over its photo's caption: "1 / 4", "3 of 12"."""
_SHARE_CALL = re.compile(
    r"^(?:(?:kindly|please) )?(?:share|partilhe|compartilhe|comparte|compartir|partagez|partager"
    r"|teilen sie|teile|condividi)\s+(?:this|these|este|esta|esse|essa|cet|cette|ce|diesen|diese"
    r"|dieses|questo|questa)\b[^.!?:]{0,30}(?: via)?\s*:?$",
    re.IGNORECASE,
)
"""A call to share the page, a button's words: "Share this obituary", "Partilhe este artigo"."""
_OUTLET = re.compile(
    r"^[\u00ab\u201c\"][A-Z\u0410-\u042f][\w.-]*(?: [\w.-]+){0,2}[\u00bb\u201d\"]$"
)
"""An outlet's name alone in quotation marks, up to three words: "«Медуза»". (A word alone,
"Lusa", is also a blog's signature, "Benni", or a button, "Shares": those are kept.)"""
_AGENCY_ALONE = re.compile(
    rf"^[\u2014\u2013-]*\s*(?:{agency_alternation()})(?:\s*[/,]\s*(?:{agency_alternation()}))*\.?$",
    re.IGNORECASE,
)
"""An agency's name alone, a signature: "Lusa", "— AFP/Reuters" (a word alone that is no
agency's, "Benni", a blog's signature, is kept)."""
_MIN_SIGNED_PARAGRAPHS = 3
_MAX_CAPTION_LINES = 2
_MAX_CAPTION_WORDS = 40
_BUTTON = re.compile(
    r"^(?:subscribe|sign up|join|register|subscrever|assinar|inscreva-se|abonnieren|anmelden"
    r"|jetzt abonnieren|s['\u2019]inscrire|je m['\u2019]inscris|s['\u2019]abonner"
    r"|suscr[i\u00ed]bete|suscribirse|iscriviti|abbonati|\u043f\u043e\u0434\u043f\u0438\u0441"
    r"\u0430\u0442\u044c\u0441\u044f)[.!]?$",
    re.IGNORECASE,
)
"""A box's one call to action, a button: "Subscribe", "Subscrever", "Abonnieren"."""
_MAX_LABEL_WORDS = 3
_MAX_BOX_WORDS = 40
_ACTIONS = frozenset(
    {
        "like", "likes", "reply", "replies", "repost", "reposts", "quote", "quotes",
        "bookmark", "bookmarks", "share", "shares", "comment", "comments", "view", "views",
        "save", "saves", "send", "boost", "boosts", "favourite", "favourites", "favorite",
        "favorites", "retweet", "retweets", "reactions",
    }
)  # fmt: skip
"""The names of a social post's buttons and counters, without their figures."""
_MIN_ACTIONS = 3
_COUNT = re.compile(r"^\d{1,3}(?:[.,]\d{1,3})*[KkMm]?$")
_MAX_FOLLOW_WORDS = 14
_FOLLOW_VERB = re.compile(
    r"^\W*(?:follow|join|subscribe to|siga|sigam|segue|sigue|s\u00edguenos|seguici|segui"
    r"|suivez|rejoignez|retrouvez|abonnez-vous|folgen|folge|folgst du|abonniere|participe|entre"
    r"|\u00fanete|find|trovi|encuentra|encontre"
    r"|\u043f\u043e\u0434\u043f\u0438\u0441\u044b\u0432\u0430\u0439\u0442\u0435\u0441\u044c"
    r"|\u0441\u043b\u0435\u0434\u0438\u0442\u0435|\u0447\u0438\u0442\u0430\u0439\u0442\u0435)\b",
    re.IGNORECASE,
)
"""A call to follow or join, in the languages read: "Siga", "Folgen Sie", "Подписывайтесь"."""
_SITE_ON_NETWORK = re.compile(
    r"^[^\W\d_][\w-]*\.[^\W\d_]{2,6}\s+(?:on|in|auf|bei|sur|en|su|em|no|na|\u0432|\u043d\u0430)"
    r"\s+[^\W\d_][\w-]*$",
    re.IGNORECASE,
)
"""A site's name as its domain, on a network: "Lenta.ru on Dzen", "Infobae.com en WhatsApp"."""
_MAX_LINKS_LABEL_WORDS = 4
_MIN_LINKS = 2
_MAX_BUTTON_WORDS = 6
_MIN_BUTTONS = 2
_HEADLINE_WORDS = range(4, 16)


def is_site_box(group: list[str]) -> bool:
    """Whether a block of lines is the site's by its shape: a caption over its photo's credit
    ("A firefighter walks along a ridge." over "(Jane Roe / Los Angeles Times)"), a box of a
    label, a line and a button ("Newsletter" over "Receba no seu email …" over "Subscrever"),
    a row of a post's buttons pasted one a line ("Reposts", "Quotes", "Likes") or of buttons
    on one noun ("Jump to Recipe", "Print Recipe"), a share box of networks' names, or a call
    to share the page alone ("Share this obituary")."""
    lines = [line.strip() for line in group if line.strip()]
    if not lines:  # a group of blank lines ("\r" alone) holds no box
        return False
    if len(lines) > 1 and _COUNTER.match(lines[0]):
        lines = lines[1:]  # a gallery's counter over its caption
    if len(lines) == 1 and is_share_call(lines[0]):
        return True
    boxed = _is_credited(lines) or _is_button_box(lines) or _is_actions(lines)
    return boxed or _is_networks(lines) or _is_button_row(lines)


def _is_button_row(lines: list[str]) -> bool:
    """A row of buttons pasted one a line, each a verb or two on the same noun, no full stop:
    "Jump to Recipe" over "Print Recipe" (a recipe card's), "Download PDF" over "Print PDF"."""
    words = [line.split() for line in lines]
    if len(lines) < _MIN_BUTTONS or not all(2 <= len(row) <= 3 for row in words):
        return False
    nouns = {row[-1] for row in words}
    verbs = {row[0].lower() for row in words}
    stopped = any(line[-1] in ".!?:;," for line in lines)
    return len(nouns) == 1 and len(verbs) == len(lines) and not stopped


def _is_networks(lines: list[str]) -> bool:
    """A share box's label over the networks' names one a line: "Поделиться:" over
    "ВКонтакте" over "Telegram"."""
    named = lines[1:]
    return len(named) >= 2 and all(line.lower() in NETWORKS for line in named)


def is_counter_row(line: str) -> bool:
    """Whether a line is a post's counters alone, each a figure and a button's name: "12
    reposts 48 likes", "1.2K Likes · 30 Comments"."""
    words = re.sub(r"[\u00b7|,\u2022]", " ", line).split()
    if not words or len(words) % 2:
        return False
    pairs = zip(words[::2], words[1::2], strict=True)
    return all(_COUNT.match(count) and name.lower() in _ACTIONS for count, name in pairs)


def is_share_call(line: str) -> bool:
    """Whether a line is a call to share the page alone: "Share this obituary"."""
    return bool(_SHARE_CALL.match(line))


def is_follow_call(line: str) -> bool:
    """Whether a line is a call to follow the site, most of its words the networks': "Siga-nos
    no WhatsApp, no Instagram e no LinkedIn.", "Folgen Sie uns auf Facebook und Instagram"; or
    a short call to follow or join that ends on a network's name ("Join our WhatsApp
    channel" is not one: its end is no network's)."""
    words = re.findall(r"[^\W\d_][\w-]*", line.lower())
    if not 2 <= len(words) <= _MAX_FOLLOW_WORDS or "|" in line or "/" in line:
        return False  # a row of links apart by bars, an address: the page's menus
    if _FOLLOW_VERB.match(line) and words[-1] in NETWORKS - {"x"} and line[-1] not in ".,;":
        return True  # "Siga o canal do g1 Minas no WhatsApp": a call ending on its network
    if _SITE_ON_NETWORK.match(line) and words[-1] in NETWORKS - {"x"}:
        return True  # "Lenta.ru on Dzen": the site's name on a network, a link to its page
    long = [word for word in words if len(word) > 3 or word in NETWORKS]
    networks = len({word for word in long if word in NETWORKS} - {"x"})  # "x" is a letter too
    return networks >= 2 and networks * 2 >= len(long)


def without_closing_links(groups: list[list[str]]) -> list[list[str]]:
    """`groups` less a box of links to other stories that closes them: a short label with no
    full stop over two or more headlines, each a line alone with no full stop, to the end
    ("More to Read" over "Evacuation orders lifted as Ventura County fire slows" over …); or
    a closing row of buttons alone on their lines, all opening with the same word."""
    lines = [[line.strip() for line in group if line.strip()] for group in groups]
    count = 0
    while count < len(lines) and _is_headline(lines[len(lines) - 1 - count]):
        count += 1
    start = len(lines) - 1 - count
    if count >= _MIN_LINKS and _are_buttons(lines[start + 1 :]):
        return groups[: start + 1]
    if count < _MIN_LINKS or start < 1 or len(lines[start]) != 1:
        return groups
    label = lines[start][0]
    if len(label.split()) > _MAX_LINKS_LABEL_WORDS or not label[:1].isupper():
        return groups
    return groups if label[-1:] in ".!?:;," else groups[:start]


_EDITORS_INITIALS = re.compile(r"^(?:[A-Z]{2,4}\s+){1,4}[A-Z]{2,4}$")
"""An agency's last line of its editors' initials, under the story: "ABC DEF XYZ" (PTI)."""


def without_outlet_signature(groups: list[list[str]]) -> list[list[str]]:
    """`groups` (the story's paragraphs, its clutter gone) less an agency's or outlet's name
    alone in quotation marks closing the story's sentences: "«Интерфакс»"; or an agency's name
    alone, or agencies' apart by slashes, with no quotation marks: "Lusa", "— AFP/Reuters"; or
    its editors' initials: "ABC DEF XYZ" (PTI's)."""
    lines = [[line.strip() for line in group if line.strip()] for group in groups]
    if len(lines) < _MIN_SIGNED_PARAGRAPHS or len(lines[-1]) != 1 or not lines[-2]:
        return groups
    sentence = lines[-2][-1].endswith((".", "!", "?", "\u201d", '"'))
    named = (
        _OUTLET.match(lines[-1][0])
        or _AGENCY_ALONE.match(lines[-1][0])
        or _EDITORS_INITIALS.match(lines[-1][0])
    )
    return groups[:-1] if sentence and named else groups


def _are_buttons(lines: list[list[str]]) -> bool:
    """Whether short lines alone all open with the same word, a row of the site's buttons:
    "Report an editorial error" over "Report a technical issue"."""
    firsts = {group[0].split()[0] for group in lines}
    return len(firsts) == 1 and all(len(group[0].split()) <= _MAX_BUTTON_WORDS for group in lines)


def _is_headline(lines: list[str]) -> bool:
    if len(lines) != 1 or lines[0][-1:] in '.!?:;,)"\u201d' or not lines[0][:1].isupper():
        return False
    if any(ch.isdigit() or ch in "/@" for ch in lines[0]):
        return False  # a contact's number or address, a path: no headline's
    return len(lines[0].split()) in _HEADLINE_WORDS


def _is_credited(lines: list[str]) -> bool:
    captions = lines[:-1]
    if not 1 <= len(captions) <= _MAX_CAPTION_LINES:
        return False
    words = sum(len(line.split()) for line in captions)
    sentence = captions[-1].endswith(".")  # a caption's sentence, not a name over a role
    credit = _CREDIT.match(lines[-1]) or _LABELLED_CREDIT.match(lines[-1])
    return sentence and words <= _MAX_CAPTION_WORDS and bool(credit)


def _is_button_box(lines: list[str]) -> bool:
    label = lines[0]
    if len(lines) < 3 or len(label.split()) > _MAX_LABEL_WORDS or label.endswith((".", "!", "?")):
        return False
    words = sum(len(line.split()) for line in lines)
    return words <= _MAX_BOX_WORDS and bool(_BUTTON.match(lines[-1]))


def _is_actions(lines: list[str]) -> bool:
    return len(lines) >= _MIN_ACTIONS and all(line.lower() in _ACTIONS for line in lines)
