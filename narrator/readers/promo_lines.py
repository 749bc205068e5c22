"""A promotion's lines set into a story or under it, for a reader to click, not for a listener:

- a box's label in capitals over its promotion: "EVENT" over "Cold Chain Summit 2027 | March
  9-11, Atlanta" and "Register now and save 20% …", "WEBINAR", "WHITE PAPER"
- a promotion on one line after that label: "WEBINAR: Building a resilient supply chain. Watch
  on demand"
- a product's call to try it: "Start your free trial", "Try Tallyworks free for 14 days", "No
  credit card required. Start your free trial", "Book a demo"
- a sign-up box's small print: "Get new posts in your inbox. No spam, unsubscribe anytime."
- a call for readers' tips on its stories or their errors, by mail or by a page's widget: "Have
  a claim you want us to check? Email factcheck@…", "Vous avez un doute sur une information ?
  Écrivez-nous à …@…", "Нашли ошибку? Выделите текст и нажмите Ctrl+Enter"

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
