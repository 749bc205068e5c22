"""A planning process forked ahead (see `narrator.pipeline.planning.fork_ahead`) gets ready
while it waits for its sources: it imports what reading and cutting use, and cuts a few
sentences of news, whose patterns the sentence splitter and the rules compile on first use."""

from __future__ import annotations

import contextlib

from narrator.models import Article, Block, BlockKind, NarrationConfig, Section


def warm_up() -> None:
    """Import what reading and cutting a text article use, and run the sentence splitter and
    the English rules on a few sentences of news: most of the patterns both compile on first
    use are ready when the sources come."""
    import narrator.readers.reading  # noqa: F401
    from narrator.segmenter import segment, split_sentences
    from narrator.spoken import spoken
    from narrator.spoken.lexicon import default_lexicon_path

    block = Block(BlockKind.PARAGRAPH, _NEWS)
    article = Article("Ready", (Section(None, (block,)),), language="en")
    with contextlib.suppress(Exception):  # the sources' own cutting reports any failure
        default_lexicon_path()  # where the user's folders are: not read until the sources come
        split_sentences(_NEWS, "en")
        for _ in segment(article, NarrationConfig(), lambda text: spoken(text, None, "en")):
            pass


_NEWS = (
    "Dr. Smith said on Nov. 4 that the U.S. Army's 1st Brigade paid $3.5bn (about 12% of the "
    '2023 budget) for 1,200 ATACMS missiles at 9:30 a.m. "It is over," he told Reuters... '
    "The vote, 52-48 on Jan. 3rd, came after the Kremlin's spokesman, Dmitry Peskov, said "
    "so in Moscow; see www.example.com or call 555-0100. It ended at 11 p.m. on 5/6/2024!"
)
"""A few sentences with what the splitter and the rules meet in most articles."""
