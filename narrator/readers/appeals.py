"""A site's appeal to its reader run into the story's paragraphs: a closing sentence that calls
the reader to subscribe, sign up or support the site ("… the mayor said. Subscribe to our
newsletter for more local news."), cut from the paragraph it ends; or a paragraph that is all
a paper's pitch to subscribe, a question on being its subscriber and what subscribers get
("Você já conhece as vantagens de ser assinante da Folha? Além de ter acesso a reportagens e
colunas, você conta com newsletters exclusivas."). A call that is the story's ("Sign up for the
flu jab at your GP, the NHS urged.") names no site's own thing, and stays.
"""

from __future__ import annotations

import re

__all__ = ["without_appeals"]

_CALL = re.compile(
    r"(?:subscribe|sign up|become a (?:member|subscriber|supporter)|support (?:us|our)|donate"
    r"|assine|inscreva-se|cadastre-se|apoie|suscr[\u00edi]bete|hazte (?:socio|suscriptor)"
    r"|ap[\u00f3o]yanos|abonnez-vous|inscrivez-vous|soutenez-nous|abonnieren sie|jetzt abonnieren"
    r"|unterst\u00fctzen sie uns|abbonati|iscriviti|sostienici"
    r"|\u043f\u043e\u0434\u043f\u0438(?:\u0448\u0438\u0442\u0435\u0441\u044c"
    r"|\u0441\u044b\u0432\u0430\u0439\u0442\u0435\u0441\u044c)"  # подпишитесь, подписывайтесь
    r"|\u043f\u043e\u0434\u0434\u0435\u0440\u0436\u0438\u0442\u0435 \u043d\u0430\u0441)\b",
    re.IGNORECASE,
)
"""A sentence's opening verb that calls the reader to subscribe, sign up or give."""
_OWN = re.compile(
    r"\b(?:our|us|newsletters?|nossa|nosso|nuestr[oa]s?|notre|nos|unser\w*|nostr[oa]|boletim"
    r"|bolet[\u00edi]n|bulletin|\u043d\u0430\u0448\w*)\b",
    re.IGNORECASE,
)
"""A word of the site's own: "our", "newsletter" and their translations."""
_REPORTED = re.compile(
    r"[\"\u201c\u201d\u00ab\u00bb]|,\s+(?:\w+\s+){0,3}(?:said|says|urged|added|told|wrote|disse"
    r"|dijo|a dit|sagte|ha detto|\u0441\u043a\u0430\u0437\u0430\u043b\w*)\b",
    re.IGNORECASE,
)
"""A call the story reports, a quote's or a source's: "Donate to help us rebuild, the charity
said."."""
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\u00c0-\u00dd\u0410-\u042f])")
_MAX_CALL_WORDS = 30
_SUBSCRIBER_QUESTION = re.compile(
    r"^[^?]{0,80}\b(?:subscriber|assinante|suscriptor|abonn\u00e9|abonnent|abbonato"
    r"|\u043f\u043e\u0434\u043f\u0438\u0441\u0447\u0438\u043a)\w*\b[^?]{0,60}\?",
    re.IGNORECASE,
)
_PERKS = re.compile(
    r"\b(?:exclusive|exclusiv[ao]s?|exclusifs?|exklusiv\w*|esclusiv[ie]|acesso|access|acceso"
    r"|acc\u00e8s|zugang|accesso)\b",
    re.IGNORECASE,
)
"""What a pitch says subscribers get: exclusive newsletters, access to every story."""
_MAX_PITCH_WORDS = 45
_MAX_PITCH_SENTENCES = 2


def without_appeals(groups: list[list[str]]) -> list[list[str]]:
    """`groups` (paragraphs, each a list of its lines) without a paper's pitch to subscribe as
    a paragraph of its own, and without a call to subscribe or support closing a paragraph."""
    kept: list[list[str]] = []
    for group in groups:
        if len(group) == 1 and _is_pitch(group[0].strip()):
            continue
        kept.append([*group[:-1], _without_closing_call(group[-1])] if group else group)
    return kept


def _is_pitch(paragraph: str) -> bool:
    """A paragraph that asks the reader about being the paper's subscriber and tells what
    subscribers get, in two sentences or fewer."""
    return (
        len(paragraph.split()) <= _MAX_PITCH_WORDS
        and len(_SENTENCE.split(paragraph)) <= _MAX_PITCH_SENTENCES
        and bool(_SUBSCRIBER_QUESTION.match(paragraph))
        and bool(_PERKS.search(paragraph))
    )


def _without_closing_call(line: str) -> str:
    """`line` without its last sentence when that calls the reader to subscribe or support the
    site and a sentence of the story comes before it."""
    sentences = _SENTENCE.split(line.strip())
    call = len(sentences) > 1 and _is_call(sentences[-1])
    return " ".join(sentences[:-1]) if call else line


def _is_call(sentence: str) -> bool:
    """Whether `sentence` calls the reader to subscribe to or support the site's own thing,
    and no story reports it ("…, the charity said.")."""
    return (
        len(sentence.split()) <= _MAX_CALL_WORDS
        and bool(_CALL.match(sentence))
        and bool(_OWN.search(sentence))
        and not _REPORTED.search(sentence)
    )
