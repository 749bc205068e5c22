"""The plan's spoken text: what the engine receives is plain words, lexicon first."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

from click.testing import CliRunner

from narrator.cli import main

SEED = Path(__file__).resolve().parents[2] / "seeds" / "reuters-atacms-crimea.txt"
ABBREVIATION_WITH_PERIOD = re.compile(r"\b(?:[A-Za-z]\.){2,}|\b(?:Mr|Mrs|Dr|Gov|Lt|Col|St)\.")


def _plan(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["plan", *args])
    return result.exit_code, result.output


def test_seed_spoken_forms_are_plain_words() -> None:
    code, output = _plan("--json", str(SEED))
    assert code == 0
    chunks = json.loads(output)["chunks"]
    for chunk in chunks:
        assert not re.search(r"[0-9$%]", chunk["spoken"]), chunk["spoken"]
        assert not ABBREVIATION_WITH_PERIOD.search(chunk["spoken"]), chunk["spoken"]
    said = " ".join(c["spoken"] for c in chunks)
    assert "nineteen sixty-two Cuban Missile Crisis" in said
    assert "injured one hundred fifty-one" in said
    assert "one hundred eighty-six miles, three hundred kilometers" in said
    assert "words on June sixth" in said


def test_plan_text_shows_the_spoken_form_under_a_chunk() -> None:
    code, output = _plan(str(SEED))
    assert code == 0
    assert "\n  spoken: The war in Ukraine has triggered the biggest confrontation" in output


def test_lexicon_from_the_command_line(tmp_path: Path) -> None:
    lexicon = tmp_path / "lexicon.toml"
    lexicon.write_text('ATACMS = "attack-ums"\nPeskov = "PYES-kov"\n')
    code, output = _plan("--json", "--lexicon", str(lexicon), str(SEED))
    assert code == 0
    said = " ".join(c["spoken"] for c in json.loads(output)["chunks"])
    assert "ATACMS" not in said
    assert said.count("attack-ums") == 3
    assert "spokesman Dmitry PYES-kov told" in said


def test_default_lexicon_in_the_user_config_folder(tmp_path: Path) -> None:
    from narrator.spoken.lexicon import default_lexicon_path

    path = default_lexicon_path()
    assert path.parent == Path(os.environ["NARRATOR_CONFIG_DIR"])  # the suite's private one
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('Sevastopol = "Sevas-TOH-pol"\n')
    code, output = _plan("--json", str(SEED))
    assert code == 0
    assert "Sevas-TOH-pol" in output


def test_broken_lexicon_names_the_line(tmp_path: Path) -> None:
    lexicon = tmp_path / "lexicon.toml"
    lexicon.write_text('ATACMS = "attack-ums"\nPeskov = 3\n')
    code, output = _plan("--lexicon", str(lexicon), str(SEED))
    assert code == 1
    assert output.startswith(f"Error: {lexicon}:2: ")
    assert len(output.splitlines()) == 1


def test_missing_lexicon_is_a_usage_error(tmp_path: Path) -> None:
    code, output = _plan("--lexicon", str(tmp_path / "none.toml"), str(SEED))
    assert code == 2
    assert "does not exist" in output.splitlines()[-1]
