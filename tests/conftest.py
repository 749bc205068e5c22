"""Shared fixtures: the seed, a recording fake engine, an ALSA device that captures to a file."""

from __future__ import annotations

import math
import os
import struct
import wave
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import settings

# On CI the property tests draw the same examples every run: a failure there is one anyone can
# reproduce, not a draw that passes on the next try. Locally they keep exploring new examples.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "reuters-atacms-crimea.txt"


@pytest.fixture
def seed() -> Path:
    return SEED


def seed_articles(folder: Path, count: int, heading: str = "Bulletin number") -> list[Path]:
    """`count` articles in the new `folder`: the seed's body under titles of their own
    ("<heading> 0", "<heading> 1"...), so each is narrated into a folder of its own."""
    folder.mkdir()
    body = SEED.read_text(encoding="utf-8").split("\n", 1)[1]
    paths = []
    for number in range(count):
        path = folder / f"article-{number}.txt"
        path.write_text(f"{heading} {number}\n{body}", encoding="utf-8")
        paths.append(path)
    return paths


# Short news stories of plain paragraphs, for the readers' hand-written pages.
FERRY_STORY = [
    "The ferry company published its new winter fares on Monday, after a month of talks with "
    "the island council about the cost of the crossing for residents and their cars.",
    "Residents will pay less than visitors on every route, and the council said it would "
    "review the fares again in the spring once the new boat has entered service.",
    "Visitors who book online at least a day before they travel will get a small discount, "
    "which the company hopes will spread the crowds over the whole of the week.",
    "The new boat is due in March, a year late, after the yard that built it ran into "
    "trouble with its engines and had to send them back to the maker twice.",
]

HARBOUR_STORY = [
    "The council met on Tuesday evening to discuss the new harbour plan, which has divided the "
    "town for most of the year and filled the letters page every week since March.",
    "Members voted by seven to four to send the plan back for another round of public "
    "consultation in the autumn, after a long debate about the cost of the sea wall.",
    "The harbour master said the delay would cost the fishing fleet another winter of repairs, "
    "but that the town had to agree on a plan that it could afford to maintain.",
    "A new version of the plan is expected before Christmas, with a smaller marina and a "
    "public walkway along the north quay that was left out of the first draft.",
]


@dataclass
class FakeSynthesizer:
    """A stand-in engine with the whole `Synthesizer` protocol (`tests/synthesis/test_protocol.py`
    holds it to it): it records what it was asked and makes a tone as long as the text, in memory
    (`samples`) as espeak-ng started by narrator does, so the pipeline takes the real engine's
    path; with `in_memory=False` it is an engine that can only `save`.

    It makes 16 kHz audio on purpose, so code that assumes the engine's 22050 Hz shows up.
    """

    frame_rate: int = 16000
    seconds_per_char: float = 0.01
    name: str = "fake"
    saved: list[str] = field(default_factory=list)
    """Every text made into speech, by `samples` or `save`, in order."""
    spoken: list[str] = field(default_factory=list)
    """Every text said through the speakers."""
    calls: list[tuple[str, str]] = field(default_factory=list)
    """Every request, as (method, text)."""
    in_memory: bool = True

    @property
    def engine_id(self) -> str:
        return self.name

    def speak(self, text: str) -> None:
        self.calls.append(("speak", text))
        self.spoken.append(text)

    def save(self, text: str, path: Path) -> None:
        self.calls.append(("save", text))
        self.saved.append(text)
        with wave.open(str(path), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(self.frame_rate)
            out.writeframes(self._tone(text))

    def samples(self, text: str) -> tuple[int, bytes] | None:
        self.calls.append(("samples", text))
        if not self.in_memory:
            return None
        self.saved.append(text)
        return self.frame_rate, self._tone(text)

    def _tone(self, text: str) -> bytes:
        frames = round(len(text) * self.seconds_per_char * self.frame_rate)
        return b"".join(struct.pack("<h", int(8000 * math.sin(i / 5))) for i in range(frames))


@pytest.fixture
def fake_engine() -> FakeSynthesizer:
    return FakeSynthesizer()


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The test's own chunk cache (every test has one: see `private_user_folders`)."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("NARRATOR_CACHE_DIR", str(folder))
    return folder


@dataclass(frozen=True)
class CaptureDevice:
    """ALSA's default device pointed at a file: every `aplay` appends its raw PCM to `played`."""

    config_path: str
    played: Path

    def played_bytes(self) -> int:
        return self.played.stat().st_size if self.played.exists() else 0


@pytest.fixture
def capture_device(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[CaptureDevice]:
    played = tmp_path / "played.raw"
    conf = tmp_path / "capture.conf"
    conf.write_text(
        f'pcm.!default {{ type file; slave.pcm "null"; file "|cat >> {played}"; format "raw" }}\n'
    )
    config_path = f"/usr/share/alsa/alsa.conf:{conf}"
    monkeypatch.setenv("ALSA_CONFIG_PATH", config_path)
    yield CaptureDevice(config_path, played)


@pytest.fixture
def no_audio_device(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """ALSA's default device pointed at a sound card that does not exist."""
    conf = tmp_path / "nodevice.conf"
    conf.write_text("pcm.!default { type hw; card 57 }\n")
    config_path = f"/usr/share/alsa/alsa.conf:{conf}"
    monkeypatch.setenv("ALSA_CONFIG_PATH", config_path)
    return config_path


_USER_FOLDERS = (
    "XDG_CONFIG_HOME",
    "XDG_CACHE_HOME",
    "XDG_STATE_HOME",
    "XDG_DATA_HOME",
    "NARRATOR_CACHE_DIR",
    "NARRATOR_CONFIG_DIR",
    "NARRATOR_STATE_DIR",
)


def _point_user_folders_at(home: Path, patch: pytest.MonkeyPatch) -> None:
    for variable in _USER_FOLDERS:
        patch.setenv(variable, str(home / variable.lower()))


@pytest.fixture(autouse=True, scope="session")
def private_session_folders(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """No test, not even a module-scoped fixture, touches the real user's folders."""
    with pytest.MonkeyPatch.context() as patch:
        _point_user_folders_at(tmp_path_factory.mktemp("session-home"), patch)
        yield


@pytest.fixture(autouse=True)
def private_user_folders(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each test gets its own empty config, cache and state folders."""
    _point_user_folders_at(tmp_path_factory.mktemp("home"), monkeypatch)


def process_running(pid: int) -> bool:
    """Whether the process is alive (not gone, nor a zombie waiting to be reaped)."""
    try:
        status = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    return status.rsplit(")", 1)[1].split()[0] != "Z"


def children_of(pid: int) -> list[int]:
    """The processes `pid` has started (Linux)."""
    return [int(child) for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]


def wait_until(condition: object, timeout_s: float = 10.0) -> bool:
    """Whether `condition()` became true within `timeout_s`, asked every 20 ms."""
    import time

    assert callable(condition)
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True
