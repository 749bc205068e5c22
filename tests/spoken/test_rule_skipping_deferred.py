"""A language's rule modules imported when a text first needs them (narrator.spoken.deferred):
a second process imports none of them with the language, only those whose hints find
something, says what the first said, and still names the classes it read."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import narrator.spoken.en as english
from narrator.spoken import language_for, spoken
from narrator.spoken.deferred import Deferred, DeferredModule, deferring
from narrator.spoken.precompiled import Store
from narrator.spoken.rules import hint_form, hint_from

_TEXTS = [
    "Dr. Smith paid $3.5bn on Nov. 4, 2023 at 9:30 a.m. (about 12% of the budget).",
    "The U.S. Army's 1st Brigade fired 1,200 ATACMS; see www.example.com or call 555-0100.",
    "Xen. Anab. iv. 7 and World War II, 5-10 km, H2SO4, C# minor, e.g. the FBI.",
    "Nothing here but words.",
]

_SAY = """
import json, sys
from narrator.spoken import explain, language_for, spoken
language = language_for("en")
before = sorted(name for name in sys.modules if name.startswith("narrator.spoken.en."))
said = [spoken(text) for text in json.loads(sys.argv[1])]
after = sorted(name for name in sys.modules if name.startswith("narrator.spoken.en."))
classes = [reading.semiotic_class for reading in explain("It is from Lat. and Gk. roots.")]
print(json.dumps({"before": before, "after": after, "said": said, "classes": classes}))
"""


def _say(bytecode: Path, texts: list[str]) -> dict[str, list[object]]:
    env = {**os.environ, "PYTHONPYCACHEPREFIX": str(bytecode)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    done = subprocess.run(
        [sys.executable, "-c", _SAY, json.dumps(texts)], env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, list[object]] = json.loads(done.stdout)
    return result


@pytest.fixture(scope="module")
def two_processes(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, list[object]], ...]:
    """The texts read by two processes one after the other, with a bytecode folder of their own."""
    bytecode = tmp_path_factory.mktemp("bytecode")
    return _say(bytecode, _TEXTS), _say(bytecode, _TEXTS)


def test_a_second_process_imports_only_the_rule_modules_its_texts_need(
    two_processes: tuple[dict[str, list[object]], ...],
) -> None:
    first, second = two_processes
    deferred = {
        module.name for module in vars(english).values() if isinstance(module, DeferredModule)
    }
    assert deferred <= set(first["before"])  # the first process learns what the rules need
    assert not deferred & set(second["before"])
    assert "narrator.spoken.en.money" in second["after"]
    assert "narrator.spoken.en.flora" not in second["after"]


def test_a_second_process_says_and_explains_what_the_first_did(
    two_processes: tuple[dict[str, list[object]], ...],
) -> None:
    first, second = two_processes
    assert second["said"] == first["said"] == [spoken(text) for text in _TEXTS]
    assert second["classes"] == first["classes"]
    assert "languages" in second["classes"]  # a class the abbreviations' rule reads in turn


def test_each_deferred_module_is_bound_to_its_own_name() -> None:
    for name, value in vars(english).items():
        if isinstance(value, DeferredModule):
            assert value.name == f"narrator.spoken.en.{name}"
            assert isinstance(value.HINT, Deferred)


@pytest.mark.parametrize("code", ["en", "de", "es", "fr", "it", "pt", "ru"])
def test_every_hint_is_kept_as_data_and_made_again_alike(code: str) -> None:
    for rule in language_for(code).rules:
        if rule.hint is not None:
            form = hint_form(rule.hint)
            assert form is not None, rule.name
            assert hint_from(form) == rule.hint, rule.name


def test_a_changed_source_file_makes_the_kept_manifest_stale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    package = tmp_path / "spoken" / "xx"
    package.mkdir(parents=True)
    origin = package / "__init__.py"
    origin.write_text("")
    (package / "rule.py").write_text("A = 1\n")
    store = Store(None, "narrator.spoken.")
    with deferring("xx", str(origin), store) as manifest:
        manifest.learn(Deferred("xx.rule", "A"), "hint", ("pattern", ("a", 0)))
    with deferring("xx", str(origin), store) as manifest:
        assert manifest.known(Deferred("xx.rule", "A"), "hint") == ("pattern", ("a", 0))
    (package / "rule.py").write_text("A = 22\n")
    with deferring("xx", str(origin), store) as manifest:
        assert manifest.known(Deferred("xx.rule", "A"), "hint") is None
