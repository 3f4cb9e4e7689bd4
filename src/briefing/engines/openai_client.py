"""The openai engine's connection: the `openai` client wrapped by `instructor`, one per engine.

Kept apart from `openai_engine` so that those two heavy libraries are imported only when a
request is about to be sent: a build whose articles all come from the cache never loads them.
"""

from __future__ import annotations

import importlib
import ipaddress
import json
import logging
import threading
import time
import weakref
from typing import Any, TypeVar
from urllib.parse import urlsplit

import instructor
import openai
from instructor.core import InstructorError, ResponseParsingError
from pydantic import BaseModel, ValidationError
from tenacity import Retrying, retry_if_exception, stop_after_attempt

from briefing.engines.llm_extract import ChunkRequest
from briefing.engines.llm_schema import FactsResponse, request_context
from briefing.engines.openai_replay import DEFERRED_HEADER, ReplayTransport, RequestDeferred
from briefing.errors import EngineError
from briefing.models import DroppedFact, Usage
from briefing.redact import public_url, scrub

MAX_REASKS = 3  # validation re-asks per request: malformed JSON, schema errors, ungrounded facts

M = TypeVar("M", bound=BaseModel)

MODES = {
    "tools": instructor.Mode.TOOLS,
    "json_schema": instructor.Mode.JSON_SCHEMA,
    "json": instructor.Mode.JSON,
    "md_json": instructor.Mode.MD_JSON,
}

# instructor logs every failed attempt at ERROR level; with no handler configured Python would
# print those to stderr. The engine reports failures itself.
logging.getLogger("instructor").addHandler(logging.NullHandler())
logging.getLogger("instructor").propagate = False


class NoValidAnswer(Exception):
    """The model never gave an answer that passed validation, re-asks included."""


class StructuredClient:
    """Sends structured requests (an article chunk's facts, a briefing's key points) with
    instructor's bounded re-asks, and counts every HTTP request and token into the calling
    thread's `Usage`. Thread-safe."""

    def __init__(
        self,
        *,
        model: str,
        base_url: str | None,
        api_key: str,
        mode: str,
        mode_given: bool,
        timeout: float,
        max_retries: int,
        replay: bool = False,
    ) -> None:
        self.model = model
        self.base_url = base_url
        self._secret = api_key
        self._mode = MODES[mode]
        self._mode_given = mode_given
        self._local = threading.local()
        self.fatal: EngineError | None = None
        options = _plain_loopback_options(base_url)
        http_client = openai.DefaultHttpxClient(
            event_hooks={"request": [self._count_request]},
            transport=_deadline_transport(timeout, verify=options.pop("verify", True)),
            **options,
        )
        self.replay: ReplayTransport | None = None
        if replay:  # --batch: answers collected from batches are served to the same code path
            # httpx has no public way to wrap the transport a client made itself
            self.replay = ReplayTransport(http_client._transport)
            http_client._transport = self.replay
        client = openai.OpenAI(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
        )
        self._openai = client
        self._clients: dict[instructor.Mode, Any] = {}
        self._clients_lock = threading.Lock()
        self._schemas: dict[type[BaseModel], type[BaseModel]] = {}
        self._instructor(self._mode)  # the usual mode now; a fallback mode when first needed
        self._close = weakref.finalize(self, http_client.close)  # its sockets go with the client

    @property
    def api(self) -> openai.OpenAI:
        """The plain client, for the files and batches endpoints."""
        return self._openai

    def close(self) -> None:
        self._close()

    def _instructor(self, mode: instructor.Mode) -> Any:
        with self._clients_lock:
            if mode not in self._clients:
                wrapped = instructor.from_openai(self._openai, mode=mode)
                wrapped.on("completion:response", self._count_tokens)
                self._clients[mode] = wrapped
            return self._clients[mode]

    def _schema(self, model: type[M]) -> type[M]:
        """`model` as instructor's `OpenAISchema`, made once per model. Given a plain model,
        instructor makes that subclass anew for every request, and with it the JSON schema (its
        schema cache is keyed by the class): about 15 ms of CPU a request, measured."""
        with self._clients_lock:
            if model not in self._schemas:
                self._schemas[model] = instructor.openai_schema(model)
            return self._schemas[model]  # type: ignore[return-value]

    def ask(self, request: ChunkRequest, usage: Usage) -> DroppedFact | None:
        """Send one request (and its re-asks); the grounded facts land in `request.state`.

        Returns a drop when the model never gave a valid answer: that is a result (cached, so a
        rerun does not ask again), while a transport failure raises `EngineError` (not cached).
        """
        try:
            self.structured(request.messages, FactsResponse, {"grounding": request.state}, usage)
        except NoValidAnswer:
            if request.state.kept:
                return None  # re-asks spent on malformed answers after some facts were grounded: keep those
            return DroppedFact(reason="no valid answer from the model")  # nothing the model said is kept
        return None

    def structured(
        self,
        messages: list[dict[str, str]],
        response_model: type[M],
        context: dict[str, Any],
        usage: Usage,
        reasks: int = MAX_REASKS,
        model: str | None = None,
    ) -> M:
        """Ask `model` (the client's own when None) for `response_model`, validated with `context` as
        validation context, re-asking on validation errors at most `reasks` times; every request and
        token is counted into `usage`.

        Raises `EngineError` on a transport failure (after the client's retries) and
        `NoValidAnswer` when the re-asks are spent without a valid answer.
        """
        if self.fatal is not None:
            raise self.fatal
        self._local.usage = usage
        sent_before = usage.requests
        try:
            with request_context(context):
                return self._create(messages, response_model, reasks, model or self.model)
        except (InstructorError, openai.OpenAIError) as error:
            if _deferred(error):
                raise RequestDeferred from None
            if _transport_failure(error):
                raise self._engine_error(error) from None
            raise NoValidAnswer(str(error)) from error
        finally:
            usage.retries += max(0, usage.requests - sent_before - 1)
            self._local.usage = None

    def _create(self, messages: list[dict[str, str]], response_model: type[M], reasks: int, model: str) -> M:
        while True:
            mode = self._mode
            try:
                answer: M = self._instructor(mode).chat.completions.create(
                    model=model,
                    messages=messages,
                    response_model=self._schema(response_model),
                    max_retries=self._reasks(mode, reasks),
                )
                return answer
            except (InstructorError, openai.OpenAIError) as error:
                if not self._falls_back(mode, error):
                    raise

    def _reasks(self, mode: instructor.Mode, reasks: int) -> Retrying:
        """Re-ask on malformed or ungrounded answers, at most `reasks` times; but an answer with no
        tool call, from a server we may switch away from tools for, is not worth re-asking."""
        may_fall_back = mode is instructor.Mode.TOOLS and not self._mode_given

        def worth_reasking(error: BaseException) -> bool:
            if may_fall_back and _no_tool_call(error):
                return False
            return isinstance(error, ValidationError | json.JSONDecodeError | ResponseParsingError)

        return Retrying(
            stop=stop_after_attempt(reasks + 1), retry=retry_if_exception(worth_reasking), reraise=True
        )

    def _falls_back(self, mode: instructor.Mode, error: BaseException) -> bool:
        """A server that ignores or refuses tools gets the schema in the prompt (md_json) instead,
        for the rest of the run, unless --mode asked for tools."""
        if mode is not instructor.Mode.TOOLS or self._mode_given:
            return False
        cause = _root_cause(error)
        refused = isinstance(cause, openai.BadRequestError) and "tool" in _message(cause).lower()
        if not (refused or _no_tool_call(error)):
            return False
        self._mode = instructor.Mode.MD_JSON
        return True

    def _count_request(self, _request: Any) -> None:
        usage = getattr(self._local, "usage", None)
        if usage is not None:
            usage.requests += 1

    def _count_tokens(self, response: Any) -> None:
        usage = getattr(self._local, "usage", None)
        counted = getattr(response, "usage", None)
        if usage is not None and counted is not None:
            usage.prompt_tokens += int(getattr(counted, "prompt_tokens", 0) or 0)
            usage.completion_tokens += int(getattr(counted, "completion_tokens", 0) or 0)

    # --- errors that say what to do -------------------------------------------------------------

    def _scrub(self, text: str) -> str:
        if len(self._secret) >= 6:
            text = text.replace(self._secret, "***")
        text = scrub(text)
        return text if len(text) <= 300 else text[:299] + "…"

    def _engine_error(self, error: BaseException) -> EngineError:
        cause = _root_cause(error)
        where = public_url(self.base_url) if self.base_url else "api.openai.com"
        if isinstance(cause, openai.AuthenticationError | openai.PermissionDeniedError):
            self.fatal = EngineError(
                f"{where} refused the API key (HTTP {cause.status_code})",
                "check OPENAI_API_KEY (a local server usually needs none)",
            )
            return self.fatal
        if isinstance(cause, openai.NotFoundError):
            self.fatal = EngineError(
                f"{where} has no model {self.model!r} or no chat completions endpoint (HTTP 404)",
                "check --model, and that --base-url ends where /chat/completions starts (usually /v1)",
            )
            return self.fatal
        if isinstance(cause, openai.APITimeoutError):
            return EngineError(
                f"no answer from {where} within the timeout, after retries", "retry later or raise --timeout"
            )
        if isinstance(cause, openai.APIConnectionError):
            self.fatal = EngineError(
                f"cannot reach {where}", "check --base-url and that the server is running"
            )
            return self.fatal
        if isinstance(cause, openai.BadRequestError):
            return EngineError(
                f"{where} rejected the request (HTTP 400): {self._scrub(_message(cause))}",
                "if the server does not support this structured-output mode, try --mode json_schema, "
                "--mode json or --mode md_json",
            )
        if isinstance(cause, openai.APIStatusError):
            return EngineError(
                f"{where} kept failing (HTTP {cause.status_code}) after retries: "
                + self._scrub(_message(cause)),
                "retry later; finished articles are cached",
            )
        return EngineError(f"{type(cause).__name__}: {self._scrub(_message(cause))}")


def _http_library() -> Any:
    """The HTTP library the openai client is built on (httpx, or httpx2 in newer releases)."""
    return importlib.import_module(openai.DefaultHttpxClient.__mro__[1].__module__.split(".")[0])


def _deadline_transport(total: float, verify: Any) -> Any:
    """A transport on which `--timeout` bounds a whole answer, not one read: the client's own
    timeout restarts with every byte, so a server dripping a byte every 0.2 s held an article
    for minutes under `--timeout 3`. A body still arriving `total` seconds after the request
    went out is abandoned as a read timeout (then retried, like any timeout)."""
    http = _http_library()

    class DeadlineStream(http.SyncByteStream):  # type: ignore[name-defined]
        def __init__(self, inner: Any, deadline: float) -> None:
            self._inner = inner
            self._deadline = deadline

        def __iter__(self) -> Any:
            for chunk in self._inner:
                if time.monotonic() > self._deadline:
                    raise http.ReadTimeout(f"no whole answer within {total:g} s")
                yield chunk

        def close(self) -> None:
            self._inner.close()

    class DeadlineTransport(http.HTTPTransport):  # type: ignore[name-defined]
        def handle_request(self, request: Any) -> Any:
            deadline = time.monotonic() + total
            response = super().handle_request(request)
            response.stream = DeadlineStream(response.stream, deadline)
            return response

    limits = http.Limits(max_connections=1000, max_keepalive_connections=100, keepalive_expiry=5.0)
    return DeadlineTransport(verify=verify, limits=limits)


def _plain_loopback_options(base_url: str | None) -> dict[str, Any]:
    """For a server on this machine over plain HTTP (Ollama, llama-server, vLLM on localhost), no
    TLS context: loading the CA bundle costs 0.2 s of a cold start, and no TLS can happen there.
    Redirects are not followed either, so that stays true."""
    if base_url is None:
        return {}
    parts = urlsplit(base_url)
    if parts.scheme != "http" or parts.hostname is None:
        return {}
    host = parts.hostname
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    return {"verify": False, "follow_redirects": False} if loopback else {}


def _root_cause(error: BaseException) -> BaseException:
    """instructor wraps the client's exceptions; find the client's one when there is one."""
    for seen in _chain(error):
        if isinstance(seen, openai.OpenAIError):
            return seen
    return error


def _no_tool_call(error: BaseException) -> bool:
    """The answer carried no tool call (a server that ignores `tool_choice`)."""
    return any(
        isinstance(seen, ResponseParsingError) and "no tool call" in str(seen).lower()
        for seen in _chain(error)
    )


def _chain(error: BaseException) -> list[BaseException]:
    chain: list[BaseException] = []
    seen: BaseException | None = error
    while seen is not None and seen not in chain:
        chain.append(seen)
        seen = seen.__cause__ or seen.__context__
    return chain


def _deferred(error: BaseException) -> bool:
    """The request was recorded for a batch, not sent (see `openai_replay`)."""
    cause = _root_cause(error)
    return isinstance(cause, openai.APIStatusError) and DEFERRED_HEADER in cause.response.headers


def _transport_failure(error: BaseException) -> bool:
    return isinstance(_root_cause(error), openai.OpenAIError)


def _message(error: BaseException) -> str:
    text = " ".join(str(error).split())
    return text or type(error).__name__
