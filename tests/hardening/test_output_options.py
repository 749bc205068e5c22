"""Issue 20, items 11, 18 (preferences and lexicon files), 20, and a crafted manifest: every
float option refuses NaN and infinity, NarrationConfig checks what a library user passes, and
the files narrator reads are read whatever a user's editor did to them."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from narrator.cli import main, preferences
from narrator.cli.options import TABLE
from narrator.errors import ConfigError, NarratorError
from narrator.models import NarrationConfig

FLOAT_OPTIONS = sorted(name for name, option in TABLE.items() if option.kind == "float")


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "a.txt"
    path.write_text("Title\n\nHello there.\n", encoding="utf-8")
    return path


def test_there_are_float_options() -> None:
    assert {"pause_paragraph", "volume", "fetch_timeout"} <= set(FLOAT_OPTIONS)


@pytest.mark.parametrize("value", ["nan", "NaN", "inf", "-inf"])
@pytest.mark.parametrize("name", FLOAT_OPTIONS)
def test_every_float_option_refuses_nan_and_infinity(article: Path, name: str, value: str) -> None:
    flag = "--" + name.replace("_", "-")
    code, output = run("plan", "--json", str(article), flag, value)
    assert code == 2, output
    assert f"Invalid value for '{flag}'" in output
    assert "Traceback" not in output


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("max_true_peak_dbtp", math.inf),
        ("bitrate_kbps", math.inf),
        ("pause_paragraph_s", math.nan),
        ("volume", -math.inf),
        ("max_chunk_chars", -5),
    ],
)
def test_the_library_config_refuses_what_the_options_refuse(field: str, value: float) -> None:
    with pytest.raises(ConfigError, match=f"^{field} must be a number"):
        NarrationConfig(**{field: value})


@pytest.fixture
def config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "config"
    folder.mkdir()
    monkeypatch.setenv("NARRATOR_CONFIG_DIR", str(folder))
    return folder


def test_a_preferences_file_with_a_byte_order_mark_is_read(article: Path, config_dir: Path) -> None:
    (config_dir / "config.toml").write_bytes(b"\xef\xbb\xbfmax_chunk_chars = 40\n")
    code, output = run("plan", "--json", str(article))
    assert code == 0, output


def test_a_lexicon_with_a_byte_order_mark_is_read(article: Path, tmp_path: Path) -> None:
    lexicon = tmp_path / "lexicon.toml"
    lexicon.write_bytes(b'\xef\xbb\xbfHello = "howdy"\n')
    code, output = run("plan", str(article), "--lexicon", str(lexicon))
    assert code == 0, output
    assert "howdy there" in output


def test_a_missing_lexicon_in_the_preferences_blames_the_preference(
    article: Path, config_dir: Path
) -> None:
    (config_dir / "config.toml").write_text('rate = 180\nlexicon = "/missing/lexicon.toml"\n')
    code, output = run("plan", str(article))
    assert code == 1
    assert output == (
        f"Error: 'lexicon' in {config_dir / 'config.toml'}, line 2 is '/missing/lexicon.toml', "
        "which is not a file; fix the path there or remove the line\n"
    )


@pytest.mark.parametrize("value", ["nan", "inf", "-inf"])
def test_a_preference_of_nan_or_infinity_is_refused(
    article: Path, config_dir: Path, value: str
) -> None:
    (config_dir / "config.toml").write_text(f"pause_paragraph = {value}\n")
    code, output = run("plan", str(article))
    assert code == 1
    assert f"'pause_paragraph' in {config_dir / 'config.toml'}, line 1 must be" in output


_KEYS = st.sampled_from([*preferences.SPECS, "unknown", "lexicon", "rate"])
_SCALARS = (
    st.booleans()
    | st.integers(-(10**20), 10**20)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=20)
)


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return (
            "nan"
            if math.isnan(value)
            else {math.inf: "inf", -math.inf: "-inf"}.get(value, repr(value))
        )
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(item) for item in value) + "]"
    return json.dumps(value)


@settings(
    max_examples=200, deadline=2000, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    table=st.dictionaries(_KEYS, _SCALARS | st.lists(_SCALARS, max_size=3), max_size=4),
    raw=st.binary(max_size=80),
)
def test_fuzzed_preferences_only_raise_narrator_errors(
    tmp_path: Path, table: dict[str, object], raw: bytes
) -> None:
    path = tmp_path / "config.toml"
    documents = [
        "".join(
            f"{json.dumps(key)} = {_toml_value(value)}\n" for key, value in table.items()
        ).encode(),
        raw,
        b"\xef\xbb\xbf" + raw,
    ]
    for document in documents:
        path.write_bytes(document)
        try:
            loaded = preferences.load(path)
            preferences.effective(loaded)
        except NarratorError as error:
            assert str(path) in str(error)


def test_a_crafted_manifest_missing_a_key_is_made_again(article: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run("save", str(article), "-o", str(out))[0] == 0
    manifest_path = out / "title" / "manifest.json"
    for key in ("chunks", "source", "file", "duration_s"):
        manifest = json.loads(manifest_path.read_text())
        del manifest[key]
        manifest_path.write_text(json.dumps(manifest))
        code, output = run("save", str(article), "-o", str(out))
        assert code == 0, output
        assert key in json.loads(manifest_path.read_text())
