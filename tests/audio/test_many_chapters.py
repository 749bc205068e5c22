"""A narration with more chapters than an ID3 table of contents can list (255: its count is a
byte) is tagged, every chapter reachable from the top table; the 1 MB article of the memory
bench has 466, and its save failed writing them."""

from __future__ import annotations

from pathlib import Path

import pytest
from mutagen import id3
from mutagen.wave import WAVE

from narrator.audio.tags import tags_for, write_tags
from narrator.audio.wav import AudioFormat, Clip, WavWriter
from narrator.models import Article, Chapter, NarrationConfig


@pytest.mark.parametrize("count", [1, 255, 256, 600])
def test_every_chapter_is_listed_however_many(tmp_path: Path, count: int) -> None:
    path = tmp_path / "whole.wav"
    with WavWriter(path, AudioFormat(8000, 2, 1)) as whole:
        whole.append(Clip(AudioFormat(8000, 2, 1), bytes(2 * 8000)))
    chapters = [Chapter(f"Part {n}", n / count, (n + 1) / count, n) for n in range(count)]
    article = Article(title="A long one", sections=())
    write_tags(path, "wav", tags_for(article, NarrationConfig()), chapters)
    frames = WAVE(path).tags
    assert frames is not None
    tables = {frame.element_id: frame for frame in frames.getall("CTOC")}
    top = [table for table in tables.values() if table.flags & id3.CTOCFlags.TOP_LEVEL]
    assert len(top) == 1
    listed: list[str] = []
    for child in top[0].child_element_ids:
        listed.extend(tables[child].child_element_ids if child in tables else [child])
    titles = {frame.element_id: frame.sub_frames["TIT2"].text[0] for frame in frames.getall("CHAP")}
    assert [titles[element] for element in listed] == [chapter.title for chapter in chapters]
    assert all(len(table.child_element_ids) <= 255 for table in tables.values())
