"""Captions, picture credits and pull quotes in pasted stories (issue 15): a caption over or
ending with its credit and an agency's picture marks are not read, a pull quote that repeats
the story is read once; a short quoted line of the story is read."""

from __future__ import annotations

from tests.readers.shapes import HEADLINE, LATER, PARAGRAPH, read, texts


def test_a_photos_caption_ending_with_its_agencys_credit_is_not_read() -> None:
    caption = "Firefighters battle a wildfire north of Athens \u00a9 Louisa GOULIAMAKI / AFP"
    assert texts(read(f"{HEADLINE}\n\n{PARAGRAPH}\n\n{caption}\n\n{LATER}\n")) == [PARAGRAPH, LATER]


def test_an_agencys_picture_and_video_marks_after_a_paragraph_go() -> None:
    article = read(f"{HEADLINE}\n\n{PARAGRAPH} (Foto) (Vídeo)\n\n{LATER}\n", "es")
    assert texts(article) == [PARAGRAPH, LATER]


def test_a_short_pull_quote_in_capitals_and_quote_marks_is_read_once() -> None:
    said = '"We just didn\'t know," said Margaret Ellis, who has lived in the town for sixty years.'
    text = f'{HEADLINE}\n\n{PARAGRAPH}\n\n{said}\n\n"WE JUST DIDN\'T KNOW"\n\n{LATER}\n'
    assert texts(read(text)) == [PARAGRAPH, said, LATER]


def test_a_short_quoted_line_no_paragraph_repeats_is_read() -> None:
    text = f'{HEADLINE}\n\n{PARAGRAPH}\n\n"Not in my name"\n\n{LATER}\n'
    assert '"Not in my name"' in " ".join(texts(read(text)))


def test_a_caption_over_its_credit_is_not_read() -> None:
    caption = "Wahlplakate in Bukarest\nFoto: Andrei Pungovschi / AFP"
    article = read(f"{HEADLINE}\n\n{PARAGRAPH}\n\n{caption}\n\n{LATER}\n")
    assert texts(article) == [PARAGRAPH, LATER]
