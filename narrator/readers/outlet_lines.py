"""More lines of a site's own that a select-all paste brings with the story (the rest are in
`narrator.readers.site_lines`): a public radio's player and photo toggles ("Listen \u00b7 3:52",
"Enlarge this image", "toggle caption"), a republisher's note ("This article is republished
from The Conversation under a Creative Commons license. Read the original article."), an
obituary site's lines ("Published by Elmford Gazette on Dec. 5, 2026.", "Sign the Guest Book"),
a paper's appeal ("Sostieni ilfattoquotidiano.it: …"), a copyright line, a link to another
story run into its label ("Lire aussi Retraites : ce que contient le texte"), and the writers'
cards under a story ("Jane Doe" over "Jane Doe is a politics reporter for NBC News."), a blog's
comments with their reply buttons; and
an editor's note set above the headline, read after it.
"""

from __future__ import annotations

import re

from narrator.readers.box_shapes import (
    is_counter_row,
    is_follow_call,
    is_share_call,
    is_site_box,
    without_closing_links,
)
from narrator.readers.frame_shapes import is_frame_line, without_comment_form
from narrator.readers.networks import agency_alternation
from narrator.readers.notice_lines import is_notice_lead, is_notice_line
from narrator.readers.stamps import is_stamp
from narrator.readers.tool_lines import is_tool_lead, is_tool_line

__all__ = ["is_outlet_lead", "is_outlet_line", "with_note_under_title", "without_writer_cards"]

_MAIL_LINK = (
    r"(?:abmelden|newsletter (?:verwalten|abbestellen)|einstellungen|unsubscribe|preferences"
    r"|manage (?:preferences|subscription)|se d\u00e9sabonner"
    r"|g\u00e9rer (?:mes|vos) pr\u00e9f\u00e9rences"
    r"|darse de baja|cancelar (?:la )?suscripci\u00f3n|annulla iscrizione)"
)
"""A mail's footer link: "Abmelden", "Newsletter verwalten", "Unsubscribe"."""
_AGENCY = agency_alternation()
_LINE = re.compile(
    r"^(?:"
    rf"{_MAIL_LINK}(?:\s*[|\u00b7]\s*{_MAIL_LINK})+|"
    # a public radio's player, its length and its photo's toggles
    r"(?:hide|toggle) caption"
    # a photo's credit, after its caption or alone, and a gallery's counter ("1 of 12")
    r"|(?:.{10,240}?[.!?]\s+)?(?-i:[A-Z][\w'\u2019.-]+(?: [A-Z][\w'\u2019.-]+){1,3}) ?/ ?"
    r"(?:getty images|ap(?: photo)?|afp|reuters|npr|epa|pa(?: wire)?|shutterstock|alamy|bloomberg"
    r"|the associated press|the new york times|file|ap images|afp via getty images)"
    r"|(?:(?:image|photo|slide|picture|foto|bild) )?\d{1,3} (?:of|/|di|de|von|sur|из) \d{1,3}"
    # a copyright line: "Copyright 2026 NPR", "Copyright © 2026 The Gazette. All rights reserved."
    r"|copyright (?:\u00a9 ?)?\d{4}(?:[-\u2013]\d{4})?,? [\w .,&'\u2019-]{1,60}"
    r"(?:\. all rights reserved)?\.?"
    # a republisher's note under the story
    r"|this (?:article|story|piece) (?:is|was) (?:re)?published (?:from|by|on|in|with"
    r" (?:the )?permission (?:of|from)) [^.!?]{1,80}?(?: under an? [^.!?]{1,40} licen[cs]e)?\."
    r"(?: read the original(?: article)?\.?)?"
    r"|we believe in the free flow of information|republish (?:this article|our articles\b.*)"
    r"|view all partners|[^.!?]{1,100} provides? (?:funding|support) as (?:a )?(?:founding )?"
    r"(?:member|partner)s? of [^.!?]{1,60}\.?"
    # an obituary site's lines
    r"|(?:published (?:by|in|on)|publicado (?:en|no|na)|pubblicato (?:su|sul|in)"
    r"|publi\u00e9 dans|erschienen in) [\w .,&'\u2019-]{2,60} (?:on|from|el|em|il|le|am)"
    r" [\w .,-]{4,40}\d{4}\.?"
    r"|to (?:send flowers|plant (?:a )?trees?)[^.!?]{0,80}, please visit [^.!?]{1,60}\.?"
    r"|guest ?book|send flowers|plant a tree|share a memory"
    # a paper's appeal, its favourites' and comments' buttons
    r"|iscriviti alla newsletter\b.{0,60}"
    r"|ajouter \u00e0 mes favoris|google news|passer la publicit\u00e9"
    r"|assinantes podem liberar \d+ acessos por dia\b.{0,60}"
    r"|cop(?:y|iar|ier|ia) (?:the )?(?:link|le lien|enlace)|link kopieren"
    r"|weitere optionen zum teilen|more sharing options|plus d'options de partage"
    # a call to a newsletter after its label: "Start your day with the latest news: Sign up
    # for ABC News' morning newsletter."
    r"|(?:[^.!?:]{1,60}: )?sign up (?:for|to) [^.!?]{1,80}\bnewsletters?\b[^.!?]{0,40}\.?"
    # an audio version's note, a page's other languages and tools, a release's media link
    r"|voiced by artificial intelligence\.?|this article is also available in:? [^!?]{1,80}"
    r"|follow us(?: on [\w ,]{1,40})?|end of (?:the )?article|visual stories"
    r"|copy to clipboard|copied|ouvir artigo|oferecer artigo|offrir cet article|lire plus tard"
    r"|view original content(?: to download multimedia)?:\s*\S+"
    # a paywall's badge and its note: "SZ Plus", "Dieser Text ist Teil des Angebots von SZ Plus."
    r"|(?-i:[A-Z]{2,8}) ?(?:plus|\+)|dieser (?:text|artikel) ist teil des angebots von [^!?]{1,40}"
    # a paper's call to follow its section, and its appeals for support
    r"|sigue a [^.!?]{2,60} en (?:facebook|x|twitter|instagram|whatsapp)\b.{0,160}"
    r"|i hope you appreciated this article\b.{0,240}"
    r"|our \d{4} coverage needs you|request reprint(?: & licensing)?|submit (?:a )?correction"
    r"|view editorial guidelines|article original publi\u00e9 sur [\w.-]+"
    r"|mehr: [^.!?]{3,120}"
    # notes many sites set under or over a story: a trust label, the platform a newsletter is
    # sent with (an interview's "edited for length and clarity" is read, the readers decided)
    r"|[^.!?]{0,60}\bthe trust project\b[^.!?]{0,20}|powered by [\w.-]{2,30}"
    # the ARD broadcasters' note closing a story: "Über dieses Thema berichtete NDR Info am …"
    r"|\u00fcber dieses thema berichtete [^!?]{2,60} am [^!?]{3,40}\d{4}[^!?]{0,30}"
    # a note that the story goes on after an ad
    r"|continua (?:ap\u00f3s a|depois da) publicidade|continua dopo la pubblicit\u00e0"
    r"|contin\u00faa (?:despu\u00e9s de|tras) la publicidad"
    r"|la suite apr\u00e8s (?:cette )?(?:la )?publicit\u00e9"
    r"|(?:story|article) continues (?:below|after) (?:this )?(?:advertisement|ad)"
    r"|weiterlesen nach der anzeige"
    # a label alone under the title, a share's, a release's page and office, a rating's call
    r"|\u00faltima hora|ultim'ora|derni\u00e8re minute|compartilhe:?|visit the meeting page"
    r"|press office\s*[-\u2013\u2014:]\s*[^.!?]{2,80}|что думаешь\? оцени!?"
    # a graphic's link in a wire story, a channel's views and edit mark, a paper's appeal
    r"|(?:graphic|interactive|factbox)s?:\s*[^!?]{1,80}\bhttps?://\S+"
    r"|\U0001f441\ufe0f?\s*[\d.,]+[km]?(?:\s+edited)?(?:\s+\d{1,2}:\d{2})?"
    r"|taz zahl ich"
    # an agency's end marks ("==Kyodo"), a paper's link to more on the subject
    r"|={2}\s?(?-i:[A-Z][A-Za-z]+)"
    # a paper's calls to its alerts and channels, its desk's initials, its paywall's notes
    r"|sign up to push alerts\b.{0,120}|find [\w .'&-]{2,40} on (?:whatsapp|telegram|instagram"
    r"|google news|facebook)\b.{0,60}|social sharing"
    r"|red(?:aktion)?,\s+[\w.-]+\.(?:at|de|ch)(?:/\w+)?"
    r"|esta funcionalidad es s\u00f3lo para registrados|iniciar sesi\u00f3n|suscr\u00edbete"
    r"|(?:reminder, )?this is an? (?:premium|subscriber[- ]only) (?:article|story)\b.{0,80}"
    r"|im browser (?:ansehen|\u00f6ffnen|anzeigen)"
    r"|voir (?:la version )?(?:en ligne|dans le navigateur)"
    r"|ver en (?:el )?navegador|visualizza (?:nel browser|online)"
    r"|advertise with [\w .&-]{2,30}\.?"
    # a syndicated story's note, a portal's call to its live news, a browser's alerts
    r"|\(?(?:except for the headline, )?this (?:story|article) has not been edited by [^)]{1,80}\)?"
    r"|track latest news live on [\w.]+\b.{0,100}|be the first to know"
    r"|get browser notifications for breaking news\b.{0,80}"
    # a newsletter's note on why it came, an app's call to its highlights
    r"|vous recevez cette (?:newsletter|lettre|e-?mail)\b.{0,160}"
    r"|recibes este (?:correo|bolet\u00edn|newsletter)\b.{0,160}"
    r"|ricevi questa (?:newsletter|e-?mail)\b.{0,160}"
    r"|watch (?:free )?[\w ]{2,40} (?:highlights|live) on the [\w ]{2,30} app"
    # a call to share, to follow on a messaging app, to comment, to send a tip, to support
    r"|read related topics:?.{0,40}"
    r"|(?:deine|ihre) meinung z\u00e4hlt|(?:do you have|got) a (?:news )?tip\b.{0,80}"
    r"|(?:e-?mail|contact) us at \S+@\S+\.?"
    # a paper's channel, newsletter and print lines, its standards and rights notes
    r"|[\w .]{2,40} \u00e8 anche su (?:whatsapp|telegram)\b.{0,160}"
    r"|ap\u00fantate a (?:la|nuestra) newsletter\b.{0,160}"
    r"|published in the print edition of\b.{0,160}"
    r"|audio produced by [^.!?]{2,60}\.?"
    r"|при использовании материалов ссылка на .{1,30} обязательна\.?"
    r"|(?:[^\w\s]{1,3}\s*)?did a friend (?:send|forward) (?:you )?this\b.{0,100}"
    r"|diese folge wurde (?:automatisch )?transkribiert\b.{0,80}"
    r"|cette transcription a \u00e9t\u00e9 g\u00e9n\u00e9r\u00e9e automatiquement\b.{0,80}"
    r"|esta transcripci\u00f3n (?:fue|ha sido|se ha) generad[ao] autom\u00e1ticamente\b.{0,80}"
    # a desk's initials with its agencies ("lv/ak (dpa, afp)"), a wire photo's licence link, a
    # portal's own byline and video box
    rf"|[a-z]{{2,5}}(?:/[a-z]{{2,5}})+ \((?:{_AGENCY})(?:, ?(?:{_AGENCY}))*\)"
    r"|(?:.{1,280}\s)?purchase licensing rights|(?:por|do) g1(?: [a-z]{2,3})?"
    r"|v\u00eddeos: mais assistidos d[oa] .{1,30}"
    r"|leave a comment|hinterlasse einen kommentar|laisser un commentaire"
    r"|deja una respuesta|lascia un commento|deixe uma resposta"
    # a release's link to its source, an agency's name alone, a feed's channel, a fold's link
    r"|view source version on [\w.-]+:?\s*\S*|ag(?:\u00eancia|encia|ence) (?-i:[A-Z])[\w-]+"
    r"|direkt aus dem dpa-newskanal|continuar (?:a ler|leyendo)"
    # a podcast's transcript's note and its apps
    r"|this transcript (?:was|has been|is) (?:automatically |machine[- ])?generated\b[^!?]{0,80}"
    r"|(?:subscribe|listen|follow) (?:on|to [\w ]{1,30} on) (?:apple podcasts|spotify|youtube"
    r"|overcast|pocket casts)(?:\s*[|,\u00b7]\s*(?:apple podcasts|spotify|youtube|overcast"
    r"|pocket casts|rss))*"
    # a link to another story run into its label, a headline's words after it (no sentence)
    r"|(?:lire aussi|lee tambi\u00e9n|leggi anche|leia tamb\u00e9m|lesen sie auch"
    r"|read more|read also|also read|читайте также)\s*[:|>]?\s+[^\W\d_][^!?]{3,140}[^.!?\s]"
    # a company's call to join it under its blog's post: "Want to work on problems like these?
    # We're hiring.", its button "View open roles"
    r"|(?:[^.!?]{0,80}\?\s+)?we(?:'|\u2019| a)re hiring[.!]?"
    r"|(?:view|see|browse|explore) (?:all |our )?(?:open )?(?:roles|positions|jobs|vacancies)"
    # a product's call under its company's post: "Ready to get started? Start your free trial"
    r"|(?:[^.!?]{0,40}\?\s+)?(?:start (?:your )?free trial|(?:book|request|schedule) a demo)[.!]?"
    # a note of where the story first ran: "This article first appeared in the December issue
    # of …", "Dieser Artikel ist erstmals am 06.12.2026 um 14:30 Uhr auf BR24 erschienen."
    r"|this (?:article|story) (?:first|originally) appeared (?:in|on)\b[^!?]{0,80}"
    r"|diese[rs]? (?:artikel|beitrag) (?:ist|wurde) (?:erstmals|zuerst|urspr\u00fcnglich)\b"
    r"[^!?]{0,80}(?:erschienen|ver\u00f6ffentlicht)\.?"
    r"|cet article a (?:d'abord|initialement) \u00e9t\u00e9 publi\u00e9\b[^!?]{0,80}"
    r"|este (?:art\u00edculo|artigo) (?:fue|foi) publicado (?:originalmente|por primera vez)"
    r"\b[^!?]{0,80}"
    # a writer's label over an office, not a writer: "Autor: Comunicación Poder Judicial"
    r"|(?:autora?|author|autore|auteur)\s*:\s*(?:comunicaci\u00f3n|gabinete|oficina|press office"
    r"|redacci\u00f3n|redazione|r\u00e9daction|redaktion|pressestelle|ufficio stampa)\b[^.!?]{0,60}"
    # a call to follow the site's own channel in a messenger: "Подписывайтесь на наш канал в
    # MAX, чтобы первыми узнавать главные новости города."
    r"|(?:подписывайтесь|подпишитесь) на наш (?:канал|telegram-канал|телеграм-канал)\b[^!?]{0,100}"
    # a comments button and its count: "Comentar · 4", "Comments (12)"
    r"|(?:comentar|comentarios|comments?|commenti|kommentare|commentaires)\s*[\u00b7(]?\s*\d+\)?"
    # a picture's rights under it: "Bildrechte: BR/Anna Huber"
    r"|(?:bildrechte|bildquelle)\s*:\s*[^.!?]{1,60}"
    # a link to a file with its kind and size: "Download the full report (PDF, 1.2MB)"
    r"|(?:download|t\u00e9l\u00e9charger|descargar|scarica|herunterladen|baixar|скачать)\b"
    r"[^.!?]{0,60}\((?:pdf|docx?|xlsx?|csv|zip|epub|odt)\b[^()]{0,20}\)"
    r")$",
    re.IGNORECASE,
)
"""A line of the site's, clutter by itself."""
_LEAD = re.compile(
    r"^(?:join our commenting forum|disclosure statement"
    r"|listen(?: \u00b7 \d{1,2}:\d{2}|:)|\d{1,2}-minute listen|enlarge this image"
    r"|(?:media|press) contacts?|related (?:news|links)|more on this story|authors?"
    # a club's or a charity's sponsors under the story: "Nos partenaires" over their names
    r"|(?:(?:our|nos|unsere|nuestros|i nostri|nossos) )?(?:partners|partenaires|sponsors"
    r"|sponsoren|patrocinadores|parceiros)"
    r"|(?:новости и )?материалы по теме|seguir leyendo|sigue leyendo|transcript|related\.{3}"
    r"|suggested topics|transkript|transcripci\u00f3n"
    # a business story's box of its company's share price: "Market data" over "GRYL $64.10 …"
    r"|market data|stock quotes?|marktdaten|donn\u00e9es de march\u00e9|datos de mercado"
    r"|press play to listen to this article|per saperne di pi\u00f9|verwendete quellen"
    r"|подробнее (?:читайте )?в материале [^:.!?]{1,40}:?|ti potrebbe interessare"
    r"|potrebbe interessarti(?: anche)?|(?:get|download) (?:the|our) (?:[\w-]+ )?app"
    r"|para saber m\u00e1s|lesen sie mehr zum thema|(?:copy(?:/paste)?|paste) the (?:article )?"
    r"(?:video )?embed (?:link|code)\b[^.!?]{0,30}:?)"
    r"\s*:?\s*$",
    re.IGNORECASE,
)
"""A line that leads a block of clutter: it and the lines under it in its block go."""
_CREDIT_LINE = re.compile(
    r"^(?:foto|fotos|photo|photograph|picture|bild|image|imagen|immagine|\u0444\u043e\u0442\u043e)"
    r"\s*:\s*[^.!?]{2,80}$",
    re.IGNORECASE,
)
_MAX_CAPTION_WORDS = 40
_REPLY_BUTTONS = frozenset({"reply", "antworten", "r\u00e9pondre", "responder", "rispondi"})
_MIN_COMMENT_LINES = 4
_EDITORS_NOTE = re.compile(
    r"^editor[\u2019']?s[\u2019']? note\s*[:\u2014\u2013-]\s*\S", re.IGNORECASE
)
_MAX_HEADLINE_WORDS = 20
_NAME = re.compile(r"^[A-Z][\w'\u2019.-]*(?: [A-Z][\w'\u2019.-]*){1,3}$")
_CARD_VERBS = (" is ", " was ", " covers ", " writes ", " reports ")


def is_outlet_line(line: str) -> bool:
    """Whether a stripped line is the site's, clutter by itself."""
    return (
        bool(_LINE.match(line))
        or is_follow_call(line)
        or is_share_call(line)
        or is_frame_line(line)
        or is_counter_row(line)
        or is_notice_line(line)
        or is_tool_line(line)
    )


def is_outlet_lead(line: str) -> bool:
    """Whether a stripped line leads a block of clutter ("Join our commenting forum",
    "Disclosure statement", "Media contact")."""
    return bool(_LEAD.match(line)) or is_notice_lead(line) or is_tool_lead(line)


def without_writer_cards(groups: list[list[str]]) -> list[list[str]]:
    """`groups` less the writers' cards a news site sets under a story: a name alone over a
    line that opens with it and says who they are ("Jane Doe" over "Jane Doe is a politics
    reporter for NBC News."); and a photo's caption over its credit's line ("Wahlplakate in
    Bukarest" over "Foto: Andrei Pungovschi / AFP")."""
    kept = [
        group
        for group in groups
        if not (_is_writer_card(group) or _is_captioned_credit(group) or _is_comment(group))
        and not is_site_box(group)
    ]
    return without_closing_links(without_comment_form(kept))


def _is_comment(group: list[str]) -> bool:
    """A blog's comment pasted with its page: its writer over its stamp over its text over the
    reply button ("Sam Lee" over "December 5, 2026 at 9:14 am" over … over "Reply")."""
    return (
        len(group) >= _MIN_COMMENT_LINES
        and group[-1].strip().lower() in _REPLY_BUTTONS
        and is_stamp(group[1].strip())
    )


def _is_captioned_credit(group: list[str]) -> bool:
    if len(group) != 2 or len(group[0].split()) > _MAX_CAPTION_WORDS:
        return False
    return bool(_CREDIT_LINE.match(group[1].strip()))


def _is_writer_card(group: list[str]) -> bool:
    if len(group) != 2 or not _NAME.match(group[0].strip()):
        return False
    name = group[0].strip()
    return any(group[1].strip().startswith(name + verb) for verb in _CARD_VERBS)


def with_note_under_title(lines: list[str]) -> list[str]:
    """`lines` with an editor's note in a block of its own above the headline moved under it
    ("EDITOR'S NOTE: This story is part of an ongoing series …" over "In a Louisiana fishing
    town, the sea is taking the cemetery", AP's): the headline is the title, the note is read
    first in the story."""
    blocks = _first_blocks(lines, 2)
    if len(blocks) < 2 or [end - start for start, end in blocks] != [1, 1]:
        return lines
    (note, _), (headline, after) = blocks
    shaped = len(lines[headline].split()) <= _MAX_HEADLINE_WORDS
    if not (_EDITORS_NOTE.match(lines[note].strip()) and shaped):
        return lines
    return [lines[headline], "", lines[note], *lines[after:]]


def _first_blocks(lines: list[str], count: int) -> list[tuple[int, int]]:
    """Where the first `count` blocks of `lines` start and end."""
    blocks: list[tuple[int, int]] = []
    position = 0
    while len(blocks) < count:
        while position < len(lines) and not lines[position].strip():
            position += 1
        if position >= len(lines):
            break
        end = position
        while end < len(lines) and lines[end].strip():
            end += 1
        blocks.append((position, end))
        position = end
    return blocks
