"""A long text stays linear and interruptible: one paragraph of megabytes is cut into windows
before the sentence splitter (whose time grows with the square of a paragraph's length), with
offsets still exact, and Ctrl-C or `kill` stops the build at once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefing.rules.sentences import split_article

LONG = 12_000  # characters: three of the windows the splitter is fed

SENTENCE = "Il ministro della Difesa ha annunciato oggi un aumento della spesa militare al due per cento. "


def test_a_long_paragraph_gives_the_same_sentences_as_short_ones_with_exact_offsets() -> None:
    repeats = LONG // len(SENTENCE) + 7
    text = "date 2025-03-04 Roma – " + SENTENCE * repeats
    found = split_article(text, "it").sentences
    assert len(found) == repeats  # no sentence was cut in two at a window's edge
    for sentence in found:
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.text.endswith("due per cento.")


def test_a_paragraph_without_any_space_or_full_stop_is_cut_without_losing_a_character() -> None:
    text = "parola" * (LONG // 6)  # 3 windows, no place to cut but the limit
    split = split_article(text, "it")
    spans = [(s.start, s.end) for s in split.sentences] + [(s.start, s.end) for s in split.skipped]
    assert all(text[start:end] for start, end in spans)
    assert all(0 <= start < end <= len(text) for start, end in spans)


@pytest.mark.parametrize(("sent", "status"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_ctrl_c_or_kill_stops_a_build_of_a_nineteen_megabyte_paragraph_at_once(
    tmp_path: Path, sent: signal.Signals, status: int
) -> None:
    (tmp_path / "news").mkdir()
    body = SENTENCE * (19_000_000 // len(SENTENCE))  # under the 20 MiB limit for one article
    (tmp_path / "news" / "long.txt").write_text("date 2025-03-04 Roma – " + body, "utf-8")
    command = [sys.executable, "-m", "briefing.cli", "build", "news", "--out", "out", "--format", "json"]
    process = subprocess.Popen(
        command, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=os.environ
    )
    try:
        # By then the article is being split (before: ignoring signals in sentencex for minutes;
        # now: a build of this size takes about 40 s on 2 busy cores, several times longer than this)
        time.sleep(7)
        assert process.poll() is None, "the build finished before it could be interrupted"
        process.send_signal(sent)
        _stdout, stderr = process.communicate(timeout=10)  # before: minutes, the signal ignored
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == status, stderr
    assert "interrupted" in stderr and "Traceback" not in stderr
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())
