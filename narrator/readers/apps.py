"""What an app or a site adds to a story shared or copied from it, told by its words:

- a share sheet's line: "Shared from the Guardian app", "Sent from Apple News", "Sent from my
  iPhone", "Shared via Google News"; the shared link alone on its line ("https://www.bbc.co.uk/
  news/articles/c0exampl3o"; a site's name alone, "www.max-enk.de", is read)
- a forum's lines around a post: "r/AskHistorians", "u/quillpen_42", "5 hr. ago", "312 points by
  mkessler 7 hours ago | hide | past | favorite | 184 comments", "add comment", "Go to comments",
  and its buttons ("Upvote" over "412" over "Downvote")
- a page's words in German, French or Spanish: "Artikel anhören (3 Minuten)", "Lesezeit: 3
  Min.", "Lecture 2 min.", "Article réservé aux abonnés", "Suscríbete para seguir leyendo",
  "Compartir en Whatsapp", "Partager", "Teilen", "Feedback", "Lire aussi | …", "Mehr zum Thema"
- a transcription app's speaker and time over what they say: "Jane Doe  0:04" (Otter's), said
  "Jane Doe:"
- a mail's or a chat's frame: "Voir la version en ligne", "Vous recevez cet e-mail car …",
  "Se désinscrire", "Check out this article from Google News:", "Forwarded" (WhatsApp's), a
  channel's name and time ("Kyiv Independent, [05.12.26 14:32]", Telegram's), a link's label
  and address ("Read more on our website (https://…)"), "NOTA DE PRENSA"
- a mail's frame in Spanish and German ("Si no ves bien este correo, haz clic aquí", "Has
  recibido este correo porque …"), a mail printed from Gmail ("Gmail - …", "Jane Doe
  <jane.doe@example.com>" and the sender's line with its date)
- a social post's frame: "5h ·", "@janedoe@mastodon.social", "All reactions:", "87 shares",
  "12 boosts · 30 favourites"; a release's "EMBARGOED UNTIL 00:01 GMT FRIDAY 5 DECEMBER 2026"
- a mail's quote marks around the story it forwards, and the sender's note over it
- a press release's end mark "-30-" (Canada's "###"), a transcription app's "Transcribed by
  https://otter.ai", a document's comments under it ("[a]Check the figure …", Google Docs')
"""

from __future__ import annotations

import re

from narrator.readers.labels import NOTICES
from narrator.readers.titles import without_site_name

__all__ = [
    "is_app_button",
    "is_app_line",
    "quoted_story",
    "shared_title",
    "without_app_marks",
    "without_handle",
    "without_paragraph_references",
    "without_repeats",
    "without_thread_counters",
    "without_time_codes",
]

_APP_LINE = re.compile(
    r"^(?:(?:shared|sent) (?:from|via|with|using) (?:(?:the )?[\w'\u2019 .&-]{1,40}?\b(?:app|news"
    r"|mail|reader)\b(?:[\w ]{0,20}|[.:!]\s*(?:get|download) (?:the|our) app\b.{0,60})"
    r"|my [\w'\u2019 -]{2,30})"
    r"|[ru]/[\w-]{2,30}|posted by u/[\w-]{2,30}.*|\d{1,3}\s*(?:s|sec|min|h|hr|hrs|d|mo|y|yr)s?\.?"
    r" ago|\d+ points? by [\w-]{2,30} .*\bago\b.*|add (?:a )?comment|go to comments"
    r"|(?:reply|share|save|give award)(?:\s*\|\s*\w+)*"
    r"|artikel (?:anh\u00f6ren|vorlesen)\b.*|lesezeit\s*:?\s*\d+\s*min\.?.*"
    r"|(?:temps de )?lecture\s*:?\s*\d+\s*min\.?|lectura\s*:?\s*\d+\s*min\.?"
    r"|(?:cet )?(?:article|contenu) (?:est )?r\u00e9serv\u00e9 aux abonn\u00e9s\.?"
    r"|d\u00e9j\u00e0 abonn\u00e9\b.*|suscr\u00edbete\b.*"
    r"|abonnez-vous\b.*|jetzt (?:abonnieren|weiterlesen)\b.*|exklusiv f\u00fcr abonnenten"
    r"|(?:compartir|partager|teilen|condividi|compartilhar)(?: (?:en|on|sur|auf|su|no|via)"
    r" \w+|\s*:.{0,60})?|feedback|kommentare?|commentaires?|comentarios?|comentar|commenter"
    r"|kommentieren|\+\s*follow|https?://[^/\s]+/\S+"
    r"|submitted \d+ \w+ ago by [\w-]{2,30}\b.{0,60}"
    r"|via [\w-]{2,30} \d+ \w+ ago\b.*|\d+ comments?(?: (?:share|save|hide|report|crosspost))*"
    r"|view (?:this|the) (?:post|story|article|email|newsletter) (?:on the web|online|in (?:your |a"
    r" )?browser)\b.*|this is a rush transcript\b.*"
    r"|\((?:begin|end) (?:video ?tape|video clip|audio clip|clip)\)|\(commercial break\)"
    r"|nota de prensa|comunicado de prensa|communiqu\u00e9 de presse|pressemitteilung"
    r"|voir (?:la version|cet e-?mail) (?:en ligne|dans (?:votre|le) navigateur)"
    r"|ver (?:la versi\u00f3n|este correo) en (?:l\u00ednea|el navegador)|webversion"
    r"|vous recevez (?:cet|ce) (?:e-?mail|courriel|message)\b.*|se d\u00e9sinscrire"
    r"|darse de baja|newsletter abbestellen"
    r"|check out this (?:article|story|post|link) (?:from|on|in) [\w .'&-]{2,40}:?"
    r"|[^.!?()]{1,60}\s\(https?://\S+\)|want to change how you receive these e-?mails\?"
    r"|you can update your preferences\b.*|archived post\. new comments cannot be posted\b.*"
    r"|sort by:?|archived|subscribe to (?:our|the|my) (?:channel|newsletter|podcast)\b.*"
    r"|[\w .'&-]{2,40},\s*\[\d{1,2}\.\d{1,2}\.\d{2,4} \d{1,2}:\d{2}\]"
    r"|(?:forwarded|transf\u00e9r\u00e9|weitergeleitet|reenviado)(?: many times)?"
    r"|lire la suite|leer m\u00e1s|seguir leyendo|weiterlesen|distribution channels?\s*:.*"
    r"|(?:[\w-]+\.)+[a-z]{2,}\s*[\u00b7\u2022|]\s*\d+\s*min(?:ute)?s?(?: read)?"
    r"|(?:under )?embargo(?:ed)?\b.{0,20}\b(?:until|till)\b[^.!?]*"
    r"|\d{1,3}\s*[smhdw]\s*(?:[\u00b7\u2022]\s*(?:edited\s*[\u00b7\u2022]?)?)?"
    r"|(?:from|via) (?:apple|google|yahoo|msn) news"
    # a social post's buttons, counts and fold: "Like Comment Repost Send", "124 · 18 comments",
    # "…see more" (LinkedIn's)
    r"|(?:like|comment|repost|send|share)(?:\s+(?:like|comment|repost|send|share)){2,}"
    r"|\d[\d.,]*k?\s*[\u00b7\u2022]\s*\d[\d.,]*k? (?:comments?|reposts?|shares?)"
    r"|(?:\u2026|\.{3})\s*see more"
    r"|[\w .'&-]{2,40}\s*/\s*\d{1,3}\s*[smhd]|saved (?:from|to) (?:https?://\S+|pocket\b.*)"
    r"|lesedauer\s*:?\s*\d+\s*min(?:\.|uten)?"
    r"|from wikipedia, the free encyclopedia|archive\.(?:today|ph|is)|webpage capture|saved from"
    r"|press summary|(?:quelle|fuente|fonte)\s*:\s*(?:[^.!?]|\.(?=\S|$)){1,40}"
    r"|si no (?:ves|puedes ver) (?:bien )?este (?:correo|e-?mail)\b.*"
    r"|has recibido este (?:correo|e-?mail|mensaje)\b.*"
    r"|sie erhalten diese (?:e-?mail|nachricht)\b.*"
    r"|dieser (?:artikel|beitrag) (?:geh\u00f6rt zum angebot von|ist exklusiv f\u00fcr)\b.*"
    r"|gmail - .*|[\w .'-]{1,40}\s*<[\w.+-]+@[\w-]+(?:\.[\w-]+)+>(?:\s+.{0,40})?"
    r"|(?:hinweis\s*:\s*)?dieser artikel wird (?:laufend|fortlaufend) aktualisiert\.?"
    r"|this (?:story|article) (?:is being|will be|has been) updated\b[^.!?]{0,40}\.?"
    r"|(?:note|disclaimer)\s*:\s*this (?:summary|article|story|report) (?:is|was|has been)"
    r" provided\b.*"
    r"|all reactions:?|@[\w.-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\d+(?:[.,]\d+)?k? (?:shares?|reposts?|boosts?|favou?rites?|likes?|reactions?|comments?)"
    r"(?:\s*[\u00b7\u2022]\s*\d+(?:[.,]\d+)?k? \w+)*"
    r"|(?:\u00e0 )?lire aussi\s*\|.*|lesen sie auch\s*\|.*|lee tambi\u00e9n\s*\|.*"
    r"|-\s*30\s*-|transcribed by (?:https?://\S+|otter|rev|trint|descript)\b[^.!?]*|\[[a-z]{1,2}\]\S.*)$",
    re.IGNORECASE,
)
"""A line an app or a site adds, whatever follows it."""
_MAX_LINE_CHARS = 200
_BUTTON = re.compile(r"^(?:upvote|downvote|vote|award|share|reply|\d+(?:[.,]\d+)?k?)$", re.I)
_COMMENT_MARK = re.compile(
    r"(?<=[^\s\[])\[(?:[a-z]{1,2}|\d{1,3}|citation needed|edit|note \d{1,3})\](?=\s|$|\[)"
)
"""A document's mark of a comment on the words before it ("… said on Friday.[a]"), an
encyclopedia's of a citation or an edit ("… and Wales.[1]", "[citation needed]",
"History[edit]")."""
_PARAGRAPH_REFERENCE = re.compile(r" \[(\d{1,3})\](?=[.;]\s|[.;]?$)")
_MIN_REFERENCES = 2
_CUE = re.compile(
    r"^(?P<name>[A-Z][\w'\u2019.-]*(?: [A-Z][\w'\u2019.-]*){0,3}|Speaker \d{1,2})"
    r"(?:(?:\s{2,}|\t|\s+[|\u00b7\u2022-]\s+)\(?(?:\d{1,2}:)?\d{1,2}:\d{2}\)?"
    r"|\s+\((?:\d{1,2}:)?\d{1,2}:\d{2}\):)$"
)
"""A speaker's cue with the time they speak at: "Jane Doe  0:04", "Speaker 1  01:12:09",
"Speaker 1 (00:00:03):" (Rev's)."""
_TIME_CODE = re.compile(
    r"^\s*(?:\[?\d{1,2}:\d{2}:\d{2}(?:[.,]\d+)?\]?"
    r"|\[\d{1,2}:\d{2}\](?=\s+[A-Z][\w.'\u2019 ()-]{0,40}:))\s+(?=\S)"
)
"""A transcript's time code before what is said: "[00:00:09] Ben Clarke: Thanks", "00:01:12
Speaker 1: ...", "[01:12] Jane Doe: ..." (a clock's time without seconds before no speaker's
name, a live blog's "[12:45] Talks end", stays)."""
_TIME_ALONE = re.compile(r"^\[?(?:\d{1,2}:)?\d{1,2}:\d{2}\]?$")
_SPEAKER_ALONE = re.compile(
    r"^(?:[A-Z][\w'\u2019.-]*(?: [A-Z][\w'\u2019.-]*){0,3}|Speaker \d{1,2})$"
)
"""A transcript's time code alone on its line ("0:04", "[01:12:09]") over a speaker's name."""
_MIN_TIME_CODES = 2
_CHAPTER = re.compile(
    r"^\s*(?:[-*\u2022]\s*)?(?:\((?P<paren>(?:\d{1,2}:)?\d{1,2}:\d{2})\)|\[(?P<square>(?:\d{1,2}:)?"
    r"\d{1,2}:\d{2})\]|(?P<bare>(?:\d{1,2}:)?\d{1,2}:\d{2})\s*[-\u2013\u2014:]?)\s+(?P<title>\S.{0,100})$"
)
"""A show's chapter in its notes, its time code first: "(03:15) How the streetcars
disappeared", "[12:40] Listener questions", "17:40 - Portland's line"."""
_MIN_CHAPTERS = 3
_EMPHASIS = re.compile(r"^(?:\*(?P<bold>[^*\s][^*]*?)\*|\*\* (?P<heading>[^*]+))$")
"""A chat's bold headline ("*Water supply to be cut*", WhatsApp's), a mailing's heading mark
("** Community garden wins grant", Mailchimp's text)."""
_QUOTE_MARK = re.compile(r"^(?:>[ \t]?)+")
_QUOTED = re.compile(r"^>(?:[ \t>]|$)")
"""A mail's quoted line: "> Town approves …", ">" alone between its paragraphs."""
_MIN_QUOTED_LINES = 3
_MIN_QUOTED_WORDS = 20
_SOURCE_AFTER = re.compile(r"\s+\((?:self\.\w+|(?:[\w-]+\.)+[a-z]{2,})\)$")
"""A forum's source after a post's title: "(self.todayilearned)", "(theguardian.com)"."""
_OUTLET = re.compile(
    r"\b(?:news|times|post|guardian|herald|journal|telegraph|tribune|independent|reuters|mail"
    r"|express|gazette|chronicle|observer|standard|online|magazine|bbc|cnn|npr|abc|cbs|nbc|sky)$",
    re.IGNORECASE,
)
"""The last word of a news outlet's name after a shared headline: "- BBC News"."""
_MAX_REPEATED_CHARS = 80
_COUNTER = re.compile(
    r"^\s*(?:\U0001f9f5\s*)?(?P<number>\d{1,2})/(?:\d{1,2})?\s+"
    r"(?=[A-Z\u00c0-\u00dd\u0410-\u042f\"'\u201c])"
    r"|(?<=[.!?\"\u201d)])\s+(?P<end>\d{1,2})/\d{1,2}$|\s+\((?P<closing>\d{1,2})/\d{1,2}\)$"
)
"""A thread's counter: "1/ " or "2/5 " before a post (a thread's mark before the first: "🧵
1/4"), " 1/2" or " (1/4)" after its last sentence (a recipe's "1/2 cup" is no post's start)."""
_MIN_COUNTERS = 2
_MAX_ROLE_WORDS = 12
_POSTER = re.compile(r"^[a-z0-9_.]{3,30}$")
"""A poster's handle as a post's title: "harborbakery" (Instagram's)."""
_PLACE_TAG = re.compile(r"^[A-Z][\w'-]*(?: [A-Z][\w'-]*)?, [A-Z][\w'-]*(?: [A-Z][\w'-]*)?$")
_BYLINE_LEAD = re.compile(r"^(?:by|von|par|por|di|de)\s", re.IGNORECASE)
_HANDLE = re.compile(r"^@\w[\w.-]{1,40}(?<!\.)(?:\s*[\u00b7\u2022]\s*[^.!?]{1,30})?$")
"""A poster's handle under the name, the time posted after it or not: "@sampatel_econ",
"@priyanair.bsky.social"."""


def is_app_line(line: str) -> bool:
    """Whether a stripped line is one an app or a site adds ("Sent from Apple News")."""
    return len(line) <= _MAX_LINE_CHARS and bool(_APP_LINE.match(line))


def is_app_button(line: str) -> bool:
    """A forum's button or its count, in a paragraph of them: "Upvote", "412", "Downvote"."""
    return bool(_BUTTON.match(line.strip()))


def quoted_story(lines: list[str]) -> list[str]:
    """The story a mail quotes under its sender's note ("Thought you'd want to see this" over
    "> Town approves 400 homes" over "> By Priya Shah"), its quote marks taken off; `lines` as
    they are when they quote less than the note says, or quote nothing to the end."""
    start = next((i for i, line in enumerate(lines) if _QUOTED.match(line)), None)
    if start is None or not all(_QUOTED.match(line) for line in lines[start:] if line.strip()):
        return lines
    quoted = [_QUOTE_MARK.sub("", line) for line in lines[start:]]
    said = sum(len(line.split()) for line in quoted)
    worded = sum(1 for line in quoted if line.strip())
    above = sum(len(line.split()) for line in lines[:start])
    forwarded = worded >= _MIN_QUOTED_LINES and said >= _MIN_QUOTED_WORDS and said > above
    return quoted if forwarded else lines


def shared_title(title: str) -> str:
    """A shared headline without its source: the outlet's name after a dash or a bar ("Red
    squirrels return after 40 years - BBC News"), a forum's source ("(self.todayilearned)")."""
    title = _SOURCE_AFTER.sub("", title)
    if _OUTLET.search(title) is None:
        return title
    return without_site_name(title, [])


def without_repeats(lines: list[str]) -> list[str]:
    """`lines` without a short line said again on the next: a page's "Jane Doe" under its
    picture's "Jane Doe"."""
    return [
        line
        for position, line in enumerate(lines)
        if not (
            position
            and line.strip()
            and len(line) <= _MAX_REPEATED_CHARS
            and line.strip() == lines[position - 1].strip()
        )
    ]


def without_handle(lines: list[str], poster: str = "") -> list[str]:
    """`lines` under a post's title (its poster's name) without the poster's handle on the
    first of them ("Sam Patel" over "@sampatel_econ"), or the poster's role over the time
    posted ("Head of Product at Northwind Rail" over "1d • Edited •", LinkedIn's), or the title
    again."""
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return lines
    if _HANDLE.match(lines[first].strip()) or _is_labelled_title(lines[first].strip(), poster):
        return lines[first + 1 :]  # or the title again with its notice's label: "… Obituary"
    if poster and lines[first].strip() == poster.strip():
        return lines[first + 1 :]  # the title again: a page's path's last step over its heading
    if _POSTER.match(poster) and _PLACE_TAG.match(lines[first].strip()):
        return lines[first + 1 :]  # a post's place under its poster: "Ashby, Oregon"
    end = next((i for i in range(first, len(lines)) if not lines[i].strip()), len(lines))
    role = lines[first : end - 1]
    shaped = all(
        len(line.split()) <= _MAX_ROLE_WORDS and line.strip()[-1:] not in ".!?" for line in role
    )
    byline = any(_BYLINE_LEAD.match(line.strip()) for line in role)  # "By Jane Doe" over "5h"
    posted = role and shaped and not byline and is_app_line(lines[end - 1].strip())
    return lines[end:] if posted else lines


def _is_labelled_title(line: str, title: str) -> bool:
    """The title again with a notice's label after it: 'Margaret "Peggy" Allen Obituary'
    under 'Margaret "Peggy" Allen' (an obituary site's)."""
    named, _, label = line.rpartition(" ")
    return bool(title) and named == title and label.lower() in NOTICES


def without_thread_counters(lines: list[str]) -> list[str]:
    """`lines` without a thread's counters at its posts' starts or ends ("1/ A short thread
    on …", "… back. 5/5", "… free. 1/2"), when two posts or more are counted from one up."""
    found = [_COUNTER.search(line) if "/" in line else None for line in lines]
    numbers = [int(match["number"] or match["end"] or match["closing"]) for match in found if match]
    if len(numbers) < _MIN_COUNTERS or numbers[0] != 1 or numbers != sorted(set(numbers)):
        return lines
    return [
        (line[: match.start()] + line[match.end() :]).strip() if match else line
        for line, match in zip(lines, found, strict=True)
    ]


def without_time_codes(lines: list[str]) -> list[str]:
    """`lines` without a transcript's time codes alone over its speakers' names, the names as
    cues ("0:04" over "Luis Ortega" over what he says -> "Luis Ortega:" over it), when two or
    more are, rising, the first at the recording's start ("0:00") or a speaker named twice: a
    live page's time over its headline ("12:45" over "Talks End") stays; a show's chapters
    in its notes are a list of their titles (`_as_chapters`)."""
    lines = _as_chapters(lines)
    coded = [
        i
        for i, line in enumerate(lines[:-1])
        if _TIME_ALONE.match(line.strip()) and _SPEAKER_ALONE.match(lines[i + 1].strip())
    ]
    seconds = [_seconds(lines[i].strip()) for i in coded]
    names = [lines[i + 1].strip() for i in coded]
    counted = seconds == sorted(seconds) and (seconds[:1] == [0] or len(set(names)) < len(names))
    if len(coded) < _MIN_TIME_CODES or not counted:
        return lines
    cues = {i + 1 for i in coded}  # the speaker's name as a cue: "Luis Ortega:"
    return [
        f"{line.strip()}:" if i in cues else line
        for i, line in enumerate(lines)
        if i not in set(coded)
    ]


def _as_chapters(lines: list[str]) -> list[str]:
    """`lines` with a show's chapters, three or more lines in a row each its time code and its
    title, rising from the recording's start, as a list of their titles: the times are for a
    player's hand ("(00:00) Intro" over "(03:15) How the streetcars disappeared" -> "- Intro"
    over "- How the streetcars disappeared")."""
    out: list[str] = []
    run: list[tuple[int, str]] = []
    for line in [*lines, ""]:
        chapter = _CHAPTER.match(line) if line[:1] in "([-*\u2022 0123456789" else None
        if chapter is not None:
            code = chapter["paren"] or chapter["square"] or chapter["bare"]
            run.append((_seconds(code), chapter["title"]))
            out.append(line)
            continue
        seconds = [at for at, _ in run]
        if len(run) >= _MIN_CHAPTERS and seconds[0] == 0 and seconds == sorted(seconds):
            out[len(out) - len(run) :] = [f"- {title}" for _, title in run]
        run = []
        out.append(line)
    return out[:-1]


def _seconds(code: str) -> int:
    """A time code's seconds from the recording's start: "1:02:03" -> 3723."""
    total = 0
    for part in code.strip("[]").split(":"):
        total = total * 60 + int(part)
    return total


def without_paragraph_references(lines: list[str]) -> list[str]:
    """`lines` without a summary's references to the judgment's paragraphs at its sentences'
    ends ("… as well as cold [3].", "… reached 36C [5]."), when two or more lines end so, the
    numbers rising; a lone "[6]." ("offset [4] or [6].", a program's) stays."""
    found = [
        [int(match[1]) for match in _PARAGRAPH_REFERENCE.finditer(line)] if "]" in line else []
        for line in lines
    ]
    numbers = [number for line in found for number in line]
    if len(numbers) < _MIN_REFERENCES or numbers != sorted(set(numbers)):
        return lines
    return [
        _PARAGRAPH_REFERENCE.sub("", line) if refs else line
        for line, refs in zip(lines, found, strict=True)
    ]


def without_app_marks(line: str) -> str:
    """`line` without a document's marks of its comments ("said on Friday.[a]" -> "said on
    Friday."; a list's letter, "[a] first", stays), a speaker's cue without its time ("Jane
    Doe  0:04" -> "Jane Doe:"), a transcript's time code ("[00:00:09] Ben Clarke: Thanks" ->
    "Ben Clarke: Thanks"), a chat's or a mailing's marks of emphasis around a line ("*Water
    supply to be cut*" -> "Water supply to be cut")."""
    if "]" in line:
        line = _COMMENT_MARK.sub("", line)
        line = _COMMENT_MARK.sub("", line) if "][" in line else line  # "[3][4]"
    if line[:1] in "[0123456789 " and (code := _TIME_CODE.match(line)) is not None:
        line = line[code.end() :]
    if ":" in line[-9:] and (cue := _CUE.match(line.strip())) is not None:
        return f"{cue['name']}:"
    if line[:1] == "*" and (emphasis := _EMPHASIS.match(line.strip())) is not None:
        return (emphasis["bold"] or emphasis["heading"]).strip()
    return line
