"""speak's early start of a Piper voice: once per config, on threads, errors at once."""

from __future__ import annotations

import os
import subprocess
import sys
import threading

import pytest
from piper_helpers import VOICE, needs_piper

from narrator.errors import EngineError
from narrator.models import NarrationConfig
from narrator.pipeline.engines import engine_warming, start_warming
from narrator.synthesis.piper_engine import (
    PiperSynthesizer,
    _loaded_voice,
    _version,
    threads_per_engine,
)


def test_espeak_starts_its_one_engine_early_and_once() -> None:
    threads = start_warming(NarrationConfig())
    assert [thread.name for thread in threads] == ["narrator-engine-start"]
    assert start_warming(NarrationConfig(rate_wpm=200)) == threads  # one engine per process
    for thread in threads:
        thread.join()


def test_an_unknown_piper_voice_is_refused_before_any_thread_starts() -> None:
    needs_piper()
    with pytest.raises(EngineError, match="no Piper voice 'xx_XX-none-low' is installed"):
        start_warming(NarrationConfig(engine="piper", voice="xx_XX-none-low"))


@pytest.mark.slow
def test_the_voice_is_loaded_once_and_ready_when_the_warming_ends() -> None:
    needs_piper()
    _loaded_voice.cache_clear()
    config = NarrationConfig(engine="piper", voice=VOICE, rate_wpm=176)
    threads = start_warming(config)
    assert [thread.name for thread in threads] == ["narrator-piper"]
    with engine_warming(config):
        assert start_warming(config) is threads  # the same threads: nothing loads twice
    assert not any(thread.is_alive() for thread in threads)
    assert _loaded_voice.cache_info().currsize == 1
    # The engine speak then makes uses that model: nothing more is loaded.
    assert PiperSynthesizer(VOICE, threads=threads_per_engine(1)).samples("Ready.") is not None
    assert _loaded_voice.cache_info().currsize == 1


@pytest.mark.slow
def test_a_voice_asked_for_on_two_threads_at_once_is_loaded_once() -> None:
    needs_piper()
    _loaded_voice.cache_clear()
    engines = [PiperSynthesizer(VOICE, threads=1) for _ in range(2)]
    threads = [threading.Thread(target=engine.load) for engine in engines]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert _loaded_voice.cache_info().misses == 1
    assert engines[0].frame_rate == engines[1].frame_rate == 22050


def test_the_early_start_imports_neither_the_jobs_nor_numpy_s_threads() -> None:
    needs_piper()
    script = (
        "import os, sys\n"
        "from narrator.models import NarrationConfig\n"
        "from narrator.pipeline.engines import start_warming\n"
        "jobs = 'narrator.pipeline.jobs' in sys.modules\n"
        f"threads = start_warming(NarrationConfig(engine='piper', voice='{VOICE}'))\n"
        "print(jobs, os.environ.get('OPENBLAS_NUM_THREADS'), [t.name for t in threads])\n"
        "for thread in threads: thread.join()\n"
    )
    environment = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    ran = subprocess.run(
        [sys.executable, "-c", script], env=environment, capture_output=True, text=True, check=True
    )
    assert ran.stdout.split("\n")[0] == "False 1 ['narrator-piper']"


def test_the_engine_versions_read_from_the_dist_info_folders_are_the_installed_ones() -> None:
    needs_piper()
    from importlib.metadata import version

    assert _version("piper-tts", "piper") == version("piper-tts")
    assert _version("onnxruntime", "onnxruntime") == version("onnxruntime")
    assert _version("no-such-engine", "no_such_engine") == "unknown"
