"""Short lines of a page's own that its story does not need, told by their words: the
promotions of the site itself, wherever they stand (`PROMOTION`: its newsletter, its
advertisers, its paywall, a link to another story, "Read more: …"), and the shapes and
languages those do not cover (`is_page_line`): where the story came from ("Quelle:
Frankfurter Rundschau", "Источник: ..."), a call to follow a channel on a messaging app, the
labels of a page's boxes ("Más información", "Archivado en"), a call for donations, one to
rate the page and a recipe card's to show the dish made. `narrator.readers.boilerplate` removes
the blocks they match."""

from __future__ import annotations

import re

from narrator.readers.outlet_lines import is_outlet_line
from narrator.readers.posthead import is_reading_time

__all__ = ["PROMOTION", "SHARE", "is_footer_address", "is_page_line"]

# "Share" over a page's buttons, in English, German, French, Spanish, Italian, Polish, Czech,
# Indonesian, Turkish, Romanian, Hungarian and Dutch.
SHARE = (
    r"(?:share(?: this(?: \w+)?)?|teilen|partager|compartir|condividi|udostępnij|sdílet|bagikan"
    r"|paylaş|distribuie|megoszt[áa]s|delen)"
)
# A short block that speaks of the site's own business, wherever it stands in the article:
# its newsletter, its advertisers, its paywall, its photo credits, a link to another story.
PROMOTION = re.compile(
    r"\b(?:sign(?:ing)? up|subscrib(?:e|ing))\b.{0,60}\b(?:newsletters?|to get|for free)\b"
    # Sign up or subscribe to the site's own ("to our YouTube channel"), not to another's ("who
    # subscribe to the service will pay more, our figures show").
    r"|\b(?:sign(?:ing)? up|subscrib(?:e|ing)) (?:to|for) our\b"
    r"|^(?:please )?(?:sign up|subscribe)\b"
    r"|\bour (?:\w+ )?newsletters?\b|\bnewsletters?$"
    # The site's own advertisers (a story may name a company's: "the advertisers who left X").
    r"|\bour (?:advertisers|affiliate)"
    r"|\bwe may (?:receive|earn|get) (?:a )?(?:compensation|commission|a share)"
    r"|\balready (?:a )?(?:subscriber|registered)"
    r"|\bto (?:view|read|continue reading) the (?:full|whole|rest of the) (?:story|article)"
    r"|\bsupport(?:ing)? our (?:work|journalism)|^support (?:independent|local) journalism"
    r"|^\(?(?:photo |image |picture )?cr[eé]dits?(?: photos?)?\s*:"
    r"|^(?:(?:featured|header|cover|top|lead) )?(?:photo|image|picture)s?(?: source| credits?)?\s*:"
    # A line a listener cannot follow: "… click here to watch live".
    r"|\bclick here\b"
    # A newsletter's small print (a blog's call to comment is the author's own words).
    r"|\b(?:you can|to) unsubscribe\b|\bunsubscribe at any time\b"
    # A copyright line: "© 2019 Science X Network", "Copyright © …", "Copyright 2024 …".
    r"|^(?:©|\(c\) \d{4}|copyright (?:©|\(c\)|\d{4}))"
    r"|\bfollow us on\b|\blog ?in to\b.{0,30}\b(?:comment|read|access)"
    r"|\bsubscribers? (?:also )?(?:get|receive)\b|\bsubmit (?:your|a) letter\b"
    # A paper's call for letters under an opinion piece: "Do you have an opinion on the issues
    # raised in this article? If you would like to submit a response ... for publication ...".
    r"|^do you have (?:an opinion|a view|something to say)\b.{0,200}?\bfor publication\b"
    r"|\bdonate(?: now| today)?$"
    # A table of contents' title over its links ("Table of Contents", "Toggle").
    # ... and in Spanish, Italian, French, Portuguese and Russian ("Índice de contenidos").
    r"|^(?:table of contents|in this (?:article|post)|inhaltsverzeichnis|sommaire"
    r"|[íi]ndice(?: de contenidos| dei contenuti| de conte[úu]do)?|tabla de contenidos?"
    r"|table des mati[èe]res|conte[úu]do|contenidos?|содержание)(?: \w+)?$"
    # An e-mail newsletter's own lines, kept in its copy on the web: "View this email in your
    # browser", "You are receiving this email because…", "Our mailing address is:", "You can
    # update your preferences or unsubscribe from this list."
    r"|^view this (?:e-?mail|newsletter|message) in (?:your|a) (?:web )?browser"
    r"|\byou(?: are|'re) receiving this (?:e-?mail|newsletter|message)\b|^our mailing address is\b"
    r"|\bunsubscribe from this list\b|\bupdate your (?:e-?mail |subscription )?preferences\b"
    r"|\bchange how you receive these e-?mails\b"
    # A newspaper's line on the story in print: "A version of this article appears in print on
    # April 21, 2025, Section A, Page 14…", "Appeared in the May 5, 2025, print edition as …".
    r"|^a version of this (?:article|story|review) appear(?:s|ed) in print\b(?:.{0,150}?\bedition)?"
    r"|^appeared in the .{0,30}\bprint edition\b|^this (?:article|story) appear(?:s|ed) in\b"
    # A newsletter's promise ("Local news, free in your inbox"), a feature's credit line.
    r"|\b(?:free|every \w+|delivered|straight)\b.{0,20}\b(?:to|in|into) your inbox\b"
    r"|^(?:words|text)(?: and \w+)? by\b[^.!?]{0,80}$|^edit (?:this page|on github)$"
    # A link back to the list the page came from: "<< Back to Local News", "« Back to news".
    r"|^(?:<<|\u00ab|\u2039|\u2190)\s*back\b"
    # How often a question was viewed, a post's vote count alone, a rule of marks ("___").
    r"|^viewed [\d.,]+\s*[km]? times$|^[\d.,]+$|^[\W_]+$"
    # A pointer to more elsewhere, a web address a listener cannot follow: "Weitere Infos unter
    # www.itfjuniors.de.", "For more information, visit www.example.org".
    r"|^(?:for )?(?:more|further|weitere|mehr) (?:info(?:s|rmation(?:en)?)?|details)\b"
    r"[^.!?]{0,40}(?:www\.|https?://)\S+\s*\.?$"
    # A press office's contact under a release: "Media contact: Sgt. Dana Whitfield, 555-0199".
    r"|^(?:(?:media|press|news) (?:contacts?|enquiries|inquiries)|pressekontakt|contact presse"
    r"|contacto de prensa)\s*:"
    # A site's or a wire's disclaimer of what others post on it: "Disclaimer: ScienceWire is not
    # responsible for the accuracy of news releases posted by contributing institutions".
    r"|\b(?:is|are) not responsible for the (?:accuracy|contents?) of\b"
    # The label and the names of a page's share buttons: "Megosztás Facebook", "Share: X Email".
    rf"|^{SHARE}\s*:?(?:\s+(?:on )?(?:facebook|twitter|x|whatsapp|linkedin|e-?mail|pinterest"
    r"|reddit|telegram|messenger|bluesky|threads|copy link)[,|]?)+$"
    # A list's sorting control: "Sorted by: Highest score (default)", "Sort by: Newest".
    r"|^sort(?:ed)? by\s*:.{0,40}$"
    # A page's loader, and a reporter's call for stories: "Something is loading.", "Do you have
    # a story about …? Contact this reporter at …".
    r"|^(?:something is )?loading(?: (?:more )?\w+)?(?:\.{1,3}|\u2026)?$"
    r"|\bcontact (?:this|the) (?:reporter|author|writer)\b"
    # A Q&A page's or a forum's call to sign in: "Sign in to answer", "Log in to reply".
    r"|^(?:please )?(?:sign|log) ?in to (?:answer|reply|comment|vote|post)\b"
    # A label over a story for members: "Member-only story", "Subscriber only", "Premium".
    r"|^(?:(?:members?|subscribers?|premium|plus)[- ]only(?: story| content| article)?|premium)$"
    # A wire's closing lines: "Follow AP's coverage of wildfires at https://…", "Our
    # Standards: The Thomson Reuters Trust Principles."
    r"|^follow (?:\w+['\u2019]s |our )?(?:coverage|reporting)\b|^our standards\s*:"
    # A contributor's disclaimer: "Opinions expressed by … Contributors are their own."
    r"|^(?:the )?(?:opinions|views) expressed (?:by|in)\b.{0,80}"
    r"\b(?:are (?:their|his|her|the author['\u2019]?s?) own|do not (?:necessarily )?reflect)"
    # A wire service's line under a press release: "View original content to download
    # multimedia: https://…" (PR Newswire), "View source version on businesswire.com: …".
    r"|^view (?:original content|source version)\b"
    # An offer to subscribe in the other languages: "Abonnez-vous pour lire tous nos articles".
    r"|\babonnez-vous\b|\bje m'abonne\b|\br[ée]serv[ée] aux abonn[ée]s\b|\bsuscr[ií]bete\b"
    r"|\bjetzt abonnieren\b|\babonnieren sie\b|\babbonati\b"
    # An ad's label, or a post's counts of views and comments ("412 views 3 comments").
    r"|^[-\u2013\u2014 ]*(?:advertisement|advertising|anzeige|werbung|publicidad"
    r"|publicit(?:[ée]|ate)|pubblicit[àa]|publicidade|advertentie|annons|reklama?|iklan|inzerce"
    r"|mainos|hirdet[ée]s|annonce|реклама|pinned(?: post)?)"
    r"[-\u2013\u2014 ]*$"
    # What a page writes over an ad in the middle of the story: "Story continues below
    # advertisement", "Continua depois da publicidade", "La nota continúa abajo".
    r"|^(?:(?:the |la )?(?:story|article|text|nota|noticia) )?(?:continues?|contin[uú]a)"
    r" (?:below|after|depois|ap[oó]s|abajo|despu[eé]s)\b.{0,25}$"
    # The same in Turkish ("Haberin Devam\u0131", the rest of the story), Indonesian ("Scroll to
    # continue with content"), French ("La suite après cette publicité") and German ("Artikel
    # wird nach der Anzeige fortgesetzt").
    r"|^haberin devam[\u0131i]$|^scroll to continue(?: with content)?$"
    r"|^(?:la )?suite (?:après|de l'article après) (?:cette|la) publicit[ée]$"
    r"|^(?:der )?artikel (?:wird|geht) nach der anzeige (?:fortgesetzt|weiter)$"
    # An affiliate's call to buy, alone in its paragraph or after a label: "Book it: Check
    # prices and availability", "Where to stay: Check prices at the Inn on Booking.com".
    # ... or after the product's name and a dash: "We recommend: Eco Descaler - check price".
    r"|^(?:[^.:!?]{1,30}:\s*)?(?:[^.:!?]{1,50}\s[\u2013\u2014|-]\s*)?"
    r"(?:check (?:the )?(?:latest |current |today's )?"
    r"(?:prices?|rates|availability)|(?:buy|shop|book|order) (?:it |them |now |online )*"
    r"(?:now|on|at|from|here)\b|see (?:the )?(?:latest )?(?:price|deal)s?\b|view (?:the )?deals?\b)"
    r"(?:[^.!?]|\.(?=\w)){0,60}$"
    # A local station's line under every story: "For the latest news, weather, sports, and
    # streaming video, head to KXRV 7 News."
    r"|^for the latest (?:news|headlines|updates)\b.{0,80}\b(?:head|go) to\b"
    r"|^(?:[\d.,]+\s*[km]?\s*(?:views?|comments?|likes?|shares?|reads?|replies|responses)\s*)+$"
    # When the page was last changed, and nothing else: "Page last updated 4 May 2011".
    r"|^(?:(?:this )?(?:page|article|post|story) (?:was )?)?last (?:updated|modified|reviewed)"
    r"(?: on)?:?\s*[\w ,./:-]{0,30}$"
    r"|^(?:read (?:more|also|next)|related(?: stories| articles| content| posts)?|see also"
    r"|also read|more on this(?: story)?|recommended(?: reading)?|watch|listen|go deeper"
    # The same in the other languages narrator reads: German, French, Spanish, Italian, Polish.
    r"|lesen sie (?:auch|mehr)|mehr zum thema|weiterlesen|(?:à )?lire (?:aussi|également)"
    # Indonesian, Czech, Turkish, Romanian, Hungarian: "Baca juga:", "Čtěte také:", "Kapcsolódó:".
    r"|baca juga|(?:čtěte|přečtěte si) (?:také|též)|ilgili haber(?:ler)?|cite[șş]te [șşs]i"
    r"|kapcsol[óo]d[óo](?: cikk(?:ek)?)?"
    r"|(?:lee|leer|ver) (?:también|más)|mira|leggi anche|czytaj (?:też|także|również|więcej)"
    # Portuguese, Dutch and the Scandinavian languages: "Leia também:", "Lees ook:", "Läs också:".
    r"|(?:leia|veja) (?:também|mais)|saiba mais|lees (?:ook|meer)|l[äæ]s (?:också|mer|også)"
    r"|les også|seguir leyendo|читайте (?:также|ещ[её]))"
    r"\s*[:|\u2013\u2014-]",
    re.IGNORECASE,
)

_POSTCODE = re.compile(
    r"^(?:[A-Z]{1,2}-)?\d{4,5}(?:-\d{3})? [A-Z\u00c0-\u00dd][\w'\u2019 .-]{1,30}$"
    r"|^[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$|.*, (?:[A-Z]{1,2}-)?\d{4,5} [A-Z\u00c0-\u00dd]\w+$"
)
"""A postcode and its town: "18010 Granada", "D-79098 Freiburg", "4620-000 Lousada", "BS1 5LJ"."""
_MIN_ADDRESS_PARTS = 3
_TOWN_POSTCODE = re.compile(r"^[A-Z][\w'\u2019 -]{1,30} [A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$")
"""A town and its British postcode: "Kettleford KT2 7PL"."""
_MAX_COMMA_PART_WORDS = 4
_MAX_ADDRESS_PART_WORDS = 7
_ROLE = re.compile(
    r"^(?:(?:assistant |deputy )?(?:head|director|chief \w+|clerk|manager|secretary|officer"
    r"|president|chair(?:man|woman|person)?|leader|commissioner|superintendent)"
    r" (?:of|to|for) [\w ]+|chief executive|director|headteacher|principal|mayor|town clerk)$",
    re.IGNORECASE,
)
"""A person's role ("Head of Highways", "Clerk to the Council"), where an address opens with a
name or a number ("Head Office" is a place)."""
_MAX_WORDS = 40
_PAGE_LINE = re.compile(
    # The story's source as a label and a name, not a sentence: "Quelle: F.A.Z.", "Fonte: Ansa".
    r"^(?:quelle|source|fuente|fonte|источник)\s*:\s*(?:[^.!?]|\.(?=\S)){1,60}\.?$"
    # an obituary site's guest book: "Sign the guest book"
    r"|^(?:sign|view|read) (?:the |our )?guest ?book$"
    # "📲 Participe do canal do g1 no WhatsApp", "Join our WhatsApp channel".
    r"|^(?=.{0,80}\b(?:whatsapp|telegram)\b)\W*(?:participe|entre|siga|join|follow|[úu]nete"
    r"|suivez)\b.{0,40}\b(?:canal|channel|cha[îi]ne)\b"
    # The label of a box of links or of a story's tags: "Más información", "Archivado en",
    # Russian "more news".
    r"|^(?:m[áa]s informaci[óo]n|archivado en|ещ[её] новости)$"
    # A call for donations: "Local journalism needs your support. ... Donate today.", Russian
    # "support us", "make a (monthly) donation".
    r"|\b(?:journalism|newsroom|reporting) needs? your (?:support|help)\b"
    r"|\bdonate (?:today|now)\.?$"
    r"|^поддержите нас$"
    r"|\b(?:оформите|сделайте)\b.{0,20}\bпожертвовани"  # noqa: RUF001
    # A call to rate what was read, with its stars: "¿Te ha gustado esta receta? Puntúala: ★★★★★".
    # (a line of stars alone is a review's rating, read: "★★★★☆")
    r"|[^\u2605\u2606\s][^\u2605\u2606]*[\u2605\u2606]{3,}$"
    # A label of a link to another story run into its headline, no sentence: "Leggi
    # ancheCantieri del tram, i negozi chiedono i ristori" (the label's colon is PROMOTION's).
    r"|^(?:read also|see also|lesen sie auch|(?:à )?lire aussi|lee también|leia também"
    r"|leggi anche|читайте также)\s*[^\s.!?:|\u2013\u2014-][^.!?]{0,150}$"
    # When the story was published and updated, with a clock's time: "Published 5:02 a.m. ET
    # Dec. 5, 2026 | Updated 9:30 a.m. ET Dec. 5, 2026" (a month's or the clock's full stops
    # are no sentence's).
    r"|^(?=.{0,40}\d[:.]\d\d)(?:published|posted|updated)(?: on)?:? .{0,40}?\b(?:19|20)\d\d"
    r"(?:\s*[|\u00b7\u2022/]\s*(?:updated|modified)(?: on)?:? .{0,40}?\b(?:19|20)\d\d)?$"
    # A player's label and length ("Audio: 2 Min", "Video: 3:12"), a broadcaster's note of
    # the programme a story ran in ("Dieses Thema im Programm: Das Erste, …").
    r"|^(?:audio|video|podcast)\s*:\s*\d{1,3}(?:[.:]\d\d)?(?:\s*min(?:\.|uten?|utes?)?)?$"
    r"|^dieses thema im programm\s*:"
    # an article's tools, their names run together by the extraction: "AscoltaStampaInvia"
    r"|^(?:ascolta|stampa|invia|condividi|commenta|listen|print|send|share|e-?mail|save"
    r"|imprimer|partager|drucken|teilen|imprimir|compartir|escuchar){2,}$"
    # A blog's note of the series a post belongs to: "Part of series Boring performance wins".
    r"|^part of (?:the |a )?series\b[^.!?]{0,80}$"
    # A wire release's source line, its word in capitals: "SOURCE Harbor Foods, Inc."
    r"|^(?-i:SOURCE) [^\W\d_][^.!?]{0,60}\.?$"
    # A nonprofit newsroom's offer to republish: "Republish this article", "You are free to
    # republish this story under a Creative Commons license."
    r"|^republish this (?:story|article)$|\bfree to republish (?:this|our) (?:story|article|work)"
    # A recipe card's call to show the dish made: "Tried this recipe? Mention @crumbsandco or
    # tag #crumbsandco!", "Did you make this recipe? Tag @flourandfern on Instagram".
    r"|^(?:did you (?:make|try)|(?:have you )?(?:tried|made)) this recipe\?"
    r"|^(?:please )?(?:mention|tag)\b.{0,30}[@#]\w"
    # The page's editor named under the story, a name alone after the label: "Editor: Mark
    # Ellison", "Page editor: …" (an agency's "Editing by …" is a credit's: narrator.readers.wire)
    r"|^(?:page |web |content )?editor\s*:\s*(?-i:[A-Z])[\w.'\u2019-]*"
    r"(?: (?-i:[A-Z])[\w.'\u2019-]*){1,3}$",
    re.IGNORECASE,
)


def is_page_line(text: str) -> bool:
    """Whether a short line is the page's own (a source, a channel, a box's label, an appeal,
    the reading time: "Lesezeit: 2 Minuten")."""
    return len(text.split()) <= _MAX_WORDS and (
        bool(_PAGE_LINE.search(text)) or is_reading_time(text) or is_outlet_line(text)
    )


def is_footer_address(line: str) -> bool:
    """A site's footer of its owner's name and address, parts apart by dots or bars, one of
    them a postcode and town: "Universidad de Granada \u00b7 Avda. del Hospicio, s/n \u00b7 18010
    Granada"."""
    if " \u00b7 " not in line and " | " not in line:
        return _is_comma_address(line)
    parts = [part.strip() for part in re.split(r" [\u00b7|] ", line)]
    return (
        len(parts) >= _MIN_ADDRESS_PARTS
        and all(len(part.split()) <= _MAX_ADDRESS_PART_WORDS for part in parts)
        and any(_POSTCODE.match(part) for part in parts)
        and not line.endswith(("!", "?"))
    )


def _is_comma_address(line: str) -> bool:
    """A footer's address alone on its line, parts apart by commas, the last a postcode and its
    town: "Hilltop Surgery, 4 Church Lane, Kettleford KT2 7PL" (a sentence that gives it has
    more words)."""
    if line.count(", ") < _MIN_ADDRESS_PARTS - 1 or line.endswith((".", "!", "?")):
        return False  # most lines are a sentence
    parts = [part.strip() for part in line.split(", ")]
    if _ROLE.fullmatch(parts[0]):
        return False  # a signatory's role and office under their name: "Head of Highways, …"
    last = parts[-1]
    return all(len(part.split()) <= _MAX_COMMA_PART_WORDS for part in parts) and bool(
        _TOWN_POSTCODE.match(last) or _POSTCODE.match(last)
    )
