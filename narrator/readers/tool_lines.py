"""A page's lines about the page itself, not the story, each clutter by itself:

- a print view's frame above the headline: "Le Courrier de l'Ain - Version imprimable" and
  "Imprimer cette page | Fermer la fenêtre", "Printer-friendly version", "Print | Close window"
- a mailing's small print: "You are receiving this because you signed up at …", "Know someone
  who would like this? Forward it to a friend."
- a pointer to the site's own hub for more: "Alle Ergebnisse der Kommunalwahlen finden Sie in
  unserem Wahlportal.", "Find all the results on our elections page."
- a stamp with the page's change note: "Updated 7 December 2026 \u2013 Latest update: new
  information on flooding in the coastal counties."
- a document's bar of fields: "Case No. A-24-1187 | Opinion filed December 4, 2026"
- a court's standing note under its summary: "This summary was prepared by … It is not part of
  the opinion of the court and may not be cited."

- a fundraising page's own lines: "Jess Morgan is fundraising for Riverside Hospice", "£3,420
  raised of £5,000 target", "86 supporters", "Report this page"

and the label of a box whose lines under it go with it: an alerts box's ("Get email alerts" over
"Sign up to get an email when this advice is updated."), a page's question on itself ("Was this
information helpful? Yes / No"), a fundraiser's list of its donations ("Recent donations" over
"Sarah P. £20 …").

A sentence of the story that names these things ("The court's summary is not part of the
opinion, the judge said.", "Voters can find the results in the town's portal.") stays.
"""

from __future__ import annotations

import re

__all__ = ["is_tool_lead", "is_tool_line"]

_PRINT_VIEW = (
    r"(?:printer[- ]friendly (?:version|page)|print (?:version|view)|version imprimable"
    r"|druckversion|druckansicht|versi\u00f3n (?:para )?imprimir|versione (?:stampabile|per la "
    r"stampa)|vers\u00e3o (?:para )?impress\u00e3o|\u0432\u0435\u0440\u0441\u0438\u044f "
    r"\u0434\u043b\u044f \u043f\u0435\u0447\u0430\u0442\u0438)"
)
_PRINT = (
    r"(?:print(?: this (?:page|article))?|imprimer(?: cette page| l'article)?|drucken"
    r"|seite drucken|imprimir(?: esta p\u00e1gina)?|stampa(?: questa pagina)?"
    r"|\u043f\u0435\u0447\u0430\u0442\u044c|\u0440\u0430\u0441\u043f\u0435\u0447\u0430\u0442"
    r"\u0430\u0442\u044c)"
)
_CLOSE = (
    r"(?:close(?: this)? window|fermer (?:la|cette) fen\u00eatre|fenster schlie(?:\u00df|ss)en"
    r"|cerrar (?:la )?ventana|chiudi (?:la )?finestra|fechar (?:a )?janela"
    r"|\u0437\u0430\u043a\u0440\u044b\u0442\u044c(?: \u043e\u043a\u043d\u043e)?)"
)
_DATE = (
    r"(?:\d{1,2}(?:\.|st|nd|rd|th)? [^\W\d_]{3,10}\.? \d{4}|[^\W\d_]{3,10}\.? \d{1,2}(?:st|nd|rd"
    r"|th)?,? \d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})"
)
_HUB = (
    # the site's own page that gathers more, after "our": a portal, a page, a live blog
    r"(?:our|unser(?:em|er|en)?|notre|nos|nuestr[oa]s?|nostr[oa]|noss[oa]s?"
    r"|\u043d\u0430\u0448\w*)\s+(?:[\w-]+\s+){0,2}?[\w-]*(?:portal|page|hub|live ?blog"
    r"|ticker|special|spezial|dossier|seite|site|sitio|sito|p\u00e1gina|pagina|app|sezione"
    r"|section|rubrik|\u0441\u0442\u0440\u0430\u043d\u0438\u0446\w*|\u0440\u0430\u0437\u0434"
    r"\u0435\u043b\w*)\b"
)
_FIND = (
    r"(?:finden sie|find|see|get|follow|retrouvez|trouverez|consulte[sz]?|encuentr[ae]|encontrar"
    r"\w*|trovate|troverete|trovi|encontre|veja|\u0447\u0438\u0442\u0430\u0439\u0442\u0435"
    r"|\u0441\u043c\u043e\u0442\u0440\u0438\u0442\u0435)"
)
_LINE = re.compile(
    r"(?:"
    # a print view's frame: its label after the site's name, its buttons
    rf"(?:[^.!?]{{1,60}}\s[-\u2013\u2014|:]\s)?{_PRINT_VIEW}"
    rf"|{_PRINT}\s*[|\u00b7\u2022/]\s*{_CLOSE}|{_CLOSE}\s*[|\u00b7\u2022/]\s*{_PRINT}"
    # a mailing's small print
    r"|you(?: are|'re) receiving this(?: (?:e-?mail|newsletter|message))? because\b.{0,200}"
    r"|(?:[^.!?]{3,60}\?\s*)?(?:please )?forward (?:it|this(?: e-?mail| newsletter| issue)?)"
    r" (?:to|on to) (?:a friend|friends|someone)\b[^.!?]{0,40}"
    # a pointer to the site's hub, no one quoted saying it
    rf"|(?![^\n]*[\"\u201c\u201d\u201e\u00ab\u00bb])(?:(?:all|alle|tous|toutes|todos|todas|tutti|tutte|\u0432\u0441\u0435)\b[^.!?]{{3,60}}"
    rf"\b{_FIND}|{_FIND}\b[^.!?]{{3,60}}?)\b[^.!?]{{0,40}}?\b(?:in|on|at|auf|im|sur|dans|en|nel"
    rf"|sul|no|na|\u0432|\u043d\u0430)\s+{_HUB}(?:[^.!?]{{0,30}})?"
    # a stamp with the page's change note after a dash
    rf"|(?:last )?updated:? (?:on )?{_DATE}(?:,? (?:at )?\d{{1,2}}[:.]\d{{2}}\s?(?:[ap]\.?m\.?)?)?"
    r"\s*[-\u2013\u2014]\s*(?:latest update|latest change|what(?:'|\u2019)s changed"
    r"|changes? made)\s*:.{3,200}"
    # a share bar's label over its networks on one line: "Artikel teilen: Facebook | WhatsApp"
    r"|(?:(?:artikel|article|beitrag|seite|page|story) )?(?:teilen|share(?: this (?:article|story"
    r"|page))?|partager(?: l'article)?|compartir|condividi|partilhar|compartilhar"
    r"|\u043f\u043e\u0434\u0435\u043b\u0438\u0442\u044c\u0441\u044f)\s*:?\s*(?:(?:facebook|x"
    r"|twitter|whatsapp|e-?mail|linkedin|telegram|pinterest|reddit|messenger|threads|bluesky"
    r"|copy link|imprimir|print|drucken|imprimer|stampa)\s*[|\u00b7,/]?\s*){2,}"
    # a newsletter's label over its call to subscribe
    r"|newsletter\s*:\s*[^.!?]{0,100}\b(?:abonnieren|subscribe|sign up|inscrivez-vous"
    r"|abonnez-vous|suscr[\u00edi]bete|iscriviti|assine|\u043f\u043e\u0434\u043f\u0438\u0448\w+)"
    r"\b[^.!?]{0,30}"
    # a fundraising page's own lines: whose page it is, its tally, its button to report it
    r"|[A-Z][^.!?]{1,60} is (?:fundraising|raising money) for [^.!?]{2,60}(?<![.!?])$"
    r"|[\u00a3$\u20ac]?\s?[\d.,]+\s?\u20ac? (?:raised|collected|gesammelt|recaudados?"
    r"|collect\u00e9s?|raccolti|arrecadados?) (?:of|from|von|de|sur|su) (?:an? |the )?"
    r"[\u00a3$\u20ac]?\s?[\d.,]+\s?\u20ac?(?: (?:target|goal|ziel|objetivo|objectif|obiettivo"
    r"|meta))?(?:\s*[\u00b7|]?\s*[\d.,]+ (?:supporters|donors|donations))?"
    r"|[\d.,]+ (?:supporters|donors|donations|backers|spender(?:innen)?|donateurs|donantes"
    r"|donatori|doadores)"
    r"|report (?:this )?(?:page|fundraiser|campaign)"
    # a court's standing note under its summary
    r"|this (?:press )?(?:summary|synopsis|digest|headnote)\b[^.]{0,200}\.\s*(?:it|this summary)"
    r" (?:is not|does not form|forms no) (?:a )?part of the (?:court's |tribunal's )?(?:opinion"
    r"|judg(?:e)?ment|decision|ruling|reasons)\b.{0,160}"
    r")[.!]?",
    re.IGNORECASE,
)
_LEAD = re.compile(
    r"(?:(?:get|sign up (?:for|to)|subscribe to) (?:(?:e-?mail |text |news |sms )?"
    r"(?:alerts|updates)|(?:e-?mail|text|news|sms) alerts (?:about|for|on|from) [^.!?]{1,60})"
    # a page's question on itself, over its buttons and the lines under it
    r"|(?:recent|latest|top) (?:donations|donors|supporters)|letzte spenden|derniers dons"
    r"|donaciones recientes|ultime donazioni|doa\u00e7\u00f5es recentes"
    r"|was this (?:information|page|article|answer|advice|content|guide|update) (?:helpful"
    r"|useful)\?(?:\s*yes\s*/?\s*no)?)"
    r"|(?:e-?mail|news) alerts|(?:e-?mail|newsletter)-?alerts? (?:abonnieren|bestellen)"
    r"|(?:recevoir|recevez) (?:les )?alertes(?: e-?mail)?",
    re.IGNORECASE,
)
_FIELDS = re.compile(r"\s+\|\s+")
_FIELD_ID = re.compile(
    r"(?:case|docket|appeal|claim|file|ref(?:erence)?|application|petition|cause|matter"
    r"|affaire|dossier|rechtssache|aktenzeichen|az|expediente|causa|ricorso|recurso|processo"
    r"|\u0434\u0435\u043b\u043e)\.?\s+(?:no\.?|number|nr\.?|n[\u00b0\u00ba]\.?|n\u00fam\.?|#"
    r"|\u2116)?\s*[\w/.-]*\d[\w/.-]*",
    re.IGNORECASE,
)
_FIELD_STAMP = re.compile(
    rf"(?:[^\W\d_]+ ){{0,2}}(?:filed|published|posted|updated|issued|decided|released|delivered"
    rf"|handed down|dated|heard|argued)(?: on)?:? {_DATE}",
    re.IGNORECASE,
)
_MAX_FIELDS = 4
_MAX_FIELD_WORDS = 8


def is_tool_line(line: str) -> bool:
    """Whether a stripped line is the page's about itself (see above), clutter by itself."""
    return bool(_LINE.fullmatch(line)) or _is_field_bar(line)


def is_tool_lead(line: str) -> bool:
    """Whether a stripped line is an alerts box's label, leading its pitch."""
    return bool(_LEAD.fullmatch(line.rstrip(":")))


def _is_field_bar(line: str) -> bool:
    """A document's fields on one line apart by bars: its number and its stamp."""
    fields = _FIELDS.split(line)
    if not 2 <= len(fields) <= _MAX_FIELDS:
        return False
    if any(len(field.split()) > _MAX_FIELD_WORDS for field in fields):
        return False
    named = any(_FIELD_ID.fullmatch(field) for field in fields)
    return named and any(_FIELD_STAMP.fullmatch(field) for field in fields)
