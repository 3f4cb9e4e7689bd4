"""Bench rows past one process (issue 14): the offline build on every core (`--jobs`), and a
`--batch` round trip through the test server's files and batches endpoints, interrupted and resumed.

    .venv/bin/python -m bench.run --only jobs --only batch [--big]   # --big adds 10,000 articles
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from tests.openai_server import FakeOpenAI

from bench.synthetic import write_corpus

BRIEFING = [sys.executable, "-m", "briefing.cli"]


TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _tree(root: int) -> dict[int, float]:
    """`root` and every process under it (Linux /proc), each with the CPU seconds it has used."""
    parents: dict[int, int] = {}
    cpu: dict[int, float] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                parents[int(entry.name)] = int(fields[1])
                cpu[int(entry.name)] = (int(fields[11]) + int(fields[12])) / TICKS  # utime + stime
            except (OSError, ValueError, IndexError):
                continue
    tree, frontier = {root}, [root]
    while frontier:
        parent = frontier.pop()
        children = [pid for pid, ppid in parents.items() if ppid == parent and pid not in tree]
        tree.update(children)
        frontier.extend(children)
    return {pid: cpu.get(pid, 0.0) for pid in tree}


def _rss_kb(pids: Iterable[int]) -> int:
    """Resident memory of these processes, in KB."""
    total = 0
    for pid in pids:
        try:
            status = Path(f"/proc/{pid}/status").read_text()
        except OSError:
            continue
        match = re.search(r"^VmRSS:\s+(\d+) kB", status, re.MULTILINE)
        total += int(match.group(1)) if match else 0
    return total


@dataclass
class Run:
    """One command's wall seconds, peak resident memory (KB, the process and everything under it,
    sampled every 50 ms), and CPU seconds: its own, and the processes under it (`--jobs` workers
    and their forkserver) together, as last sampled (each may miss its last 50 ms); and how much
    of its own it spent alongside theirs (from the sample before theirs first grew to the one
    where it last did)."""

    seconds: float
    peak_kb: int
    parent_cpu: float
    children_cpu: float
    finished: subprocess.CompletedProcess[str]
    parent_cpu_alongside: float = 0.0


def timed_run(command: list[str], env: dict[str, str]) -> Run:
    """Run one command, measured (see `Run`)."""
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = 0
    cpu: dict[int, float] = {}
    done = threading.Event()

    children_before = parent_before = 0.0
    alongside: list[float] = []  # the main process's CPU when the others' first and last grew

    def sample() -> None:
        nonlocal peak, children_before, parent_before
        while not done.is_set():
            tree = _tree(process.pid)
            for pid, seconds in tree.items():  # (a process that has ended reads 0)
                cpu[pid] = max(cpu.get(pid, 0.0), seconds)
            peak = max(peak, _rss_kb(tree))
            parent, children = cpu.get(process.pid, 0.0), sum(v for k, v in cpu.items() if k != process.pid)
            if children > children_before:
                alongside[:] = [alongside[0] if alongside else parent_before, parent]
            children_before, parent_before = children, parent
            done.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stdout, stderr = process.communicate()
    elapsed = time.perf_counter() - started
    done.set()
    sampler.join()
    finished = subprocess.CompletedProcess(command, process.returncode, stdout, stderr)
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}):\n{stderr[-2000:]}")
    parent_cpu = cpu.pop(process.pid, 0.0)
    shared = alongside[1] - alongside[0] if alongside else 0.0
    return Run(elapsed, peak, parent_cpu, sum(cpu.values()), finished, shared)


def cores() -> int:
    from briefing.pipeline import default_jobs

    return default_jobs()


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"load {one:.1f}/{five:.1f} on {os.cpu_count()} cores"


# The order of the builds compared: --jobs 1, --jobs N, --jobs N, --jobs 1 (ABBA). This machine's
# speed drifts by a third within minutes (the same build's CPU seconds change with it), and one
# build of each, one after the other, carried that drift into the speed-up (1.50x to 1.84x for the
# same tree, last session). Summing each side over a symmetric order cancels a steady drift.
BUILD_ORDER = ("one", "many", "many", "one")


def bench_jobs(work: Path, quick: bool, big: bool) -> list[tuple[str, str, str, bool | None]]:
    """Offline builds at --jobs 1 and --jobs = cores: time, speed-up, peak RSS; same output; and
    `briefing extract` alone at both (articles per second of extraction). The 1,000-article
    extractions, then builds, run twice each in `BUILD_ORDER`; each speed-up is of their sums."""
    rows: list[tuple[str, str, str, bool | None]] = []
    counts = (200,) if quick else (1000, 10000) if big else (1000,)
    jobs = cores()
    for count in counts:
        corpus = write_corpus(work / f"jobs{count}", count)
        sides = {"one": 1, "many": jobs}
        order = BUILD_ORDER if count == 1000 else BUILD_ORDER[:2]
        builds: dict[int, list[Run]] = {1: [], jobs: []}
        extracts: dict[int, list[Run]] = {1: [], jobs: []}
        outputs: dict[int, bytes] = {}
        loads: dict[int, list[str]] = {1: [], jobs: []}
        extract_loads: dict[int, list[str]] = {1: [], jobs: []}
        for number in (sides[side] for side in order):
            extract = [*BRIEFING, "extract", str(corpus), "--backend", "extractive", "--jobs", str(number)]
            extract_loads[number].append(load())
            extracts[number].append(timed_run(extract, dict(os.environ)))
        for number in (sides[side] for side in order):
            out = work / f"jobs{count}-out{number}"
            build = [*BRIEFING, "build", str(corpus), "--backend", "extractive", "--format", "json"]
            build += ["--jobs", str(number), "--out", str(out)]
            loads[number].append(load())
            builds[number].append(timed_run(build, dict(os.environ)))
            outputs[number] = extracts[number][-1].finished.stdout.encode() + b"".join(
                p.read_bytes() for p in sorted(out.iterdir())
            )
        for number in (1, jobs):
            rows.append(
                (
                    f"offline, {count} seed-sized articles, --jobs {number}",
                    "; ".join(
                        f"build {built.seconds:.1f} s = {count / built.seconds:.0f} articles/s, "
                        f"peak RSS {built.peak_kb / 1024:.0f} MB (all processes), {_cpu(built)} ({before})"
                        for built, before in zip(builds[number], loads[number], strict=True)
                    ),
                    "",
                    None,
                )
            )
        extract_speed_up = sum(e.seconds for e in extracts[1]) / sum(e.seconds for e in extracts[jobs])
        sequence = ", ".join(str(sides[side]) for side in order)
        rows.append(
            (
                f"offline, {count} articles: `briefing extract` alone, --jobs 1 and {jobs} (articles/s)",
                "; ".join(
                    f"--jobs {number}: "
                    + ", ".join(
                        f"{count / run.seconds:.0f} articles/s ({run.seconds:.1f} s, {_cpu(run)}; {before})"
                        for run, before in zip(extracts[number], extract_loads[number], strict=True)
                    )
                    for number in (1, jobs)
                )
                + f"; {extract_speed_up:.2f}x (in the order {sequence}: the sums)",
                "",
                None,
            )
        )
        one, many = sum(b.seconds for b in builds[1]), sum(b.seconds for b in builds[jobs])
        speed_up = one / many
        # each --jobs 1 build against the --jobs N build next to it
        pairs = zip(builds[1], builds[jobs], strict=True)
        each = ", ".join(f"{a.seconds / b.seconds:.2f}x" for a, b in pairs)
        judged = count == 1000 and jobs >= 2
        rows.append(
            (
                f"offline, {count} articles: --jobs {jobs} against --jobs 1 (articles/s)",
                f"build {speed_up:.2f}x (builds in the order {sequence}: "
                f"the sums; each pair {each}), extract {extract_speed_up:.2f}x; "
                f"facts and briefing identical: {outputs[1] == outputs[jobs]}",
                ">= 1.7x (build) on 2 cores, identical" if judged else "identical",
                (speed_up >= 1.7 if judged else True) and outputs[1] == outputs[jobs],
            )
        )
        first_one, first_many = builds[1][0], builds[jobs][0]
        extract_one, extract_many = extracts[1][0], extracts[jobs][0]
        rows.append(
            (
                f"offline, {count} articles: --jobs {jobs} projected from CPU seconds (Amdahl)",
                f"build {_projected(first_one, first_many, jobs):.2f}x, "
                f"extract {_projected(extract_one, extract_many, jobs):.2f}x: --jobs 1's CPU seconds over "
                f"the --jobs {jobs} parent's (all counted serial) + the workers' / {jobs}",
                "what an idle machine would give, at least",
                None,
            )
        )
        rows.append(
            (
                f"offline, {count} articles: --jobs {jobs} projected, the parent's work alongside shared",
                f"build {_projected_shared(first_one, first_many, jobs):.2f}x, "
                f"extract {_projected_shared(extract_one, extract_many, jobs):.2f}x: --jobs 1's CPU "
                f"seconds over the --jobs {jobs} parent's before and after the workers' "
                f"({first_many.parent_cpu - first_many.parent_cpu_alongside:.1f} s in the build) + "
                f"the rest over {jobs} cores",
                "what an idle machine would give",
                None,
            )
        )
    return rows


def _cpu(run: Run) -> str:
    return f"CPU {run.parent_cpu:.1f} s (main process) + {run.children_cpu:.1f} s (workers, forkserver)"


def _projected(one: Run, many: Run, jobs: int) -> float:
    """The speed-up an idle machine would give, from CPU seconds: `--jobs 1` takes all its CPU
    seconds; `--jobs N` takes its main process's (counted as serial, though part of it overlaps the
    workers) plus the workers' spread over N cores. Contention inflates both sides alike."""
    return (one.parent_cpu + one.children_cpu) / (many.parent_cpu + many.children_cpu / jobs)


def _projected_shared(one: Run, many: Run, jobs: int) -> float:
    """As `_projected`, but the main process's CPU spent while the workers' grew (reading the
    articles, the composition's imports and per-article work, the results) shares the cores
    with theirs: only what it spends before and after them is serial."""
    alongside = min(many.parent_cpu_alongside, many.parent_cpu)
    shared = max(alongside, (many.children_cpu + alongside) / jobs)
    return (one.parent_cpu + one.children_cpu) / (many.parent_cpu - alongside + shared)


def bench_batch(work: Path, quick: bool) -> list[tuple[str, str, str, bool | None]]:
    """A --batch build of 1,000 articles through the test server: killed while its batch runs,
    then run again, which must resume the same batch and pay for no article twice."""
    count = 200 if quick else 1000
    corpus = write_corpus(work / f"batch{count}", count, seed=5)
    with FakeOpenAI() as server:
        server.hold_batches = True
        server.batch_steps = 1  # answered at the first poll once let go
        env = dict(os.environ)
        env.update(
            OPENAI_BASE_URL=server.url,
            OPENAI_API_KEY="bench-not-a-secret",
            BRIEFING_MODEL="fake",
            BRIEFING_CACHE_DIR=str(work / "batch-cache"),
            BRIEFING_BATCH_POLL_SECONDS="0.2",
        )
        command = [
            *BRIEFING,
            "build",
            str(corpus),
            "--batch",
            "--format",
            "json",
            "--out",
            str(work / "batch-out"),
        ]
        started = time.perf_counter()
        first = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        while not any(batch.status == "in_progress" for batch in server.batches.values()):
            if first.poll() is not None:
                raise SystemExit(f"the --batch build ended early:\n{first.communicate()[1][-2000:]}")
            time.sleep(0.05)
        submitted = time.perf_counter() - started
        first.send_signal(signal.SIGTERM)
        first.communicate()
        server.hold_batches = False
        resumed = timed_run(command, env)
        elapsed, second = resumed.seconds, resumed.finished
        (batch,) = server.batches.values()
        completed_at = batch.completed_at or 0.0
        ended = time.monotonic()
        lines = server.batch_lines()
        per_article = Counter(request.article for request in server.article_requests() if request.article)
        duplicates = sum(times - 1 for times in per_article.values())
        uploads = sum(1 for r in server.requests if r.method == "POST" and r.path.endswith("/files"))
        report = second.stderr.strip().splitlines()[-1]
        tokens = re.search(r"(\d+) prompt \+ (\d+) completion tokens", report)
        prompt, completion = (int(tokens.group(1)), int(tokens.group(2))) if tokens else (0, 0)
        return [
            (
                f"--batch build, {count} articles: submit (defer, upload, create)",
                f"{submitted:.1f} s to a batch in progress; {server.batch_count()} batch, {uploads} file(s) "
                f"uploaded, {len(lines)} batch requests, {len(server.interactive_requests())} interactive "
                f"({len(server.key_point_requests())} for key points)",
                "1 batch, 1 request/article",
                server.batch_count() == 1 and len(lines) == count,
            ),
            (
                f"--batch build, {count} articles: killed while in progress, run again",
                f"rerun {elapsed:.1f} s; collected and built {ended - completed_at:.1f} s after the batch "
                f"completed; {duplicates} duplicate requests",
                "0 duplicates",
                duplicates == 0,
            ),
            (
                f"--batch build, {count} articles: tokens (server's chars/4 estimate)",
                f"{prompt / count:.0f} prompt + {completion / count:.0f} completion tokens per article "
                f"({prompt} + {completion} in all)",
                "",
                None,
            ),
        ]
