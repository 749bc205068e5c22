"""Lines of the service a story is read from, pasted with it, for the eye or the hand, not for
the ear:

- a blog's way to its other posts: "Previous post: Boathouse roof appeal reaches £8,000",
  "Next post: …", "Entrada anterior", "Nächster Beitrag"
- a forum post's frame (Simple Machines'): "« Reply #6 on: December 05, 2026, 08:14:32 PM »",
  "Logged", "Report to moderator"
- a podcast's calls around its show notes: "Subscribe wherever you get your podcasts", "Rate and
  review us on Apple Podcasts!", "Support the show: …", "Ouça também no Spotify, …", "Apoie o
  podcast: …"
- a live page's and a recipe card's controls: "Pinned", "Show more updates", "Refresh for updates",
  "5 from 212 votes", "Nutrition: Calories 274kcal | Fat 11g | …"
- a mail's small print and its links, in the languages read: "To unsubscribe from school emails,
  reply with STOP.", "¿No ves bien este correo? Ábrelo en tu navegador", "Leer la noticia
  completa", "Book your place", "Shared from the Daily Ledger app. Download it for free."
- a bulletin's issue stamp: "Emesso il 07/12/2026 alle 14:00, valido fino all'08/12/2026"
- a post's stamp by a role or a user's name: "Veröffentlicht am 06.12.2026 von Pressewart", a
  listing's poster: "Listed by Harbourne Tourist Information Centre"
- a site's menu in a row under the title: "Members' area | Join the union | Contact your rep"
- a public body's page: its kind over the title ("Public Notice"), its question on itself
  ("Questa pagina ti è stata utile? Sì No"), its row of tools ("Seite drucken | Seite teilen |
  Nach oben"), a release's number ("Comunicato stampa n. 214 del 03/12/2026"), its attachments
  ("Allegati" over "Piano mobilità ciclabile (PDF, 4,2 MB)"), a report's "Background papers:
  None"
"""

from __future__ import annotations

import re

from narrator.readers.promo_lines import is_promo_line
from narrator.readers.release_legends import is_release_legend
from narrator.readers.stamps import is_stamp
from narrator.readers.way_lines import is_appeal_call, is_page_way, is_registration

__all__ = ["is_issue_stamp", "is_service_line"]

_PODCAST_APPS = (
    r"(?:apple podcasts|spotify|google podcasts|youtube(?: music)?|deezer|ivoox|amazon music"
    r"|overcast|pocket casts|castbox|podimo|audible)"
)
_ISSUED = (
    r"(?:issued|emesso|emitido|\u00e9mis|herausgegeben|ausgegeben)(?: (?:il|el|le|am|on))?"
    r" [^,]{0,20}\d[^,]{0,20}(?:,? (?:valid until|valido fino (?:al|all'|a)"
    r"|v\u00e1lido hasta(?: el)?|valable jusqu'(?:au|\u00e0)|g\u00fcltig bis)"
    r"\s*[^,]{0,20}\d[^,]{0,20})?"
)
_ISSUE_STAMP = re.compile(_ISSUED, re.IGNORECASE)
_LINE = re.compile(
    # a blog's way to its other posts
    r"(?:(?:\u00ab|<|\u2190)\s*)?(?:previous|next|older|newer) (?:post|article|story|entry)"
    r"(?:\s*:.{1,100})?"
    r"|(?:vorheriger|n\u00e4chster) (?:beitrag|artikel)(?:\s*:.{1,100})?"
    r"|(?:article|billet) (?:pr\u00e9c\u00e9dent|suivant)(?:\s*:.{1,100})?"
    r"|(?:entrada|art\u00edculo) (?:anterior|siguiente)(?:\s*:.{1,100})?"
    r"|articolo (?:precedente|successivo)(?:\s*:.{1,100})?"
    r"|(?:post|artigo) anterior(?:\s*:.{1,100})?|pr\u00f3ximo (?:post|artigo)(?:\s*:.{1,100})?"
    # a forum post's frame
    r"|\u00ab?\s*(?:reply )?#\d{1,6} on:\s*[^\u00ab\u00bb]{4,60}?\s*\u00bb?"
    r"|more (?:about|from|by) (?-i:[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){1,3})"
    r"|logged|report to moderator|report (?:this )?post|reply with quote"
    # a podcast's calls
    r"|(?:subscribe|listen|follow)(?: (?:and|&) (?:subscribe|listen|follow))?(?:(?: to)? (?:us"
    r"|the show|the podcast|this podcast))?(?: on| in)? wherever you (?:get|listen to|find)"
    r" (?:your )?podcasts\b.{0,120}"
    r"|(?:please )?(?:rate|review),? (?:and|&) (?:review|rate|subscribe)\b.{0,80}"
    r"|support (?:the|this|our) (?:show|podcast)\b.{0,160}"
    rf"|(?:ou[çc]a|escuche|esc[úu]chalo|[ée]coutez|h[öo]ren sie|ascolta)(?: tamb[ée]m| tambi[ée]n"
    rf"| aussi| auch| anche)? [^.!?]{{0,20}}\b{_PODCAST_APPS}\b.{{0,80}}"
    r"|apoie (?:o|este|nosso) (?:podcast|programa)\b.{0,160}"
    # a bulletin's issue and validity: "Emesso il 07/12/2026 alle 14:00, valido fino all'08/12/2026"
    rf"|{_ISSUED}"
    # a listing's poster, no writer: "Listed by Harbourne Tourist Information Centre"
    r"|(?:listed|submitted|added|uploaded) by (?-i:[A-Z])[^.!?|]{2,60}"
    # a live page's and a recipe card's controls
    r"|pinned(?: post| update| entry)?|(?:show|load|see) (?:more|all|older)(?: updates| posts"
    r"| entries)?|(?:refresh|reload) (?:the page |this page )?for (?:the )?(?:latest )?updates"
    r"|auto[- ]?(?:refresh|update)(?: is)?(?: on| off)?"
    # a club's page: its scorecard's link, its sponsor's thanks
    r"|(?:full |view (?:the )?(?:full )?)?scorecard(?: on [\w .'-]{1,30})?"
    r"|(?:match|ball|kit|shirt|man of the match) sponsors?\s*:.{1,120}"
    # a union's or a club's frame: "Members' area | Join the union | Contact your rep", "Not a
    # member yet? Join today from just £9.50 a month."
    r"|not (?:a member|registered) yet\?.{0,100}|join (?:us |the \w+ )?(?:today|now)\b.{0,80}"
    # a portal's buttons on a case ("Comment on this application", "View documents (14)")
    r"|(?:comment on|track|follow|view|download|print) this (?:application|notice|consultation"
    r"|case|item|petition)|view (?:all )?documents?(?: \(\d+\))?"
    r"|back to (?:(?:the )?search results|results|(?:the )?list)"
    # the same in the other languages read, naming the list: "Torna all'elenco dei bollettini"
    r"|(?:torna all'elenco|retour \u00e0 la liste|zur\u00fcck zur liste|volver al listado"
    r"|voltar \u00e0 lista)(?: d(?:ei|egli|elle|es|er|e|os|as) [\w' ]{1,30})?"
    # a call to a bulletin's alerts by text or mail: "Iscriviti al servizio SMS"
    r"|(?:iscriviti al servizio|sign up (?:for|to) (?:our )?|abonnez-vous aux|suscr\u00edbete a"
    r" (?:las|los)) ?(?:sms|text|e-?mail)(?: alerts?| alertes| alertas)?"
    r"|\d(?:[.,]\d)? (?:from|out of \d(?: stars?)?(?: from)?) [\d,.]+ (?:votes?|ratings?|reviews?)"
    r"|nutrition(?: facts| info(?:rmation)?)?\s*:?\s*calories\b.{0,200}"
    # a mail's small print and links
    r"|to unsubscribe\b[^.!?]{0,60}\b(?:reply|click|e-?mail|text|send|visit|use)\b.{0,60}"
    r"|this (?:e-?mail|message|newsletter) was sent to\b.{0,120}"
    r"|diese (?:e-?mail|nachricht|newsletter) wurde an .{1,80} (?:versandt|gesendet|verschickt)\.?"
    # a call to get the notices on a messaging app: "Per ricevere gli avvisi su WhatsApp …"
    r"|(?:per ricevere|para recibir|pour recevoir|para receber|to (?:get|receive)) (?:(?:gli|le|i"
    r"|los|las|les|as|os|our|the|these) )?(?:avvisi|notizie|news|updates|alerts|avisos|noticias"
    r"|actualit[ée]s|infos?|not[íi]cias|bulletins?)\b[^.!?]{0,40}\b(?:whatsapp|telegram|signal)\b"
    r".{0,80}"
    r"|\u00bf?no (?:ves|puedes ver) (?:bien )?este (?:correo|e-?mail|bolet[íi]n)\?.{0,60}"
    r"|(?:\u00e1brelo|ver(?:lo)?|abrir) en (?:tu|el) navegador"
    r"|(?:afficher|voir) (?:ce|cet) (?:e-?mail|message|courriel) dans (?:votre|le) navigateur"
    r"|(?:diese )?(?:e-?mail|newsletter) im browser (?:ansehen|anzeigen|\u00f6ffnen|lesen)"
    r"|visualizza (?:questa (?:e-?mail|newsletter) )?(?:nel|sul) (?:tuo )?browser"
    r"|(?:ver|visualizar|abrir) (?:este e-?mail )?(?:no|em) (?:seu )?navegador"
    r"|(?:leer|lee|ver) (?:la noticia|el art[íi]culo|la nota)(?: completa?)?"
    r"|lire (?:la suite|l'article(?: complet)?)|weiterlesen|zum (?:ganzen )?artikel"
    r"|leggi (?:tutto|l'articolo|la notizia)(?: completa?)?"
    r"|leia (?:mais|a (?:mat[ée]ria|not[íi]cia) completa)"
    r"|(?:book|reserve|register for|buy|get|claim) (?:your|a|my) (?:place|seat|spot|tickets?)"
    r"(?: now| here| today| online)?[.!]?|(?:book|register|buy tickets) now[.!]?"
    r"|add to (?:(?:your|my) )?(?:calendar|diary|google calendar|outlook|ical)"
    r"|(?:shared|sent) (?:from|via|with) (?:the |my )?[\w .&'-]{1,40} app\b.{0,80}"
    # a public body's page
    r"|public notice|legal notice|official notice"
    r"|amtliche bekanntmachung(?:en)?|avis public|avviso pubblico|edicto|edital"
    r"|(?:questa pagina|questo contenuto) (?:ti|le) (?:\u00e8|e') stat[oa] utile\s?\?.{0,40}"
    r"|\u00bf?(?:te )?(?:ha sido|fue|result[óo]) [úu]til (?:esta p[áa]gina|este contenido)\?.{0,40}"
    r"|cette page (?:vous )?a-t-elle [ée]t[ée] utile\s?\?.{0,40}"
    r"|war diese seite hilfreich\?.{0,40}|esta p[áa]gina foi [úu]til\?.{0,40}"
    r"|(?:press release|pressemitteilung|communiqu[ée](?: de presse)?|nota de prensa"
    r"|comunicato stampa|comunicado(?: de imprensa)?)\s+(?:nr|no|n|n\u00b0|n[úu]m|n\u00ba)\.?\s?"
    r"\d+(?:/\d+)?(?:\s+(?:del|vom|du|de|of|from)\s+.{4,30})?"
    r"|allegat[oi]|attachments?|anh[äa]nge?|pi[èe]ces? jointes?|adjuntos?|anexos?"
    r"|[^()]{1,120}\((?:pdf|docx?|xlsx?|odt|ods|zip)[,;]? [\d.,]+ ?[kmg]i?b\)"
    r"|background papers?\s*:.{0,120}"
    # a body's statement that it does not discriminate: "Pine County Electric Cooperative is an
    # equal opportunity provider and employer."
    r"|(?:[^.!?]{1,100} (?:is|are) )?an? equal opportunity (?:provider|employer|lender)"
    r"(?:,? (?:and|&) (?:an? )?(?:equal opportunity )?(?:provider|employer|lender))?\.?"
    # a link by its arrow, to the post before or after ("← Tanker 47 takes part in …") or back
    # to the list ("All news", in Russian too)
    r"|\u2190\s*[^\u2190\u2192]{3,120}|[^\u2190\u2192]{3,120}\s*\u2192"
    r"|(?:see |view )?all (?:news|stories|articles|posts)"
    r"|\u0432\u0441\u0435 \u043d\u043e\u0432\u043e\u0441\u0442\u0438"
    r"|tutte le notizie|todas las noticias|toutes les actualit[ée]s|todas as not[íi]cias"
    r"|alle (?:nachrichten|meldungen|news)"
    # a web address given for more, as a label's value: "Per aggiornamenti: allertaliguria.it"
    r"|(?:for (?:more |further )?|per (?:ulteriori |maggiori )?|para (?:m[áa]s |mais )?"
    r"|pour (?:plus d')?|f[üu]r (?:weitere )?)?(?:updates|information|info|infos|details"
    r"|aggiornamenti|informazioni|informaci[óo]n|informa[çc][õo]es|atualiza[çc][õo]es"
    r"|actualizaciones)\s*:\s*(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:/\S*)?",
    re.IGNORECASE,
)
_TOOLS = re.compile(
    r"(?:share|teilen|partager|compartir|condividi|compartilhar) (?:on|by|via|auf|sur|en|su|no|por)"
    r" [\w ]{1,20}"
    r"|(?:seite |page |pagina |p[áa]gina )?(?:drucken|teilen|print|share|imprimer|partager"
    r"|stampa|condividi|imprimir|compartir|partilhar|compartilhar|\u043f\u0435\u0447\u0430\u0442\u044c)"
    r"|nach oben|back to top|top|haut de page|torna su|volver arriba|voltar ao topo"
    r"|\u043d\u0430\u0432\u0435\u0440\u0445",
    re.IGNORECASE,
)
"""A page's tool in its row of them: "Seite drucken", "Back to top"."""
_MENU_GAP = re.compile(r" \| ")
_MENU_ITEM = re.compile(r"[A-Z][\w&'\u2019-]*(?: [^\W\d_][\w&'\u2019-]*){0,3}")
"""A menu's link in a row of them under the title: "Members' area", "Contact your rep"."""
_MIN_MENU_ITEMS = 3
_TOOL_GAP = re.compile(r"\s*[|\u00b7\u2022]\s*")
_POSTED = re.compile(
    r"(?:posted|published|ver\u00f6ffentlicht|publi\u00e9|publicado|pubblicato)"
    r"(?: (?:on|am|le|el|em|il) (?P<stamp>.{4,40}?) (?:by|von|par|por|da) (?P<poster>\S+)"
    r"| (?:by|von|par|por|da) (?P<poster2>\S+) (?:on|at|am|le|el|em|il) (?P<stamp2>.{4,40}))",
    re.IGNORECASE,
)
"""A post's stamp by a poster of one word, a role or a user's name, no writer to say:
"Veröffentlicht am 06.12.2026 von Pressewart", "Posted by admin on 5 December 2026"."""
_MAX_CHARS = 280
_MAX_TOOLS_CHARS = 80
_EDITION_GAP = re.compile(r"\s+[|\u00b7\u2022]\s+")  # a dash parts a letter's title
_EDITION_NAME = re.compile(
    r"\b(?:newsletter|e-?news|bulletin|bolet[íi]n|boletim|lettre|rundbrief|notiziario"
    r"|informativo)\b",
    re.IGNORECASE,
)
_ISSUE = re.compile(r"(?:issue|edition|ausgabe|num[ée]ro|numero|n[°º.])\s*\d{1,4}", re.I)
_MONTH_YEAR = re.compile(r"[^\W\d_]{3,12}\.? \d{4}")
_MAX_EDITION_PARTS = 4


def is_issue_stamp(line: str) -> bool:
    """Whether a stripped line is a bulletin's issue stamp ("Issued on 7 December 2026 at
    14:00, valid until 8 December 2026")."""
    return bool(_ISSUE_STAMP.fullmatch(line))


def is_service_line(line: str) -> bool:
    """Whether a stripped line is the service's own, for the eye or the hand (see above)."""
    if len(line) > _MAX_CHARS:
        return False
    if _LINE.fullmatch(line) or _is_edition_line(line):
        return True
    if is_page_way(line) or is_registration(line) or is_appeal_call(line) or is_promo_line(line):
        return True  # "Next callout", "Donate now", "Bergamina S.p.A. - P.IVA 01234567890"
    if is_release_legend(line):
        return True  # "NOT FOR DISTRIBUTION TO U.S. NEWSWIRE SERVICES …"
    posted = _POSTED.fullmatch(line) if line[:1] in "PpVv" else None
    if posted and is_stamp(posted["stamp"] or posted["stamp2"]):
        return True
    if len(line) > _MAX_TOOLS_CHARS or not _TOOL_GAP.search(line):
        return False
    items = line.split(" | ")
    if len(items) >= _MIN_MENU_ITEMS and all(_MENU_ITEM.fullmatch(item) for item in items):
        return True
    parts = [part for part in _TOOL_GAP.split(line) if part]
    return len(parts) > 1 and all(_TOOLS.fullmatch(part) for part in parts)


def _is_edition_line(line: str) -> bool:
    """A newsletter's name and edition on a line under its story's title: "Your Home | Brookfield
    Housing tenants' newsletter | December 2026", "Bulletin · Issue 14"."""
    parts = _EDITION_GAP.split(line)
    if not 1 < len(parts) <= _MAX_EDITION_PARTS:
        return False
    dated = any(
        _ISSUE.fullmatch(part) or (_MONTH_YEAR.fullmatch(part) and is_stamp(part)) for part in parts
    )
    return dated and any(_EDITION_NAME.search(part) for part in parts)
