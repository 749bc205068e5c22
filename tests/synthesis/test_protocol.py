"""The Synthesizer protocol: the test fake and the pyttsx3 engine both have all of it, and the
pipeline takes the real engine's path through the fake."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest
from conftest import FakeSynthesizer

from narrator.models import NarrationConfig
from narrator.pipeline import plan, synthesize
from narrator.synthesis import Pyttsx3Synthesizer, Synthesizer

TEXT = "The wall was built in 1820. It is being rebuilt.\n\nThe work takes three years.\n"


def _members(cls: type) -> dict[str, object]:
    """The protocol's attributes, methods and properties, as `cls` itself defines them."""
    names = set(Synthesizer.__annotations__) | {
        name for name in vars(Synthesizer) if not name.startswith("_")
    }
    return {name: inspect.getattr_static(cls, name, None) for name in sorted(names)}


def _parameters(member: object) -> list[str]:
    if isinstance(member, property):
        return ["property"]
    return list(inspect.signature(member).parameters) if callable(member) else []


def test_the_protocol_holds_everything_the_pipeline_asks_of_an_engine() -> None:
    assert set(_members(Synthesizer)) == {"name", "engine_id", "speak", "save", "samples"}


@pytest.mark.parametrize("engine", [FakeSynthesizer, Pyttsx3Synthesizer])
def test_an_engine_has_the_whole_protocol(engine: type) -> None:
    """Each method is the engine's own (none left to the protocol's empty body), with the
    protocol's parameters."""
    expected = _members(Synthesizer)
    for name, member in _members(engine).items():
        if name == "name":
            continue  # an instance attribute of the pyttsx3 engine
        assert member is not None, name
        assert member is not expected[name], name
        assert _parameters(member) == _parameters(expected[name]), name


def test_the_fake_is_a_synthesizer() -> None:
    assert isinstance(FakeSynthesizer(), Synthesizer)


def test_the_pipeline_makes_speech_in_memory_as_with_the_real_engine(tmp_path: Path) -> None:
    article = tmp_path / "wall.txt"
    article.write_text(TEXT)
    config = NarrationConfig(use_cache=False)
    narration = plan(str(article), config)
    fake = FakeSynthesizer()
    clips = list(synthesize(narration, config, fake))
    spoken = [chunk.spoken for chunk in narration.chunks]
    assert fake.calls == [("samples", text) for text in spoken]
    assert fake.saved == spoken
    assert [clip.format.frame_rate for clip in clips] == [fake.frame_rate] * len(spoken)


def test_an_engine_without_speech_in_memory_saves_files(tmp_path: Path) -> None:
    article = tmp_path / "wall.txt"
    article.write_text(TEXT)
    config = NarrationConfig(use_cache=False)
    narration = plan(str(article), config)
    fake = FakeSynthesizer(in_memory=False)
    in_files = list(synthesize(narration, config, fake))
    in_memory = list(synthesize(narration, config, FakeSynthesizer()))
    spoken = [chunk.spoken for chunk in narration.chunks]
    assert fake.calls == [call for text in spoken for call in (("samples", text), ("save", text))]
    assert [clip.frames for clip in in_files] == [clip.frames for clip in in_memory]
