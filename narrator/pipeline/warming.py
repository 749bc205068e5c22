"""A planning process forked ahead (see `narrator.pipeline.planning.fork_ahead`) gets ready
while it waits for its sources: it imports what reading and cutting use, and cuts a few
sentences of news, whose patterns the sentence splitter and the rules compile on first use."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable

from narrator.models import Article, Block, BlockKind, NarrationConfig, Section


def warm_up(given: Callable[[], bool] = lambda: False) -> None:
    """Import what reading and cutting a text article use, run the sentence splitter on a few
    sentences of news and load the English rules; then, unless the sources are `given`
    already, run the rules on the sentences: most of the patterns both compile on first use
    are ready when the sources come. Sources that have come are not kept waiting for that
    last step, which `speak`'s come before: of its 7.5 ms of CPU, the seed's own cutting then
    needs 3 (and its first audio waits for the whole cut). Nor for the rules' modules the
    sample did not need (see `narrator.spoken.deferred`), imported next, one at a time."""
    from narrator.segmenter import segment, split_sentences
    from narrator.spoken import language_for, spoken
    from narrator.spoken.lexicon import default_lexicon_path

    block = Block(BlockKind.PARAGRAPH, _NEWS)
    article = Article("Ready", (Section(None, (block,)),), language="en")
    import_readers()
    with contextlib.suppress(Exception):  # the sources' own cutting reports any failure
        default_lexicon_path()  # where the user's folders are: not read until the sources come
        split_sentences(_NEWS, "en")
        language_for("en")
        if given():
            return
        for _ in segment(article, NarrationConfig(), lambda text: spoken(text, None, "en")):
            pass
        for rule in language_for("en").rules:
            for _, function in rule.parts():
                if given():
                    return
                loaded = getattr(function, "loaded", None)  # a rule imported at its first call
                if loaded is not None:
                    loaded()


_NEWS = (
    "Dr. Smith said on Nov. 4 that the U.S. Army's 1st Brigade paid $3.5bn (about 12% of the "
    '2023 budget) for 1,200 ATACMS missiles at 9:30 a.m. "It is over," he told Reuters... '
    "The vote, 52-48 on Jan. 3rd, came after the Kremlin's spokesman, Dmitry Peskov, said "
    "so in Moscow; see www.example.com or call 555-0100. It ended at 11 p.m. on 5/6/2024!"
)
"""A few sentences with what the splitter and the rules meet in most articles."""


def import_readers() -> None:
    """Import `narrator.readers.reading` (with the text readers it loads) as a language's
    rules are: the 130-odd patterns those modules compile at import, 30 to 40 ms of CPU before a
    text's first chunk, are read back compiled from a file beside their bytecode (see
    `narrator.spoken.precompiled`)."""
    if "narrator.readers.reading" in sys.modules:
        return
    from narrator.spoken.precompiled import precompiled, store_path

    with precompiled(store_path("narrator.readers"), modules="narrator.readers."):
        import narrator.readers.reading  # noqa: F401
