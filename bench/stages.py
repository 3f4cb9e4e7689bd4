"""Where a large offline build spends its CPU: ingest, extract, compose and each renderer, one
stage after the other in one process (issue 13's 1,000-article four-format build).

    .venv/bin/python -m bench.stages                       # 1,000 seed-sized articles, CPU per stage
    .venv/bin/python -m bench.stages --count 200 --profile /tmp/prof   # + a cProfile file per stage
    .venv/bin/python -m bench.run --only stages            # the same as rows of the bench's table

It runs the same steps as `briefing build --backend extractive --jobs 1 --format md,json,html,pdf`
(the cache left out, so every article is extracted), and counts CPU time (user + system of this
process), not wall time: on a shared machine the wall clock measures the neighbours too. The
libraries that composing and rendering load (`imports`) are a stage of their own: a build loads
them while its articles are extracted (in worker processes with `--jobs`).
"""

from __future__ import annotations

import argparse
import cProfile
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from bench.synthetic import write_corpus

T = TypeVar("T")

FORMATS = ("md", "json", "html", "pdf")


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@dataclass
class Stages:
    """CPU seconds per stage, in the order they ran, and the process's peak RSS after each."""

    profile_dir: Path | None = None
    cpu: dict[str, float] = field(default_factory=dict)
    rss: dict[str, float] = field(default_factory=dict)

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        profiler = cProfile.Profile() if self.profile_dir else None
        started = cpu_seconds()
        if profiler:
            profiler.enable()
        try:
            yield
        finally:
            if profiler:
                profiler.disable()
            self.cpu[name] = cpu_seconds() - started
            self.rss[name] = peak_rss_mb()
            if profiler and self.profile_dir:
                self.profile_dir.mkdir(parents=True, exist_ok=True)
                profiler.dump_stats(self.profile_dir / f"{name}.prof")

    def run(self, name: str, step: Callable[[], T]) -> T:
        with self.stage(name):
            return step()

    def lines(self) -> list[str]:
        rows = {**self.cpu, "total": sum(self.cpu.values())}
        peaks = {**self.rss, "total": max(self.rss.values())}
        return [f"{name:<12} {cpu:7.2f} s CPU   peak RSS {peaks[name]:5.0f} MB" for name, cpu in rows.items()]


def build_in_stages(corpus: Path, out: Path, stages: Stages, formats: tuple[str, ...] = FORMATS) -> None:
    """`briefing build corpus --jobs 1 --format …` with no cache, one stage at a time."""
    from briefing import paper
    from briefing.build import _import_composition, select_window
    from briefing.compose import ComposeOptions, compose, default_as_of
    from briefing.engines import EngineConfig, make_extractor
    from briefing.engines.keypoint_writer import make_key_writer
    from briefing.pipeline import Corpus, RunReport, extract, ingest
    from briefing.render import RENDERERS, write_together

    report = RunReport()
    engine = make_extractor(EngineConfig(backend="extractive"))
    articles = stages.run("ingest", lambda: ingest([str(corpus)], report, detect_languages=False))
    stages.run("imports", lambda: _import_composition(pdf="pdf" in formats))
    facts = stages.run("extract", lambda: extract(articles, engine, None, report, jobs=1))
    chosen, kept = select_window(Corpus(articles=articles, facts=facts, report=report), None, None)
    as_of = default_as_of(chosen, kept)
    assert as_of is not None
    options = ComposeOptions(as_of=as_of, language="en", engine="extractive")
    writer = make_key_writer(engine, None, report.usage, lambda _line: None)
    briefing = stages.run("compose", lambda: compose(chosen, kept, options, report.skipped, writer))
    rendered: dict[Path, str | bytes] = {}
    # A long PDF is laid out in two processes at once (`briefing.paper`); here it is laid out in
    # one piece, so that all of its CPU is counted in this process's stage.
    paper.CITATIONS_TO_SPLIT = sys.maxsize
    for fmt in formats:
        with stages.stage(f"render {fmt}"):
            rendered[out / f"briefing.{fmt}"] = RENDERERS[fmt](briefing)
    stages.run("write", lambda: write_together(rendered))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--count", type=int, default=1000, help="seed-sized articles (default 1,000)")
    parser.add_argument("--seed", type=int, default=13, help="the corpus's seed (the offline row's: 13)")
    parser.add_argument("--profile", type=Path, help="write a cProfile file per stage into this folder")
    parser.add_argument("--keep", type=Path, help="write the briefing here (default: a temporary folder)")
    parser.add_argument("--json", action="store_true", help="one JSON object: CPU and peak RSS per stage")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="briefing-stages-") as temporary:
        work = Path(temporary)
        corpus = write_corpus(work / "corpus", options.count, seed=options.seed)
        out = options.keep or work / "out"
        stages = Stages(profile_dir=options.profile)
        started = time.perf_counter()
        build_in_stages(corpus, out, stages)
        wall = time.perf_counter() - started
    if options.json:
        print(json.dumps({"cpu": stages.cpu, "rss": stages.rss, "wall": wall}))
        return
    print(f"{options.count} seed-sized articles, --jobs 1, {','.join(FORMATS)} (wall {wall:.1f} s)")
    print("\n".join(stages.lines()))
    sys.stdout.flush()


def bench_stages(quick: bool) -> list[tuple[str, str, str, bool | None]]:
    """Rows for `bench.run`: the CPU of each stage of a 1,000-article four-format build (in a
    fresh process, so that imports and peak memory are the build's own)."""
    count = 200 if quick else 1000
    command = [sys.executable, "-m", "bench.stages", "--count", str(count), "--json"]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"bench.stages failed:\n{done.stderr[-2000:]}")
    measured = json.loads(done.stdout.splitlines()[-1])
    cpu: dict[str, float] = measured["cpu"]
    after = sum(seconds for stage, seconds in cpu.items() if stage not in ("ingest", "imports", "extract"))
    return [
        (
            f"offline build in stages, {count} articles, --jobs 1, md,json,html,pdf (CPU s)",
            ", ".join(f"{stage} {seconds:.2f}" for stage, seconds in cpu.items())
            + f"; total {sum(cpu.values()):.1f} s, peak RSS {max(measured['rss'].values()):.0f} MB",
            "",
            None,
        ),
        (
            f"offline build in stages, {count} articles: compose + render + write after extraction",
            f"{after:.2f} s CPU, on one core whatever --jobs",
            "",
            None,
        ),
    ]


if __name__ == "__main__":
    main()
