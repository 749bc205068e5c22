"""Tests of narrator.spoken.lexicon: the TOML format, whole-word matching and errors with lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from narrator.cli.preferences import config_path
from narrator.spoken import lexicon as lexicon_module
from narrator.spoken.lexicon import (
    Lexicon,
    LexiconError,
    default_lexicon_path,
    load_default_lexicon,
    load_lexicon,
)

EXAMPLE = """\
# Names in the news.
ATACMS = "attack-ums"
Peskov = "PYES-kov"
"U.N." = "United Nations"

[ignore_case]
kyiv = "keev"

[[regex]]
pattern = "Zelensk(?:yy|iy)"
say = "zeh-LEN-skee"

[[regex]]
pattern = "\\\\bshoigu\\\\b"
say = "shoy-GOO"
ignore_case = true
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "lexicon.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def example(tmp_path: Path) -> Lexicon:
    return load_lexicon(write(tmp_path, EXAMPLE))


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("ATACMS missiles", "attack-ums missiles"),
        ("Peskov said", "PYES-kov said"),
        ("Peskov's words", "PYES-kov's words"),
        ("the U.N. said", "the United Nations said"),
        ("in Kyiv and KYIV", "in keev and keev"),
        ("Zelenskyy and Zelenskiy", "zeh-LEN-skee and zeh-LEN-skee"),
        ("Shoigu, SHOIGU", "shoy-GOO, shoy-GOO"),
    ],
)
def test_lexicon_says_words_as_written_in_the_file(example: Lexicon, text: str, said: str) -> None:
    assert example.apply(text) == said


@pytest.mark.parametrize("text", ["peskov", "PESKOV", "Peskovs", "ATACMSs", "xATACMS", "Kyivan"])
def test_lexicon_words_are_whole_words_and_case_sensitive(example: Lexicon, text: str) -> None:
    assert example.apply(text) == text


def test_longer_words_win_over_their_prefixes() -> None:
    lexicon = Lexicon.from_words({"New": "nyoo", "New York": "noo york"})
    assert lexicon.apply("New York is New") == "noo york is nyoo"


def test_an_empty_file_is_an_empty_lexicon(tmp_path: Path) -> None:
    assert load_lexicon(write(tmp_path, "")).apply("Peskov") == "Peskov"


@pytest.mark.parametrize(
    ("text", "line", "what"),
    [
        ('ATACMS = "attack-ums"\nPeskov = \n', 2, "not valid TOML"),
        ('ATACMS = "attack-ums"\n\nPeskov = 3\n', 3, "'Peskov' must be said as a string"),
        ('A = "a"\n[ignore_case]\nkyiv = true\n', 3, "'kyiv' must be said as a string"),
        (
            'A = "a"\n\n[[regex]]\npattern = "(unclosed"\nsay = "x"\n',
            4,
            "invalid regular expression '(unclosed'",
        ),
        (
            '[[regex]]\npattern = "a"\nsay = "b"\n\n[[regex]]\npattern = "c"\n',
            5,
            "[[regex]] needs say",
        ),
        ('[[regex]]\npattern = "a"\nsay = "b"\nflags = "i"\n', 1, "unknown key 'flags'"),
        (
            '[[regex]]\npattern = "a"\nsay = "b"\nignore_case = "yes"\n',
            4,
            "ignore_case must be true or false",
        ),
        ('ATACMS = ""\n', 1, "may be empty"),
        ('ignore_case = "x"\n', 1, "'ignore_case' must be a table"),
    ],
)
def test_a_broken_lexicon_names_the_file_and_line(
    tmp_path: Path, text: str, line: int, what: str
) -> None:
    path = write(tmp_path, text)
    with pytest.raises(LexiconError) as raised:
        load_lexicon(path)
    message = str(raised.value)
    assert message.startswith(f"{path}:{line}: ")
    assert what in message


def test_a_missing_file_is_a_lexicon_error(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match="cannot read the lexicon"):
        load_lexicon(tmp_path / "missing.toml")


def test_the_default_lexicon_lives_beside_the_preferences(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NARRATOR_CONFIG_DIR", str(tmp_path / "config"))
    path = default_lexicon_path()
    assert path == tmp_path / "config" / "lexicon.toml"
    assert path.parent == config_path().parent


def test_without_an_override_the_lexicon_is_in_the_platforms_config_folder(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("NARRATOR_CONFIG_DIR", raising=False)
    path = default_lexicon_path()
    assert path.name == "lexicon.toml"
    assert path.parent.name.lower() == "narrator"


def test_no_default_lexicon_file_means_no_lexicon(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(lexicon_module, "default_lexicon_path", lambda: tmp_path / "none.toml")
    assert load_default_lexicon() is None


def test_the_default_lexicon_file_is_loaded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path, EXAMPLE)
    monkeypatch.setattr(lexicon_module, "default_lexicon_path", lambda: path)
    loaded = load_default_lexicon()
    assert loaded is not None
    assert loaded.apply("Peskov") == "PYES-kov"
