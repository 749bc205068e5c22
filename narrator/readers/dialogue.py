"""An interview's dialogue in a pasted text, each line after its speaker's name: "ZEIT ONLINE:
Was hilft?" over "Lena Vogt: Bäume …". A question of the dialogue is no section's heading,
though it is short and does not end like a sentence; a box's label over its lines is one
("Infobox: Schären-Reise" over "Anreise: Mit dem Zug …"), as is a "Q:" over its answer."""

from __future__ import annotations

import re

__all__ = ["is_interviewers_question"]

_SPEAKER = re.compile(r"^(?P<name>[A-Z\u00c0-\u00dd][\w.'\u2019-]+(?: [\w.'\u2019-]+){0,2}): ")
"""A speaker's name before what they say, two letters or more: "ZEIT ONLINE: ", "Brandt: "."""
_QUESTION_LABELS = frozenset({"question", "frage", "domanda", "pregunta", "pergunta", "вопрос"})


def is_interviewers_question(paragraph: str, after: str) -> bool:
    """Whether `paragraph` is a question after the interviewer's name, answered in `after`
    after the other's name: a line of the dialogue, no heading (a "Q:" is one)."""
    if not paragraph.rstrip().endswith("?"):
        return False  # a box's label over its labelled lines: "Infobox: Schären-Reise"
    asker, answerer = _SPEAKER.match(paragraph), _SPEAKER.match(after)
    labelled = asker is not None and asker["name"].lower() in _QUESTION_LABELS  # as "Q:" heads
    return bool(asker and answerer and asker["name"] != answerer["name"]) and not labelled
