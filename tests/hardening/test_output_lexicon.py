"""Issue 20, item 14: a lexicon is loaded in linear time, its patterns cannot hang a save or
say their text between every two letters, and a malformed one is a one-line error."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from narrator.cli import main
from narrator.errors import NarratorError
from narrator.spoken.lexicon import load_lexicon


def plan(tmp_path: Path, lexicon: str, text: str = "Hello world.\n") -> tuple[int, str]:
    (tmp_path / "lexicon.toml").write_text(lexicon, encoding="utf-8")
    (tmp_path / "article.txt").write_text(f"Title\n\n{text}", encoding="utf-8")
    result = CliRunner().invoke(
        main, ["plan", str(tmp_path / "article.txt"), "--lexicon", str(tmp_path / "lexicon.toml")]
    )
    return result.exit_code, result.output


@pytest.mark.timeout(60)  # a hang guard, 30 times the time it takes: 27 s when quadratic
def test_ten_thousand_words_load_and_apply(tmp_path: Path) -> None:
    # Quadratic before: every word's line was looked for from the top (27 s for 10,000);
    # pytest's timeout (see pyproject) fails the test if it comes back.
    words = "".join(f'word{n} = "said {n}"\n' for n in range(10_000))
    code, output = plan(tmp_path, words, "Say word9999 and word1.\n")
    assert code == 0, output
    assert "Say said 9999 and said 1." in output


def test_a_catastrophic_pattern_stops_with_a_message(tmp_path: Path) -> None:
    lexicon = '[[regex]]\npattern = "(a|aa)+$"\nsay = "x"\n'
    code, output = plan(tmp_path, lexicon, "a" * 3000 + "!\n")
    assert code == 1
    assert "the lexicon pattern '(a|aa)+$' took more than 1 s on one chunk" in output
    assert "simplify it" in output
    assert "Traceback" not in output


@pytest.mark.parametrize("pattern", ["x*", "(?:)", "\\\\b", "a?"])
def test_a_pattern_that_matches_nothing_is_refused(tmp_path: Path, pattern: str) -> None:
    code, output = plan(tmp_path, f'[[regex]]\npattern = "{pattern}"\nsay = "oops"\n')
    assert code == 1
    assert ":2: the pattern" in output
    assert "matches the empty string" in output


def test_a_lookahead_that_matches_nothing_inserts_nothing(tmp_path: Path) -> None:
    code, output = plan(tmp_path, '[[regex]]\npattern = "(?=word)"\nsay = "oops"\n', "a word\n")
    assert code == 0, output
    assert "oops" not in output


@pytest.mark.parametrize("value", ["[1]", '["x"]', "[[1, 2]]"])
def test_regex_holding_no_table_is_a_lexicon_error(tmp_path: Path, value: str) -> None:
    code, output = plan(tmp_path, f"regex = {value}\n")
    assert code == 1
    assert "lexicon.toml:1: 'regex' holds" in output
    assert "write [[regex]] above each" in output
    assert len(output.strip().splitlines()) == 1


_KEYS = st.sampled_from(["pattern", "say", "ignore_case", "regex", "word", "x y", "ü"])
_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_KEYS, inner, max_size=3),
    max_leaves=8,
)


def _toml(value: object) -> str:
    import json

    if value is None:
        return '""'
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "[" + ", ".join(_toml(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(k)} = {_toml(v)}" for k, v in value.items()) + "}"
    return json.dumps(value)


@settings(
    max_examples=150, deadline=2000, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    document=st.dictionaries(_KEYS, _VALUES, max_size=4),
    raw=st.text(max_size=60),
    text=st.text(max_size=80),
)
def test_fuzzed_lexicons_only_raise_narrator_errors(
    tmp_path: Path, document: dict[str, object], raw: str, text: str
) -> None:
    path = tmp_path / "fuzz.toml"
    for source in ("".join(f"{_toml_key(k)} = {_toml(v)}\n" for k, v in document.items()), raw):
        path.write_text(source, encoding="utf-8", errors="surrogatepass")
        try:
            lexicon = load_lexicon(path)
            lexicon.apply(text)
        except NarratorError as error:
            assert str(error).startswith(str(path))
        except UnicodeEncodeError:
            pass  # a lone surrogate cannot even be written to the file


def _toml_key(key: str) -> str:
    import json

    return json.dumps(key)
