"""`--verify`: one more request per article in which the model judges each kept fact; facts judged
unsupported are dropped and counted; the verdicts are cached with the extraction."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from briefing.cli import app
from cli_runs import build_seeds
from replay_model import ReplayModel

runner = CliRunner()
# Numbers, names and negation all in the quote: only a reader of its meaning can refuse it.
MISREAD = (
    "The call will continue the dialogue begun on 12 February, when the two leaders held talks "
    "for the first time in three years."
)


def test_verify_drops_what_the_model_judges_unsupported_and_a_rebuild_asks_nothing(workdir: Path) -> None:
    with ReplayModel(doubts=(MISREAD,)) as model:
        result = build_seeds(model, "--lang", "en", "--format", "md", "--verify", timeout=30)
        assert result.exit_code == 0, result.output
        assert len(model.verify_requests()) == 5  # one per article
        assert len(model.article_requests()) == 5
        listing = "\n".join(r.claims or "" for r in model.verify_requests())
        assert 'attribution: "ha spiegato Rutte"' in listing  # the judge sees who said it
        assert "1 dropped" in result.stderr
        markdown = Path(result.stdout.split()[0]).read_text("utf-8")
        assert MISREAD not in markdown
        model.reset()
        again = build_seeds(model, "--lang", "en", "--format", "md", "--verify", timeout=30)
        assert again.exit_code == 0, again.output
        assert model.chat_count() == 0


def test_verify_model_names_the_judge_and_enters_the_cache_key(workdir: Path) -> None:
    with ReplayModel() as model:
        plain = build_seeds(model, "--lang", "en", "--format", "md", timeout=30)
        assert plain.exit_code == 0, plain.output
        assert model.verify_requests() == []
        model.reset()
        judged = build_seeds(model, "--lang", "en", "--format", "md", "--verify-model", "judge", timeout=30)
        assert judged.exit_code == 0, judged.output
        assert {r.body["model"] for r in model.verify_requests() if r.body} == {"judge"}
        assert len(model.article_requests()) == 5  # a different identity: extracted (and judged) anew


def test_verify_needs_an_llm_engine(workdir: Path) -> None:
    result = runner.invoke(app, ["build", "seeds/", "--out", "out", "--backend", "extractive", "--verify"])
    assert result.exit_code != 0
    assert "--verify" in result.output and "openai" in result.output
