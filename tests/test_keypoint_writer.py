"""Key points written by the LLM of the openai engine, through the real HTTP client against the
local fake server (`openai_server.FakeOpenAI`): each point cites fact ids from its prompt; an
unknown id, a number no cited quote holds or a missing id is asked again and then dropped; with
nothing valid the salience key points stand in; the answer is cached; a failing server never
fails the build."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from briefing.cli import app
from briefing.compose import KeyPointRequest, SalienceKeyPoints
from briefing.engines import EngineConfig, make_extractor
from briefing.engines.keypoint_writer import (
    KEYPOINT_REASKS,
    KeyPointState,
    LLMKeyPoints,
    PointDraft,
    key_point_messages,
    make_key_writer,
)
from briefing.engines.openai_engine import OpenAIEngine
from briefing.models import Evidence, Fact, PartialDate, Usage
from cli_runs import build_seeds
from openai_server import KEY_POINT_PREFIX, PLANTED_TEXTS, FakeOpenAI, RecordedRequest

runner = CliRunner()


def build(server: FakeOpenAI, *args: str) -> Result:
    return build_seeds(server, *args, timeout=2)


def briefing_json(workdir: Path) -> dict[str, Any]:
    (path,) = (workdir / "out").glob("*.json")
    data: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return data


def key_points(data: dict[str, Any]) -> list[dict[str, Any]]:
    (section,) = [s for s in data["sections"] if s["key"] == "key_points"]
    statements: list[dict[str, Any]] = section["statements"]
    return statements


def listing(request: RecordedRequest) -> dict[str, tuple[str, list[str]]]:
    """The facts a key-points prompt listed: id -> (statement, quotes)."""
    assert request.facts is not None
    listed: dict[str, tuple[str, list[str]]] = {}
    for block in re.split(r"\n(?=\[F\d+\] )", request.facts.strip()):
        head, *rest = block.splitlines()
        fid, statement = re.fullmatch(r"\[(F\d+)\] (.*)", head).groups()  # type: ignore[union-attr]
        quotes = [line.strip()[len('quote: "') : -1] for line in rest if line.strip().startswith("quote:")]
        listed[fid] = (statement, quotes)
    return listed


def last_user_message(request: RecordedRequest) -> str:
    assert request.body is not None
    return " ".join(str(m.get("content")) for m in request.body["messages"][2:])


def one_line(text: str) -> str:
    return " ".join(text.split())


def assert_no_planted_text(workdir: Path) -> None:
    for written in (workdir / "out").iterdir():
        text = written.read_text("utf-8")
        assert not [planted for planted in PLANTED_TEXTS if planted in text], written.name


def assert_checks(workdir: Path) -> None:
    (path,) = (workdir / "out").glob("*.json")
    checked = runner.invoke(app, ["check", str(path)])
    assert checked.exit_code == 0, checked.output


# --- through the CLI ----------------------------------------------------------------------------


def test_the_model_writes_the_key_points_and_each_cites_the_evidence_of_its_facts(
    server: FakeOpenAI, workdir: Path
) -> None:
    result = build(server)
    assert result.exit_code == 0, result.output
    (request,) = server.key_point_requests()
    listed = listing(request)
    data = briefing_json(workdir)
    written = [s for s in key_points(data) if s["text"].startswith(KEY_POINT_PREFIX)]
    # The fake model writes one point per fact F1, F2, F3, the third resting on F3 and F4 as well.
    assert [s["text"] for s in written] == [KEY_POINT_PREFIX + listed[f][0] for f in ("F1", "F2", "F3")]
    for statement, cited in zip(written, (["F1"], ["F2"], ["F3", "F4"]), strict=True):
        quotes = {one_line(data["citations"][c]["quote"]) for c in statement["citations"]}
        expected = {q for fid in cited for q in listed[fid][1]}
        assert quotes == expected, statement["text"]
    assert "6 requests" in result.output  # five articles and one key-points request, all counted
    assert_checks(workdir)


def test_an_invalid_point_is_asked_again_and_dropped_when_still_invalid(
    server: FakeOpenAI, workdir: Path
) -> None:
    server.script_key_points("bad_points", "bad_points")
    result = build(server, "--format", "md,html,json")
    assert result.exit_code == 0, result.output
    _, second = server.key_point_requests()
    reask = last_user_message(second)
    assert "F999" in reask and "4321" in reask and "cites no fact id" in reask
    texts = [s["text"] for s in key_points(briefing_json(workdir))]
    assert len([t for t in texts if t.startswith(KEY_POINT_PREFIX)]) == 3
    assert "dropped 3" in result.output
    assert_no_planted_text(workdir)
    assert_checks(workdir)


def test_a_re_ask_that_fixes_the_points_keeps_them(server: FakeOpenAI, workdir: Path) -> None:
    server.script_key_points("bad_points")  # the re-ask is answered well
    result = build(server)
    assert result.exit_code == 0, result.output
    assert len(server.key_point_requests()) == 2
    texts = [s["text"] for s in key_points(briefing_json(workdir))]
    assert len([t for t in texts if t.startswith(KEY_POINT_PREFIX)]) == 3
    assert "key points: dropped" not in result.output
    assert_no_planted_text(workdir)


def test_with_every_point_invalid_the_salience_key_points_stand_in(server: FakeOpenAI, workdir: Path) -> None:
    server.script_key_points("all_bad", "all_bad")
    result = build(server, "--format", "md,html,json")
    assert result.exit_code == 0, result.output
    first, _ = server.key_point_requests()
    listed = listing(first)
    statements = key_points(briefing_json(workdir))
    assert statements and not [s for s in statements if s["text"].startswith(KEY_POINT_PREFIX)]
    assert one_line(statements[0]["text"]) == listed["F1"][0]  # the best-ranked fact, in its own words
    assert "using the most salient facts instead" in result.output
    assert_no_planted_text(workdir)
    assert_checks(workdir)


def test_an_answer_that_never_parses_costs_one_re_ask_then_the_salience_key_points_stand_in(
    server: FakeOpenAI, workdir: Path
) -> None:
    server.script_key_points("invalid", "invalid", "invalid", "invalid")
    result = build(server)
    assert result.exit_code == 0, result.output
    assert len(server.key_point_requests()) == 1 + KEYPOINT_REASKS == 2
    statements = key_points(briefing_json(workdir))
    assert statements and not [s for s in statements if s["text"].startswith(KEY_POINT_PREFIX)]
    assert "using the most salient facts instead" in result.output
    assert_checks(workdir)


def test_a_server_that_refuses_the_key_point_request_does_not_fail_the_build(
    server: FakeOpenAI, workdir: Path
) -> None:
    server.script_key_points("401")
    result = build(server)
    assert result.exit_code == 0, result.output
    assert "key points:" in result.output and "using the most salient facts instead" in result.output
    statements = key_points(briefing_json(workdir))
    assert statements and not [s for s in statements if s["text"].startswith(KEY_POINT_PREFIX)]
    assert_checks(workdir)


def test_a_warm_rebuild_sends_no_request_and_writes_the_same_key_points(
    server: FakeOpenAI, workdir: Path
) -> None:
    assert build(server).exit_code == 0
    before = key_points(briefing_json(workdir))
    server.reset()
    again = build(server)
    assert again.exit_code == 0, again.output
    assert server.chat_count() == 0
    assert "0 requests" in again.output
    assert key_points(briefing_json(workdir)) == before


def test_another_as_of_asks_for_key_points_again_but_extracts_nothing(
    server: FakeOpenAI, workdir: Path
) -> None:
    assert build(server).exit_code == 0
    server.reset()
    assert build(server, "--as-of", "2026-04-10").exit_code == 0
    assert (len(server.article_requests()), len(server.key_point_requests())) == (0, 1)
    (request,) = server.key_point_requests()
    assert request.body is not None and "2026-04-10" in request.body["messages"][1]["content"]


def test_the_key_points_are_written_in_the_briefing_language(server: FakeOpenAI, workdir: Path) -> None:
    assert build(server, "--lang", "it").exit_code == 0
    (request,) = server.key_point_requests()
    assert request.body is not None and "in Italian" in request.body["messages"][0]["content"]


@pytest.mark.parametrize("mode", ["json_schema", "md_json"])
def test_key_points_come_in_every_structured_output_mode(
    server: FakeOpenAI, workdir: Path, mode: str
) -> None:
    result = build(server, "--mode", mode)
    assert result.exit_code == 0, result.output
    (request,) = server.key_point_requests()
    assert request.body is not None and "tools" not in request.body
    texts = [s["text"] for s in key_points(briefing_json(workdir))]
    assert len([t for t in texts if t.startswith(KEY_POINT_PREFIX)]) == 3


def test_a_server_that_ignores_tools_gets_the_schema_in_the_prompt(workdir: Path) -> None:
    with FakeOpenAI(ignore_tools=True) as server:
        result = build(server, "--concurrency", "1")
        assert result.exit_code == 0, result.output
        requests = server.key_point_requests()
    assert requests[-1].body is not None and "tools" not in requests[-1].body
    texts = [s["text"] for s in key_points(briefing_json(workdir))]
    assert len([t for t in texts if t.startswith(KEY_POINT_PREFIX)]) == 3


def test_an_extractive_build_writes_salience_key_points(workdir: Path) -> None:
    writer = make_key_writer(make_extractor(EngineConfig(backend="extractive")), None, Usage(), print)
    assert isinstance(writer, SalienceKeyPoints)


def test_an_openai_build_writes_key_points_on_the_extraction_engine_s_connection() -> None:
    engine = make_extractor(EngineConfig(backend="openai", base_url="http://127.0.0.1:9/v1"))
    writer = make_key_writer(engine, None, Usage(), print)
    assert isinstance(writer, LLMKeyPoints) and writer.engine is engine


# --- the writer on its own ----------------------------------------------------------------------


def fact(fid: str, statement: str, quote: str, source: str = "a.txt") -> Fact:
    evidence = Evidence(source=source, start=0, end=len(quote), quote=quote, alignment="exact")
    return Fact(id=fid, kind="event", statement=statement, evidence=[evidence])


FACTS = [
    fact(
        "a-1",
        "Rutte will visit Washington from 8 to 12 April 2026.",
        "Rutte visiterà Washington dall'8 al 12 aprile 2026.",
    ),
    fact("b-3", "Rutte met Trump in Florida.", "Rutte ha incontrato Trump in Florida.", "b.txt"),
]


def writer_for(server: FakeOpenAI, said: list[str], usage: Usage, **options: object) -> LLMKeyPoints:
    config = EngineConfig.model_validate(
        {"backend": "openai", "base_url": server.url, "model": "fake", "timeout": 5.0, **options}
    )
    return LLMKeyPoints(OpenAIEngine(config), None, usage, said.append)


def test_a_server_error_after_retries_gives_the_salience_key_points(server: FakeOpenAI) -> None:
    server.script_key_points("500", "500")
    said: list[str] = []
    usage = Usage()
    request = KeyPointRequest(facts=FACTS, as_of=PartialDate(year=2026, month=4), limit=2)
    points = writer_for(server, said, usage, max_retries=1).write(request)
    assert points == SalienceKeyPoints().write(request)
    assert (usage.requests, usage.retries) == (2, 1)
    assert said and "HTTP 500" in said[0] and "most salient facts" in said[0]
    server.reset()
    server.script_key_points()  # the server is well again
    assert writer_for(server, said, Usage()).write(request)[0].text.startswith(KEY_POINT_PREFIX)
    assert server.chat_count() == 1  # a failure is not cached: the next build asks again


def test_the_prompt_lists_facts_under_short_ids_with_date_sources_and_quotes() -> None:
    request = KeyPointRequest(
        facts=FACTS, as_of=PartialDate(year=2026, month=4, day=3), language="it", limit=4
    )
    messages, by_short = key_point_messages(request)
    assert {k: f.id for k, f in by_short.items()} == {"F1": "a-1", "F2": "b-3"}
    system, user = messages[0]["content"], messages[1]["content"]
    assert "at most 4 key points in Italian" in system
    assert "2026-04-03" in user
    assert (
        '[F2] Rutte met Trump in Florida.\n  date: unknown; sources: 1\n  quote: "Rutte ha incontrato' in user
    )


def state() -> KeyPointState:
    return KeyPointState(facts={"F1": FACTS[0], "F2": FACTS[1]}, limit=5, reasks_left=0)


def test_fact_ids_are_read_leniently_and_kept_out_of_the_text() -> None:
    draft = PointDraft.model_validate({"text": "Rutte met Trump [F2].", "fact_ids": ["[f2]", 1]})
    assert (draft.text, draft.fact_ids) == ("Rutte met Trump.", ["F2", "F1"])
    assert PointDraft.model_validate({"text": "x", "fact_ids": "F1, F2"}).fact_ids == ["F1", "F2"]


def test_the_rules_each_point_must_pass() -> None:
    drafts = [
        PointDraft(text="Rutte goes to Washington on 8 April.", fact_ids=["F1"]),  # 8 is in the quote
        PointDraft(text="Rutte goes to Washington on 08 April 2026.", fact_ids=["F1"]),  # 08 is 8
        PointDraft(text="Rutte met Trump in Florida in 2024.", fact_ids=["F2"]),  # a year no quote holds
        PointDraft(text="Rutte met Trump.", fact_ids=["F7"]),
        PointDraft(text="Rutte met Trump.", fact_ids=[]),
    ]
    problems = state().problems(drafts)
    assert problems[:2] == [[], []]
    assert problems[2] == ["writes numbers that no cited quote contains: 2024"]
    assert problems[3] == ["cites fact ids that do not exist: F7"]
    assert "cites no fact id" in problems[4][0]


def test_a_review_with_a_re_ask_left_raises_naming_each_bad_point_then_keeps_the_good_ones() -> None:
    reviewing = state()
    reviewing.reasks_left = 1
    drafts = [
        PointDraft(text="Rutte met Trump in Florida.", fact_ids=["F2"]),
        PointDraft(text="Rutte met Trump 3 times.", fact_ids=["F2"]),
    ]
    with pytest.raises(ValueError, match=r'point 2 \("Rutte met Trump 3 times."\): writes numbers .*: 3'):
        reviewing.review(drafts)
    reviewing.review(drafts)  # no re-ask left: the bad point is dropped, the good one kept
    assert [(p.text, p.fact_ids) for p in reviewing.kept] == [("Rutte met Trump in Florida.", ["b-3"])]
    assert len(reviewing.dropped) == 1
