"""A promotion's lines set into a story or under it, for a reader to click, not for a listener:

- a box's label in capitals over its promotion: "EVENT" over "Cold Chain Summit 2027 | March
  9-11, Atlanta" and "Register now and save 20% …", "WEBINAR", "WHITE PAPER"
- a promotion on one line after that label: "WEBINAR: Building a resilient supply chain. Watch
  on demand"
- a product's call to try it: "Start your free trial", "Try Tallyworks free for 14 days", "No
  credit card required. Start your free trial", "Book a demo"
- a call to subscribe at its price: "Subscribe to Packaging Today for £89 a year"
- a sign-up box's small print: "Get new posts in your inbox. No spam, unsubscribe anytime."
- a call for readers' tips on its stories or their errors, by mail or by a page's widget: "Have
  a claim you want us to check? Email factcheck@…", "Vous avez un doute sur une information ?
  Écrivez-nous à …@…", "Нашли ошибку? Выделите текст и нажмите Ctrl+Enter"; a call to write
  in with its address ("Write to us at letters@…"), a letters page's standing note ("Letters
  may be edited for length."), a call to comment ("Have your say") or a note that comments
  are closed

- a press office's contact run into one paragraph: "Пресс-служба «СеверТранс» Тел.: +7 …"

The labels are a trade paper's, in capitals: "Event" or "Webinar" in a story's words stays.
"""

from __future__ import annotations

import re

from narrator.readers.way_lines import is_appeal_call

__all__ = ["is_box_label", "is_promo_line"]

_LABEL = (
    r"(?:(?:UPCOMING |FEATURED |SPONSORED |PARTNER |FREE |ON-DEMAND |LIVE )?(?:EVENTS?|WEBINARS?"
    r"|WHITE ?PAPERS?|E-?BOOKS?|VIRTUAL EVENT|SUMMIT|CONFERENCE))"
)
_PROMO_LABEL = re.compile(rf"{_LABEL}\s*:?")
_LABELLED = re.compile(rf"{_LABEL}\s*:\s*\S.{{3,150}}")
_TIPS = (
    r"(?:claims?|tips?|stor(?:y|ies)|errors?|mistakes?|typos?|facts?|checks?|doutes?|doubts?"
    r"|informations?|informaci[óo]n|rumou?rs?|rumeurs?|bulos?|noticias?|news|hinweise?|fehler"
    r"|errori?|segnalazion[ei]|erros?|dicas?|not[íi]cias?|\u043e\u0448\u0438\u0431\w*"
    r"|\u043d\u043e\u0432\u043e\u0441\u0442\w*)"
)
"""What a call for readers' tips asks about: a claim to check, a story, an error."""
_CALL = re.compile(
    # a product's call to try it
    r"(?:start (?:your|a|my) (?:free )?(?:\d{1,3}-day )?trial(?: today| now)?"
    r"|try [\w .&'\u2019-]{1,30}? (?:for )?free(?: for \d{1,3} (?:days|weeks|months))?"
    r"|(?:book|request|get|schedule) (?:a|your) (?:free )?demo(?: today| now)?"
    r"|no credit card (?:required|needed)(?:[.!,]\s*.{0,60})?"
    # a call to subscribe at its price: "Subscribe to Packaging Today for £89 a year",
    # "Abonnez-vous pour 1 € par mois", "Abbonati a 1 euro al mese"
    r"|(?:subscribe(?: now)?(?: to [^.!?]{1,40}?)?|abonnez-vous(?: (?:\u00e0|au) [^.!?]{1,40}?)?"
    r"|abonnieren sie(?: [^.!?]{1,40}?)?|suscr[íi]bete(?: a [^.!?]{1,40}?)?"
    r"|abbonati(?: a [^.!?]{1,40}?)?|assine(?: [^.!?]{1,40}?)?)"
    r" (?:for|from|only|pour|d\u00e8s|f\u00fcr|ab|por|desde|a|da|per|a partir de)"
    r" (?:just |only |seulement |nur |solo |s\u00f3 )?[£$€]?\s?(?:R\$\s?)?\d[\d.,]*\s?"
    r"(?:€|euros?|p|pence|cents?)?"
    r" (?:a|per|par|im|al|por|ao|pro|the first) (?:year|month|week|an|mois|semaine|jahr|monat"
    r"|woche|a\u00f1o|mes|semana|anno|mese|settimana|ano|m\u00eas)\b[^.!?]{0,40}"
    # a sign-up box's small print
    r"|(?:[^.!?]{0,80}[.!] )?no spam(?:, ever)?[,.!]? (?:unsubscribe|cancel|opt out)"
    r" (?:at )?any ?time"
    # a call for readers' tips on the site's stories, ending with the address to write to
    rf"|[^.!?]{{0,80}}\b{_TIPS}[^.!?]{{0,80}}\?\s*(?:e-?mail(?: us)?(?: at)?|write to us(?: at)?"
    r"|contact us(?: at)?"
    r"|send (?:it|them) to|[ée]crivez-nous (?:\u00e0|sur)|escr[íi]benos (?:a|al?)"
    r"|schreiben sie uns(?: an| unter)?|scrivici (?:a|su)|escreva-nos (?:para|em)"
    r"|\u043f\u0438\u0448\u0438\u0442\u0435 \u043d\u0430\u043c(?: \u043d\u0430)?)"
    r"\s*:?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    # a call to write to the site, its address in it: "Write to us at letters@…", "Have a
    # question for Ruth? Send it to askruth@…", "Scrivete a lettere@…", "Есть вопрос? Напишите
    # нам в Telegram или на почту vopros@…"
    r"|(?:[^.!?]{3,60}\?\s*)?(?:write to us|send us your (?:letters?|questions?|views)"
    r"|(?<=\? )send (?:it|them|your (?:letters?|questions?)) to"
    r"|[ée]crivez-nous|escr[íi]ba(?:nos|nnos)|escr[íi]benos|scrivete(?:ci)?|scrivici"
    r"|schreiben sie uns|escreva-nos|\u043d\u0430\u043f\u0438\u0448\u0438\u0442\u0435"
    r" \u043d\u0430\u043c)\b[^!?@]{0,60}?[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?:[.!]\s*[^.!?]{0,80})?"
    # a letters page's standing note: "Letters may be edited for length.", "Die Redaktion
    # behält sich Kürzungen vor.", "Le lettere possono essere tagliate per ragioni di spazio."
    r"|(?:letters|le lettere|las cartas|les lettres|as cartas)"
    r" (?:may|can|possono|pueden|podr\u00e1n|peuvent|podem) (?:be|essere|ser|\u00eatre)"
    r" (?:edited|shortened|cut|tagliate|accorciate|editadas|extractadas|abr\u00e9g\u00e9es"
    r"|raccourcies|resumidas)\b[^.!?]{0,60}"
    r"|(?:leserbriefe geben [^.!?]{5,80}\. )?die redaktion beh\u00e4lt sich (?:das recht auf )?"
    r"k\u00fcrzungen vor\b[^!?]{0,120}"
    # a call to comment: "Get involved: What do you make of today's rumours?", "Have your say"
    r"|(?:get involved|have your say|join the (?:conversation|debate|discussion))"
    r"(?:\s*[:.!]\s*[^.!]{0,100}[?.])?"
    # a call to its poll: "Player ratings: who impressed against Ashton? Vote in our poll"
    r"|(?:[^.!?]{3,100}\?\s*)?(?:vote|take part|have your say) in our poll\b[^.!?]{0,40}"
    # a site's note on its comments: "Comments are closed on court reports for legal reasons."
    r"|comments (?:are|have been) (?:closed|disabled|turned off|switched off)"
    r"(?: (?:on|for) [^.!?,]{1,40}?)?(?: (?:for|due to) legal reasons)?"
    # a press office's contact run into one paragraph: "Пресс-служба «СеверТранс» Тел.: +7 …"
    r"|(?:\u043f\u0440\u0435\u0441\u0441-\u0441\u043b\u0443\u0436\u0431\u0430|press office"
    r"|media (?:contact|enquiries)|ufficio stampa|pressestelle|service de presse|gabinete de prensa"
    r"|assessoria de imprensa)\b[^.!?]{0,60}?(?:\u0442\u0435\u043b|tel|phone|t)\.?:?\s*"
    r"[+\d(][\d ()+-]{6,20}[^!?]{0,80}"
    # a page's widget to report a typo: "Нашли ошибку? Выделите текст и нажмите Ctrl+Enter"
    r"|[^.!?]{3,60}\?\s*[^.!?]{3,60}\bctrl\s*\+\s*enter\b[^.!?]{0,40}"
    r")[.!]?",
    re.IGNORECASE,
)


def is_box_label(line: str) -> bool:
    """Whether a stripped line is a promotion's label in capitals over the promotion, or a box's
    call to give over its pitch ("Donate to the team")."""
    return bool(_PROMO_LABEL.fullmatch(line)) or is_appeal_call(line)


def is_promo_line(line: str) -> bool:
    """Whether a stripped line is a promotion or a call of the site's by itself (see above)."""
    return bool(_LABELLED.fullmatch(line) or _CALL.fullmatch(line))
