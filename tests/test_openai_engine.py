"""The openai engine over the real HTTP path, against a local OpenAI-compatible server that the
tests start on 127.0.0.1 (`openai_server.FakeOpenAI`): retries, re-asks, grounding, chunking,
the cache, the CLI, and the API key that must never reach a file."""

from __future__ import annotations

import json
import shutil
import socket
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from briefing.cli import app
from briefing.engines import EngineConfig, make_extractor
from briefing.engines.openai_client import MAX_REASKS
from briefing.engines.openai_engine import OpenAIEngine
from briefing.errors import ConfigError, EngineError
from briefing.ingest import SourceFile, read_article
from briefing.models import Article, Extraction
from briefing.pipeline import RunReport, extract
from cli_runs import build_seeds
from openai_server import PLANTED_TEXTS, FakeOpenAI

SECRET = "sk-test-SECRET123"


@pytest.fixture
def article(seeds: Path) -> Article:
    name = "001_cfac6969a9721c82.txt"
    return read_article(SourceFile(f"seeds/{name}", seeds / name))


def engine_for(server: FakeOpenAI, **options: object) -> OpenAIEngine:
    config = EngineConfig.model_validate(
        {"backend": "openai", "base_url": server.url, "model": "fake", "timeout": 5.0, **options}
    )
    engine = make_extractor(config)
    assert isinstance(engine, OpenAIEngine)
    return engine


def assert_grounded(extraction: Extraction, article: Article) -> None:
    assert extraction.facts
    for fact in extraction.facts:
        for evidence in fact.evidence:
            assert article.text[evidence.start : evidence.end] == evidence.quote


def test_a_grounded_answer_becomes_facts_whose_spans_are_cut_from_the_article(
    server: FakeOpenAI, article: Article
) -> None:
    extraction = engine_for(server).extract(article)
    assert len(extraction.facts) == 3
    assert_grounded(extraction, article)
    assert extraction.usage.requests == 1
    assert extraction.usage.retries == 0
    assert extraction.usage.prompt_tokens > 0 and extraction.usage.completion_tokens > 0
    (request,) = server.chat_requests()
    assert request.body is not None
    assert request.body["model"] == "fake"
    assert request.body["tools"][0]["function"]["parameters"]["properties"]["facts"]  # the schema is sent


def test_an_article_with_template_braces_reaches_the_model_verbatim(
    server: FakeOpenAI, article: Article
) -> None:
    """instructor renders messages as Jinja templates when handed a validation context; the
    article must not be one: `{%` used to fail the request and `{{ name }}` to vanish from it."""
    braces = " Il portavoce ha scritto {% if %} nel comunicato, e poi {{ nome }} per errore."
    article = article.model_copy(update={"text": article.text + braces})
    extraction = engine_for(server).extract(article)
    assert_grounded(extraction, article)
    (request,) = server.chat_requests()
    assert request.article is not None and "{% if %} nel comunicato, e poi {{ nome }} per" in request.article


def test_a_rate_limit_is_retried_after_the_delay_the_server_asks_for(
    server: FakeOpenAI, article: Article
) -> None:
    server.retry_after = 0.3
    server.script("429")
    extraction = engine_for(server).extract(article)
    first, second = server.chat_requests()
    assert first.fault == "429" and second.fault == "ok"
    assert second.at - first.at >= 0.3
    assert (extraction.usage.requests, extraction.usage.retries) == (2, 1)
    assert_grounded(extraction, article)


def test_server_errors_and_a_hung_request_are_retried(server: FakeOpenAI, article: Article) -> None:
    server.hang_seconds = 10.0
    server.script("500", "hang")
    engine = engine_for(server, timeout=0.5)
    engine.client()
    started = time.monotonic()
    extraction = engine.extract(article)
    assert time.monotonic() - started < 6.0  # the hung request was abandoned at the timeout
    assert [r.fault for r in server.chat_requests()] == ["500", "hang", "ok"]
    assert (extraction.usage.requests, extraction.usage.retries) == (3, 2)
    assert_grounded(extraction, article)


@pytest.mark.parametrize("fault", ["truncated", "invalid", "broken_body", "no_tool"])
def test_a_malformed_answer_is_asked_again(server: FakeOpenAI, article: Article, fault: str) -> None:
    server.script(fault)
    extraction = engine_for(server).extract(article)
    assert [r.fault for r in server.chat_requests()] == [fault, "ok"]
    assert extraction.usage.retries == 1
    assert_grounded(extraction, article)


def test_the_reask_tells_the_model_what_was_wrong(server: FakeOpenAI, article: Article) -> None:
    server.script("truncated")
    engine_for(server).extract(article)
    first, second = server.chat_requests()
    assert first.body is not None and second.body is not None
    assert len(second.body["messages"]) > len(first.body["messages"])
    assert "Validation Error" in json.dumps(second.body["messages"][len(first.body["messages"]) :])


def test_an_answer_that_never_parses_skips_the_article_uncached_after_bounded_reasks(
    server: FakeOpenAI, article: Article, _private_cache: Path
) -> None:
    """No valid answer for any part of an article is not a result (issue 16): the article is
    skipped with what to check, and nothing is cached, so a rerun (a fixed --mode) asks again."""
    from briefing.cache import ExtractionCache

    server.script(*["truncated"] * 10)
    cache = ExtractionCache(_private_cache)
    engine = engine_for(server)
    report = RunReport()
    assert extract([article], engine, cache, report) == []
    assert server.chat_count() == MAX_REASKS + 1
    assert [s.source for s in report.skipped] == [article.source]
    assert "never answered with the structured JSON" in report.skipped[0].reason
    assert report.usage.requests == MAX_REASKS + 1  # the attempts are still counted
    assert len(cache) == 0
    cache.close()


def test_a_server_that_ignores_tools_gets_the_schema_in_the_prompt_from_then_on(
    server: FakeOpenAI, article: Article
) -> None:
    server.ignore_tools = True
    engine = engine_for(server)
    assert_grounded(engine.extract(article), article)
    assert_grounded(engine.extract(article), article)
    first, second, third = server.chat_requests()
    assert first.body is not None and "tools" in first.body  # answered without a tool call: no re-ask
    assert second.body is not None and "tools" not in second.body
    assert third.body is not None and "tools" not in third.body


def test_an_explicit_tools_mode_is_kept_and_re_asked(server: FakeOpenAI, article: Article) -> None:
    server.script("no_tool")
    extraction = engine_for(server, mode="tools").extract(article)
    assert_grounded(extraction, article)
    assert all(r.body is not None and "tools" in r.body for r in server.chat_requests())
    assert server.chat_count() == 2


def test_planted_quotes_are_sent_back_then_dropped_and_never_become_facts(
    server: FakeOpenAI, article: Article
) -> None:
    server.plant = True
    extraction = engine_for(server).extract(article)
    _first, second = server.chat_requests()  # one re-ask about the planted facts, then they are dropped
    assert second.body is not None
    reask = json.dumps(second.body["messages"][-1], ensure_ascii=False)
    assert "quote not found in the article" in reask
    assert "numbers not in the quote: 4321" in reask
    facts = json.dumps([fact.model_dump() for fact in extraction.facts], ensure_ascii=False)
    assert not [planted for planted in PLANTED_TEXTS if planted in facts]
    assert len(extraction.facts) == 3
    assert sorted(d.reason for d in extraction.dropped) == [
        "numbers not in the quote",
        "quote not found in the article",
    ]
    assert_grounded(extraction, article)


def test_an_answer_of_nothing_but_inventions_gives_no_facts(server: FakeOpenAI, article: Article) -> None:
    server.script("plant", "plant")
    extraction = engine_for(server).extract(article)
    assert extraction.facts == []
    assert len(extraction.dropped) == 2


@pytest.mark.parametrize(
    ("mode", "marker"),
    [
        ("tools", "tools"),
        ("json_schema", "json_schema"),
        ("json", "json_object"),
        ("md_json", None),
    ],
)
def test_every_mode_sends_the_schema_its_own_way(
    server: FakeOpenAI, article: Article, mode: str, marker: str | None
) -> None:
    extraction = engine_for(server, mode=mode).extract(article)
    assert_grounded(extraction, article)
    (request,) = server.chat_requests()
    assert request.body is not None
    body = json.dumps(request.body)
    if marker == "tools":
        assert "tools" in request.body and "response_format" not in request.body
    elif marker is not None:
        assert request.body["response_format"]["type"] == marker
    else:
        assert "tools" not in request.body and "response_format" not in request.body
        assert "json_schema" in body  # the schema rides in the system message


def test_an_unknown_mode_is_a_configuration_error(server: FakeOpenAI) -> None:
    with pytest.raises(ConfigError, match="--mode"):
        engine_for(server, mode="xml")


def test_a_long_article_is_split_and_its_offsets_map_back_to_the_whole_file(
    server: FakeOpenAI, article: Article
) -> None:
    paragraphs = [
        f"Nella seduta numero {i} il ministro ha parlato a lungo davanti ai deputati." for i in range(200)
    ]
    long_article = article.model_copy(update={"text": "\n\n".join(paragraphs)})
    engine = OpenAIEngine(EngineConfig(backend="openai", base_url=server.url, model="fake"), max_chars=5000)
    extraction = engine.extract(long_article)
    requests = server.chat_requests()
    assert len(requests) == 4  # 15,000 characters in chunks of at most 5,000 that overlap
    assert_grounded(extraction, long_article)
    starts = sorted(f.evidence[0].start for f in extraction.facts)
    assert starts[-1] > 10_000  # facts found in the last chunk point into the whole text
    statements = [fact.statement for fact in extraction.facts]
    assert len(statements) == len(set(statements))


def test_an_unreachable_server_fails_fast_for_every_article(article: Article) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = EngineConfig(backend="openai", base_url=f"http://127.0.0.1:{port}/v1", max_retries=0)
    engine = make_extractor(config)
    with pytest.raises(EngineError, match="cannot reach"):
        engine.extract(article)
    started = time.monotonic()
    with pytest.raises(EngineError, match="cannot reach"):
        engine.extract(article)
    assert time.monotonic() - started < 0.1


def test_the_identity_names_model_host_prompt_and_schema_but_no_secret(
    server: FakeOpenAI, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", SECRET)
    identity = engine_for(server).identity()
    assert identity.startswith("openai:fake@127.0.0.1;mode=auto;prompt=extract-3+")
    assert "schema=facts-2" in identity and "lang=en" in identity
    assert SECRET not in identity
    assert engine_for(server, model="other").identity() != identity
    assert engine_for(server, language="it").identity() != identity
    assert engine_for(server, mode="json").identity() != identity
    assert engine_for(server, timeout=1.0).identity() == identity


def test_no_key_and_no_server_is_a_configuration_error() -> None:
    with pytest.raises(ConfigError, match="OPENAI_API_KEY"):
        make_extractor(EngineConfig(backend="openai"))


def test_auto_picks_openai_only_when_an_endpoint_or_key_is_configured(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert EngineConfig(backend="auto").resolved_backend() == "extractive"
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")
    assert EngineConfig(backend="auto").resolved_backend() == "openai"
    assert make_extractor(EngineConfig(backend="auto")).name == "openai"


def test_requests_run_concurrently(server: FakeOpenAI, article: Article) -> None:

    server.gather = 8  # each request waits (up to 10 s) until eight are in flight together
    articles = [
        article.model_copy(
            update={"source": f"a{i}.txt", "sha256": f"{i:064x}", "text": article.text + " " * i}
        )
        for i in range(8)
    ]
    engine = engine_for(server)
    facts = extract(articles, engine, None, RunReport(), concurrency=8)
    assert len(facts) == 24
    assert server.peak_in_flight == 8  # nothing serialises the requests


def test_requests_beyond_the_concurrency_wait_their_turn(server: FakeOpenAI, article: Article) -> None:

    server.gather = 8
    server.gather_seconds = 0.5  # four never make eight: each waits this long, then is answered
    articles = [
        article.model_copy(
            update={"source": f"a{i}.txt", "sha256": f"{i:064x}", "text": article.text + " " * i}
        )
        for i in range(8)
    ]
    facts = extract(articles, engine_for(server), None, RunReport(), concurrency=4)
    assert len(facts) == 24
    assert server.peak_in_flight == 4


# --- the command line ---------------------------------------------------------------------------

runner = CliRunner()


def build(server: FakeOpenAI, *args: str) -> Result:
    return build_seeds(server, *args, timeout=1)


def test_a_build_through_faults_and_inventions_writes_only_verified_statements(
    server: FakeOpenAI, workdir: Path
) -> None:
    server.plant = True
    server.script("429", "500", "truncated")
    result = build(server, "--format", "md,html,json", "--concurrency", "3")
    assert result.exit_code == 0, result.output
    faults = [request.fault for request in server.chat_requests()]
    assert faults.count("429") == faults.count("500") == faults.count("truncated") == 5
    assert "retries" in result.output and "quote not found in the article" in result.output
    for written in (workdir / "out").iterdir():
        text = written.read_text("utf-8")
        assert not [planted for planted in PLANTED_TEXTS if planted in text], written.name
    (briefing_json,) = (workdir / "out").glob("*.json")
    data = json.loads(briefing_json.read_text("utf-8"))
    assert data["engine"] == "openai"
    assert data["citations"]
    checked = runner.invoke(app, ["check", str(briefing_json)])
    assert checked.exit_code == 0, checked.output


def test_a_second_build_over_unchanged_inputs_sends_no_request(server: FakeOpenAI, workdir: Path) -> None:
    assert build(server).exit_code == 0
    sent = server.chat_count()
    assert (len(server.article_requests()), len(server.key_point_requests())) == (5, 1)
    again = build(server)
    assert again.exit_code == 0, again.output
    assert server.chat_count() == sent
    assert "5 from cache" in again.output


def test_a_changed_article_or_model_re_extracts_only_what_changed(server: FakeOpenAI, workdir: Path) -> None:
    assert build(server).exit_code == 0
    changed = workdir / "seeds" / "002_b8096001e4abbe8a.txt"
    changed.write_text(changed.read_text("utf-8") + "\nUna riga aggiunta dopo la pubblicazione.\n", "utf-8")
    server.reset()
    assert build(server).exit_code == 0
    (request,) = server.article_requests()
    assert request.article is not None and "Una riga aggiunta" in request.article
    server.reset()
    assert build(server, "--model", "fake-2").exit_code == 0
    assert (len(server.article_requests()), len(server.key_point_requests())) == (5, 1)


def test_the_api_key_reaches_the_server_and_no_file(
    server: FakeOpenAI, workdir: Path, monkeypatch: pytest.MonkeyPatch, _private_cache: Path
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", SECRET)
    server.script("500")
    result = build(server, "--format", "md,html,json")
    assert result.exit_code == 0, result.output
    assert all(r.headers.get("authorization") == f"Bearer {SECRET}" for r in server.chat_requests())
    assert SECRET not in result.output
    for folder in (workdir, _private_cache):
        for path in folder.rglob("*"):
            if path.is_file():
                assert SECRET.encode() not in path.read_bytes(), path


def test_a_refused_key_stops_the_run_with_a_hint_and_without_the_key(
    server: FakeOpenAI, workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", SECRET)
    server.script("401")  # the server echoes the key in its error message, as some do
    result = runner.invoke(app, ["extract", "seeds/", "--base-url", server.url, "--concurrency", "1"])
    assert result.exit_code == 1
    assert "refused the API key (HTTP 401)" in result.output
    assert "OPENAI_API_KEY" in result.output
    assert SECRET not in result.output
    assert server.chat_count() == 1  # the first refusal stops the others


def test_a_server_that_keeps_failing_skips_the_article_with_the_reason(
    server: FakeOpenAI, article: Article
) -> None:
    server.script(*["500"] * 5)
    with pytest.raises(EngineError, match="HTTP 500"):
        engine_for(server, max_retries=1).extract(article)
    assert server.chat_count() == 2


def test_the_requests_an_article_failed_on_are_in_the_run_report(
    server: FakeOpenAI, article: Article
) -> None:
    server.script(*["500"] * 5)
    report = RunReport()
    assert extract([article], engine_for(server, max_retries=1), None, report) == []
    assert [skipped.source for skipped in report.skipped] == [article.source]
    assert report.usage.requests == server.chat_count() == 2


def test_editing_a_prompt_changes_the_identity_and_so_re_extracts(
    server: FakeOpenAI, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefing import prompt_templates

    before = engine_for(server).identity()
    edited = tmp_path / "prompts"
    shutil.copytree(prompt_templates.prompts_dir(), edited)
    system = edited / "extract_system.j2"
    system.write_text(system.read_text("utf-8") + "Be brief.\n", "utf-8")
    monkeypatch.setattr(prompt_templates, "prompts_dir", lambda: edited)
    prompt_templates.load_prompt.cache_clear()
    prompt_templates._environment.cache_clear()
    try:
        after = engine_for(server).identity()
    finally:
        prompt_templates.load_prompt.cache_clear()
        prompt_templates._environment.cache_clear()
    assert after != before
    assert after.split("prompt=")[1].startswith("extract-3+")  # same declared version, new text hash


@pytest.mark.parametrize(
    ("base_url", "plain_loopback"),
    [
        ("http://127.0.0.1:8000/v1", True),
        ("http://localhost:11434/v1", True),
        ("http://[::1]:8000/v1", True),
        ("https://127.0.0.1/v1", False),  # TLS asked for: verified
        ("http://gpu-box:8000/v1", False),  # another machine: verified if it redirects to https
        ("http://10.0.0.2/v1", False),
        (None, False),  # api.openai.com
    ],
)
def test_only_a_plain_http_server_on_this_machine_skips_tls_and_redirects(
    base_url: str | None, plain_loopback: bool
) -> None:
    from briefing.engines.openai_client import _plain_loopback_options

    expected = {"verify": False, "follow_redirects": False} if plain_loopback else {}
    assert _plain_loopback_options(base_url) == expected
