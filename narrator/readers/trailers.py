"""What a pasted or saved story carries that is not the story: the agency's standards line, a
copyright, a newsletter's sign-up, a photo's caption, links to other stories, a correction
notice, an email's frame, a press release's contact block, a live blog's controls.

Each is told by the words it is made of, the same on every story of its kind:

- "Our Standards: The Thomson Reuters Trust Principles.", "© 2026 AFP", "Copyright 2026 The
  Associated Press. All rights reserved. …", "©2026 Bloomberg L.P.", "Copyright The Financial
  Times Limited 2026. All rights reserved."
- "FILE PHOTO: A ship … REUTERS/Nina Lyashonok", "Image source, Getty Images", "Image caption, …",
  a caption ending with its credit ("Crowds at Waterloo. Photograph: Jo Roe/PA", "… (Jo Roe/AP)")
- "Related: Chip stocks rally", "Read more: How are storms named?", "Related topics", "Share"
- a paragraph that ends "Sign up here." (a newsletter's promotion), "Sign up to First Edition,
  our free daily newsletter …", "Skip past newsletter promotion", "View this email in your
  browser", "You received this email because …", "Unsubscribe | Manage preferences" (the
  paragraph of an email's footer goes with it: the address, the copyright), Substack's
  "Forwarded this email? Subscribe here for more", "Thanks for reading …! Subscribe for free …",
  "READ IN APP", "Like" over "Comment" over "Restack"
- "(This story has been corrected to …)", "(Updates with …)", "This article was amended on …"
- "NEWS PROVIDED BY", "Media Contact:", "SOURCE Acme Robotics Inc.", "###", "(END)", a line
  of an email address alone
- a newspaper's page around the story: "SKIP ADVERTISEMENT", "Supported by", "Share full
  article", "A version of this article appears in print on …"
- an agency's slug of its writers' initials ("abc-xyz/jdo/mjw"), "To contact the reporter …",
  "Follow AP's coverage … at https://…", "Explore more on these topics", "Reuse this content"
- a live blog's "Key events", "Show key events only", "Updated at 12.52 GMT", a BBC live page's
  "Live Reporting", "close panel", "Share page", "About sharing"
- a gallery's caption ("1 of 5 | A firefighter watches … (AP Photo/John Roe)"), CNN's "Ad
  Feedback" and "See Full Web Article", Bloomberg's "Have a confidential tip for our reporters?
  Get in touch", "Before it's here, it's on the Bloomberg Terminal", "LEARN MORE"
- a Reuters gallery's caption ("[1/2] A Shell logo … REUTERS/John Roe/File Photo", "Item 2 of 2
  …"), The Economist's "Listen to this story." and the player's lines under it, "This article
  appeared in the … section of the print edition …", a cookie banner ("We use cookies …")
- a desk's line with the posting stamp after a separator ("TOI Business Desk / TIMESOFINDIA.COM
  / Updated: Dec 5, 2026, 14:32 IST"), "Topic: Weather", "Posted 2h ago", a paragraph of a
  page's buttons ("Share", "AA", "+Text Size", "Follow us")
- GOV.UK's frame: "Press release" over the title, "From:" over the department and the date,
  "Share this page" and "Is this page useful?" with the lines under them; a funeral notice's
  "To share a memory or offer condolences, visit …"
- a journal's reference ("Journal reference: JAMA Neurology, DOI: 10.1001/…"), AP's line on who
  funds a desk ("… The AP is solely responsible for all content."), a column's disclaimer ("(The
  author is a Reuters Breakingviews columnist. The opinions expressed are her own.)"), a
  syndicated story's "Story continues", "Read the original article on Business Insider" and
  "In this article:" over its tickers, "Hide Ad", "Read more »",
  "Want to join the conversation?", a lead of "Trending Now", "Recommended" or "Sign up to our
  daily newsletter", the FT's "Unlock the Editor's Digest for free" and the line under it
- a web page's words around the story, pasted with it: "Updated 6:42 AM EST, Fri December 5,
  2026", "Advertisement · Scroll to continue", "Purchase Licensing Rights, opens new tab",
  "Listen to this article", a label and a link ("AP soccer: https://apnews.com/hub/soccer")

Some lines lead a block that is all clutter ("Most Read from Bloomberg" and the headlines under
it, "Media Contact:" and the name, address and phone under it): the block goes with them, and
short lines with no sentence's end after such a lead (headlines in paragraphs of their own) too.
"""

from __future__ import annotations

import re

from narrator.readers.apps import is_app_button, is_app_line
from narrator.readers.box_shapes import without_outlet_signature
from narrator.readers.contents_boxes import heads_prose, is_kept_line
from narrator.readers.document_lines import is_document_line
from narrator.readers.service_lines import is_service_line
from narrator.readers.site_lines import is_site_frame, is_site_lead, is_site_line, without_inserts
from narrator.readers.stamps import is_stamp
from narrator.readers.way_lines import is_appeal_call, without_pitch
from narrator.readers.wire import opens_credit

_LINE = re.compile(
    r"^(?:our standards\s*:.*trust principles"
    r"|(?:copyright\s*)?(?:\u00a9|\(c\)\s*(?:copyright\b|\d{4}"
    r"|(?-i:[A-Z][\w-]*(?: [A-Z][\w-]*)*$)))"
    r"|copyright\s+\d{4}\b"
    r"|all rights reserved|riproduzione riservata|tutti i diritti riservati|alle rechte vorbehalten"
    r"|tous droits r\u00e9serv\u00e9s|todos (?:los|os) (?:derechos|direitos) reservados"
    r"|comments?\s*\(\d[\d,]*\)\s*$"
    r"|file photo\s*:|(?:image|photo|picture|video)\s+(?:source|caption|credit)s?\s*[,:]"
    r"|(?:related|read more|see also|also read|read also|more on this story|more coverage"
    r"|читайте также|смотрите также|pour aller plus loin)\s*:"
    # the same in the other languages read: "Lesen Sie auch:", "À lire aussi :", "Leer más:"
    r"|(?:lesen sie auch|mehr zum thema|\u00e0? ?lire aussi|voir aussi|leer m\u00e1s"
    r"|le[ae] tambi\u00e9n|[lt]e puede interesar|leggi anche|leia tamb\u00e9m|saiba mais)\s*:"
    r"|related (?:topics|stories|coverage|content|articles|links)\s*$"
    r"|more on this story\s*$|share(?: this| full| the)?(?: article| story)?\s*$"
    r"|skip advertisement\s*$|supported by\s*$|a version of this article appears in print\b"
    r"|skip to (?:the )?(?:main )?(?:content|navigation|article)\s*$"
    r"|save articles to read later|why you can trust\b"
    r"|(?:sources?|\u0438\u0441\u0442\u043e\u0447\u043d\u0438\u043a\u0438?)\s*:\s*[^.!?]{1,80}$"
    r"|listen\s*$|\d+(?:\s*[-\u2013]\s*\d+)?\s*min(?:ute)?s?\s*$|add to your saved stories"
    r"|gift (?:this )?article\s*$"
    r"|go deeper\s*:|(?:[\w ]{1,20} via )?(?:getty images|pa media|pa wire|epa|shutterstock|alamy"
    r"|ap photo(?:/[\w .'-]+)?|reuters/[\w .'-]+)\s*$"
    r"|\d+\s*min(?:ute)?s?\s+(?:read|listen)\s*$|(?:save|print|comments?|\d+ comments|gift this"
    r" article|copy link|link copied!?|facebook|twitter|e-?mail|x|whatsapp|linkedin)\s*$"
    r"|order reprints\b|\(end\)\s*$|[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*$"
    r"|advertisement(?:\s*\W?\s*scroll to continue)?\s*$|scroll to continue\s*$"
    r"|listen to this (?:article|story)"
    r"|purchase licensing rights|[^.!?\n]{1,40}:\s*(?:https?://|www\.)\S+\s*$"
    r"|follow\b.*(?:https?://|www\.|\bon (?:twitter|x|facebook|instagram|whatsapp|threads"
    r"|bluesky|tiktok|youtube|linkedin)\b)|reuse this content\s*$"
    r"|(?:story|article) continues(?: below| after|\s*$)|continue reading\b|skip past newsletter"
    r"|after newsletter promotion|privacy notice\s*:"
    r"|sign up (?:to|for) .{0,80}(?:newsletter|daily|weekly|digest|briefing|bulletin)\b"
    r"|click here\b|watch\s*:"
    r"|(?:download|get) (?:the|our) (?:[\w&.-]+ ){0,3}(?:app|newsletter)\b(?!['\u2019])"
    r"|\((?:this (?:story|article|version) (?:has been|was|is) \w+|(?:updates|adds|corrects"
    r"|recasts|refiles|changes|fixes|removes|rewrites)\b)[^()]*\)\s*$"
    r"|this (?:article|story) was (?:amended|corrected|updated|edited) on\b"
    r"|this (?:article|story) was originally published\b[^.!?]{0,60}\.?$"
    r"|view (?:this email |this newsletter |it )?(?:online|in (?:your |a )?browser)"
    r"|forward this (?:email|newsletter)"
    r"|you(?:'re| are)? receiv(?:ed|ing) this (?:email|newsletter)"
    r"|unsubscribe\b|manage (?:my |your )?(?:email )?(?:preferences|subscriptions?)"
    r"|for immediate release\s*$|(?-i:SOURCE\s+[A-Z][\w&.,' -]*$)|#{3}\s*$|-?\s*ends\s*-?\s*$"
    r"|to contact the (?:reporters?|editors?|author)\b"
    r"|updated at \d|key events\s*$|show key events only\s*$|\d{1,3} of \d{1,3}\s*\|"
    r"|(?:topics?|labels?)\s*:\s*[^.!?]{1,60}$|full story\s*$|materials (?:provided|obtained) by\b"
    r"|(?:\d{1,3}\.\s*)?\^(?:\s+[a-z]){0,8}\s+\S"  # an encyclopedia's reference: "1. ^ \"Severn …"
    r"|(?:mostra|leggi) i commenti\s*$|ver (?:los )?coment[aá]rios?\s*$|partilh(?:e|ar)\s*$"
    r"|coment\u00e1rios\s*$|commenti\s*$"
    r"|resize\s*$|listen\s*\(\d+\s*min\)\s*$|zur (?:[\w-]+-)?startseite\s*$|ascolta l'articolo\s*$"
    r"|\d+ minuti di lettura\s*$"
    r"|(?:tempo d[ei] le(?:i)?t(?:t)?ura|temps de lecture|tiempo de lectura)"
    r"\s*:?\s*\d+\s*min\w*\.?\s*$"
    r"|write to [^.!?]{1,60}\bat [\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*$"
    r"|appeared in the\b.{0,60}\bprint edition\b|sign (?:the )?guest ?book\s*$"
    r"|published by\b.{1,60}\bfrom \w{3}\.? \d{1,2} to \w{3}\.? \d{1,2}, \d{4}\.?$"
    r"|(?-i:/?[a-z]{2,5}(?:[-/][a-z]{2,5})*/[a-z]{2,5}\s*$))",
    re.IGNORECASE,
)
"""A line that is clutter whatever follows it."""
_MORE_LINE = re.compile(
    r"^(?:forwarded this (?:email|newsletter)|subscribe for free\b|read in (?:the )?app\s*$"
    r"|thanks? (?:you )?for reading\b.{0,80}\bsubscribe\b"
    r"|journal reference\s*:|heard on\b[^.!?]{1,40}$"
    r"|\((?:soundbite|archived recording|music|laughter|applause|crosstalk|inaudible)\b"
    r"[^()]{0,60}\)\s*$|(?:[\w']+ )?transcripts? (?:is|are) (?:created|produced|provided)\b"
    r"|(?:illustrations?|photo(?:graph)?s?|animation|video|lead image) by [^.!?]{2,60}$"
    r"|(?:like|enjoy|enjoying|love) (?:getting|reading) (?:this|the|our) .{0,40}"
    r"(?:newsletter|email)\?"
    r"|(?:anzeige|publicit\u00e9|publicidad|pubblicit\u00e0|publicidade|restack|start writing"
    r"|close panel|share page|about sharing|live reporting|hide ad"
    r"|read more\s*[\u00bb\u203a>\u2192]+)\s*$|want to join the conversation\?"
    r"|read the original (?:article|story|post)\b|sign up here\b|ad feedback\s*$"
    r"|see (?:the )?full (?:web )?(?:article|story)\s*$|learn more\s*$"
    r"|this (?:article|story) appear(?:ed|s) in the\b|have a confidential tip\b"
    r"|share or comment on this article\b|register (?:now )?for free\b"
    r"|before it[\u2019']s here, it[\u2019']s on the\b"
    r"|to (?:send flowers|share (?:a memory|memories)|offer (?:online )?condolences"
    r"|sign the (?:online )?guest ?book)\b"
    r"|\(the (?:views|opinions) expressed (?:here |in this (?:article|column) )?are (?:his|her"
    r"|their|the author's|those of the author)\b[^()]{0,80}\)\s*$)",
    re.IGNORECASE,
)
"""More lines that are clutter whatever follows them: a newsletter's ("Forwarded this email?",
"Thanks for reading …! Subscribe for free", "Restack"), a transcript's ("Heard on Morning
Edition", "(SOUNDBITE OF MUSIC)", "NPR transcripts are created on a rush deadline …"), a credit
("Illustration by John Roe"), a page's labels ("Anzeige", "Hide Ad", "Read more »"); tried
only on a line whose first three letters are one of theirs (_MORE_STARTS) or that names a
transcript: each pattern added to one alternation costs every line of a long text."""
_MORE_STARTS = frozenset(
    re.findall(
        r"\S+",
        "for sub rea tha jou hea ill pho ani vid lea lik enj lov anz pub (so (ar (mu (la (ap (cr "
        "(in res sta clo sha abo liv hid wan sig (th see hav bef thi reg",
    )
) | {"ad ", "to "}
_BUTTON = re.compile(
    r"^(?:like|comments?|view comments|share(?: this article)?|restack|reply|save|follow(?: us)?|aa"
    r"|\+?text size|\d+)$",
    re.IGNORECASE,
)
"""A post's buttons, a paragraph of them: "Like" over "Comment" over "Restack" (Substack's); a
"Like" alone is a word ("Love", "Like", "Dislike" heading a game's table of gifts)."""
_CLUTTER_END = re.compile(
    r"(?:\bopens (?:in )?(?:a )?new (?:tab|window)"
    r"|\b(?:photograph|photo|fotos?|bild(?:quelle)?|illustration|composite|image|video)\s*:\s*[^.!?:]{1,60}"
    r"|\bdoi\s*:\s*10\.\d{4,9}/\S+|\bis solely responsible for (?:all )?(?:its )?content\.?"
    r"|\bcopyright\b.{0,60}\ball rights reserved\.?"
    r"|\b(?-i:REUTERS)/[\w .'-]{1,40}(?:/File Photo)?"
    r"|(?<=\s)[/|]\s*(?:updated|published|posted)\b\s*:?\s*\S[^.!?/|]{0,40}"
    r"|\|\s*source\s*:\s*[^!?|]{1,60}|\((?:ap|afp|reuters|epa|getty) (?:photo|images)/[^()]{1,40}\)"
    r"|\((?-i:[A-Z][\w'-]+(?: [A-Z][\w'-]+){1,2}/(?:The )?[A-Z][\w&'-]*(?: [A-Z][\w&'-]*){0,3})\)"
    r"|\u00a9\s*[^\u00a9/]{2,40}\s*/\s*(?:afp|ap|reuters|epa|dpa|getty images|ansa|efe"
    r"|(?-i:[A-Z][\w'-]+(?: [A-Z][\w'-]+){1,2}))"
    r"|\bopinions (?:expressed )?(?:here )?are (?:his|her|their|the author's|those of the author)"
    r"(?: own)?\.?\)?)\s*$",
    re.IGNORECASE,
)
"""How a line of clutter may end, whatever comes before: a link's label ("…, opens new tab"), a
caption's credit ("… Photograph: Jane Roe/PA", "… \u00a9 WaterBridge/Peter Chirwa", its
photographer after the owner); looked for in the last _END_CHARS only."""
_END_CHARS = 80
_MAX_CAPTION_CHARS = 280
_FRAME = re.compile(
    r"^(?:skip to (?:the )?(?:main )?(?:content|navigation|article)|advertisement"
    r"|skip advertisement|listen to this article|supported by|menu|search|sign in|log in"
    r"|subscribe|watch live|live tv|breaking news alerts?|(?:press|news|media) release"
    r"|nota de prensa|communiqu\u00e9 de presse|comunicato stampa|pressemitteilung"
    r"|(?:press release|pressemitteilung|communiqu\u00e9|nota de prensa)"
    r" (?:nr|no|n\u00b0|n\u00fam)\.? ?\d+(?:/\d+)?"
    r"|news story)\s*$"
    r"|we (?:use|value) (?:cookies|your privacy)\b.*",
    re.IGNORECASE,
)
_PROMOTION_END = re.compile(
    r"\b(?:sign up|subscribe)(?: (?:for|to) [\w .'&-]{1,30})? here\s*[.!]?\s*$", re.IGNORECASE
)
_EMPTY_LABEL = re.compile(
    r"^(?:references|notes|sources|citations|footnotes|external links|further reading|see also"
    r"|notes? (?:to|for) editors"
    r"|einzelnachweise|weblinks|r\u00e9f\u00e9rences|referencias|riferimenti|refer\u00eancias)"
    r"(?:\[edit\])?$",
    re.IGNORECASE,
)
_PICTURE_CREDIT = re.compile(
    r"^(?:[\w ]{1,20} via )?(?:getty images|pa media|pa wire|epa|shutterstock|alamy|afp)$", re.I
)
_SIGN_UP_BUTTON = re.compile(
    r"^(?:sign up|subscribe|s'inscrire|s\u2019inscrire|je m'abonne|abonnieren|jetzt abonnieren"
    r"|suscr[ií]bete|suscribirse|inscreva-se|iscriviti)\s*$",
    re.IGNORECASE,
)
_FOOTER = re.compile(r"(?:^|\|\s*|\bor )unsubscribe(?: here)?\s*(?:\||$|https?://\S+$)", re.I)
_IMPRINT = re.compile(r"^(?:\u00a9|\(c\)\s|copyright\b)", re.IGNORECASE)
_MAX_IMPRINT_LINES = 3
_END_MARK = re.compile(
    r"^(?:#{3}|-?\s*ends\s*-?|-\s*30\s*-|\(end\)|r\u00fcckfragen(?: bitte)? an\s*:"
    r"|\d+ (?:thoughts|comments|responses|replies) (?:on|to) [\"\u201c\u2018'].{1,120})$",
    re.IGNORECASE,
)
"""A release's or a wire story's last line: what follows it is for editors ("ENDS" over "Notes
to editors", "-30-" over the media contact); a blog's comments' heading ("3 thoughts on
\u201cTen years of bees\u201d"): what follows is the readers'."""
"""An email's footer line: "Unsubscribe" alone or among links ("Preferences | Unsubscribe");
the paragraph it is in (an address, a copyright) goes with it."""
_SENTENCE_END = re.compile(r"[.!?:;\"'\u201d\u2019)]\s*$")
_MAX_LISTED_CHARS = 100
_MAX_PROMOTION_CHARS = 400
_STARS = re.compile(r"^\s*[\u2605\u2606]{3,5}\u00bd?\s*$")
_ANY_WORD = re.compile(r"[^\W_]")
_MAX_LABEL_WORDS = 3
_AGENCY_CREDIT = re.compile(
    r"^[A-Z][\w' ]{1,30} (?:avec|with|mit|con|y|et|and)"
    r" (?:AFP|AP|Reuters|dpa|EFE|ANSA|Europa Press)$"
)
"""A paper's name and the agency it writes with, by the stamp: "Le Monde avec AFP"."""


def is_page_frame(line: str) -> bool:
    """Whether `line` is a browser page's frame that a paste can start with, above the title
    ("Skip to main content", "Advertisement"); blank lines too."""
    return not line.strip() or bool(_FRAME.match(line.strip())) or is_site_frame(line.strip())


def is_clutter_line(line: str) -> bool:
    """Whether `line` is clutter on its own ("Related topics", "© 2026 AFP")."""
    line = line.strip()
    return is_site_lead(line) or _is_clutter_alone(line)


def _is_clutter_alone(line: str) -> bool:
    """Whether a stripped line is clutter by itself, not as the lead of a block of it."""
    return (
        bool(_LINE.match(line))
        or _is_more_clutter(line)
        or is_stamp(line)
        or _ends_as_clutter(line)
        or is_app_line(line)
        or is_site_line(line)
        or is_document_line(line)
        or is_service_line(line)
    )


def _is_more_clutter(line: str) -> bool:
    return (line[:3].lower() in _MORE_STARTS or "ranscript" in line) and bool(
        _MORE_LINE.match(line)
    )


def _ends_as_clutter(line: str) -> bool:
    if len(line) > _MAX_CAPTION_CHARS:
        return False
    tail = line[-_END_CHARS:]
    # what the endings hold, found at once: most lines have none
    lowered = tail.lower()
    words = (
        "new " in lowered or "solely" in lowered or "reserved" in lowered or "opinion" in lowered
    )
    return (":" in tail or "/" in tail or words) and bool(_CLUTTER_END.search(tail))


def without_clutter(groups: list[list[str]]) -> list[list[str]]:
    """`groups` (paragraphs, each a list of its lines) less their clutter: lines of clutter,
    the lines a lead of clutter heads, a promotion's paragraph, and after a lead the short
    paragraphs listed under it; what follows a release's end mark, if less than precedes it."""
    kept: list[list[str]] = []
    listing = False
    groups = without_inserts(groups)
    for position, group in enumerate(groups):
        if len(group) == 1 and _END_MARK.match(group[0].strip()) and _ends_story(groups, position):
            break  # what follows a release's "ENDS" is for editors
        # A line with no word or number ("___", "* * *") is said as nothing.
        # A rating's stars alone ("★★★★☆") are read: "four out of five stars".
        lines = [line.strip() for line in group if _ANY_WORD.search(line) or _STARS.match(line)]
        if not lines:
            continue
        if listing and all(_listed(line) for line in lines) and not heads_prose(groups, position):
            continue
        listing = False
        if _is_promotion(lines) or _is_buttons(lines) or _is_imprint(lines) or _is_caption(lines):
            continue
        remaining: list[str] = []
        footer = False
        for line in lines:
            if is_site_lead(line):
                listing = not is_appeal_call(line)  # a call to give leads its own box only
                remaining = remaining if listing else without_pitch(remaining)
                break
            # the word looked for first: a pattern searched through every line costs more
            if ("nsubscribe" in line or "NSUBSCRIBE" in line) and _FOOTER.search(line):
                footer = True
                break
            if not _is_clutter_alone(line) or is_kept_line(line, groups, position):
                remaining.append(line)
        if footer:
            continue
        if any(is_stamp(line) or is_app_line(line) for line in lines):
            # the site's or section's name beside a posting stamp: "Sky News" over "Friday …",
            # a post's tags over its author and time ("databases performance")
            remaining = [x for x in remaining if not _label(x) or is_kept_line(x, groups, position)]
        if remaining:
            kept.append(remaining)
    # a closing section's label left with nothing under it ("References" over its notes)
    while kept and len(kept[-1]) == 1 and _EMPTY_LABEL.match(kept[-1][0]):
        kept.pop()
    return without_outlet_signature(kept)


def _ends_story(groups: list[list[str]], position: int) -> bool:
    """Whether an end mark at `position` closes the story: more of the text is above it."""
    size = [sum(len(line) for line in group) for group in groups]
    return sum(size[:position]) > sum(size[position + 1 :])


def _is_imprint(lines: list[str]) -> bool:
    """A paragraph led by a copyright, the sender's address under it (a mail's footer)."""
    return (
        len(lines) <= _MAX_IMPRINT_LINES
        and bool(_IMPRINT.match(lines[0]))
        and _is_clutter_alone(lines[0])
    )


def _is_buttons(lines: list[str]) -> bool:
    """A paragraph of a post's buttons and their counts: "Like" over "Comment" over "Restack"
    (Substack's), "Upvote" over "412" over "Downvote" over "Go to comments" (a forum's)."""
    return len(lines) > 1 and all(
        _BUTTON.match(line) or is_app_button(line) or _is_clutter_alone(line) for line in lines
    )


def _label(line: str) -> bool:
    """A name of three words or fewer, capitalised, with no sentence's end ("Sky News"), a
    paper's with its agency ("Le Monde avec AFP"), or tags in small letters ("databases
    performance")."""
    words = line.split()
    return bool(_AGENCY_CREDIT.match(line)) or (
        len(words) <= _MAX_LABEL_WORDS
        and (line[:1].isupper() or line.islower())
        and not _SENTENCE_END.search(line)
    )


def _is_promotion(lines: list[str]) -> bool:
    """A short paragraph that ends "Sign up here." (its last words looked at: "here" first), or
    with its button on a line of its own ("S'inscrire", "Sign up", "Abonnieren")."""
    tail = lines[-1][-_END_CHARS:]
    ends = ("here" in tail.lower() and bool(_PROMOTION_END.search(tail))) or (
        len(lines) > 1 and bool(_SIGN_UP_BUTTON.match(lines[-1]))
    )
    return ends and len(" ".join(lines)) < _MAX_PROMOTION_CHARS


def _is_caption(lines: list[str]) -> bool:
    """A picture's credit over its caption: "Getty Images" over "The branch has been on the
    high street since 1904" (the BBC's, pasted)."""
    return len(lines) == 2 and bool(_PICTURE_CREDIT.match(lines[0]))


def _listed(line: str) -> bool:
    """A headline listed under a lead: short, with no sentence's end, no credit ("Written by
    Jane Doe and Sam Lee" closing a newsletter)."""
    return (
        len(line) <= _MAX_LISTED_CHARS
        and not _SENTENCE_END.search(line[-_END_CHARS:])
        and not opens_credit(line)
    )
