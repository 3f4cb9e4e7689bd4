"""The command line (ARCHITECTURE.md, "Contract 2"): `briefing build`, `briefing extract`, `briefing check`.

Exit codes: 0 a briefing was written (skipped files named on stderr); 1 nothing usable or a fatal
error, with one line saying what and what to do; 2 usage. No traceback reaches a user unless
`--debug` asks for it. Heavy libraries are imported inside the commands, so `--help` is fast.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import os
import re
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar, cast

import typer

from briefing.collector import collect_less
from briefing.errors import BatchPending, BriefingError, ConfigError
from briefing.redact import scrub

app = typer.Typer(
    name="briefing",
    help="Dated policy briefings from news articles; every statement cites a verified quote.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

_state: dict[str, Any] = {"debug": False, "interrupted": False, "signal": signal.SIGINT}
F = TypeVar("F", bound=Callable[..., Any])


# Terminal escapes, other control characters and bidi overrides (from file names, server
# messages) are shown as their code, so a message cannot recolour, rewrite or reorder a terminal.
_UNPRINTABLE = re.compile(
    "[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)


def _say(message: str) -> None:
    """One message on stderr, with every registered secret (API key, credentials in a URL) masked."""
    shown = _UNPRINTABLE.sub(lambda found: f"<U+{ord(found.group()):04X}>", scrub(message))
    print(shown, file=sys.stderr, flush=True)


def _friendly(command: F) -> F:
    """Turn every failure into one clear line on stderr and exit 1 (130 on Ctrl-C)."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except (typer.Exit, typer.Abort, typer.BadParameter):
            raise  # usage errors: click prints them and exits 2
        except BatchPending as pending:  # --no-wait: submitted, to be collected by a rerun
            _say(f"{pending.message}\n  to collect: {pending.hint}")
            raise typer.Exit(0) from None
        except BriefingError as error:
            if _state["debug"]:
                raise
            _say(f"error: {error.message}" + (f"\n  what to do: {error.hint}" if error.hint else ""))
            raise typer.Exit(1) from None
        except BrokenPipeError:
            # Whoever read the output stopped (`briefing extract … | head`): stop quietly, as a
            # program killed by SIGPIPE would. What is left to flush goes nowhere.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise typer.Exit(128 + int(signal.SIGPIPE)) from None
        except KeyboardInterrupt:
            _state["interrupted"] = True
            _say(
                "interrupted: finished articles are saved in the cache; run the same command again to resume"
            )
            raise typer.Exit(128 + int(_state["signal"])) from None
        except Exception as error:
            if _state["debug"]:
                raise
            _say(
                f"error: unexpected {type(error).__name__}: {error}\n"
                "  what to do: run again with --debug for the details, and report it"
            )
            raise typer.Exit(1) from None

    return wrapper  # type: ignore[return-value]


@app.callback()
def _main(
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks on errors.")] = False,
) -> None:
    _state["debug"] = debug or os.environ.get("BRIEFING_DEBUG") == "1"
    if _state["debug"]:
        from briefing.redact import ScrubFilter

        logging.basicConfig(level=logging.DEBUG, format="%(levelname)s %(name)s: %(message)s")
        for handler in logging.getLogger().handlers:
            handler.addFilter(ScrubFilter())  # the key in a logged header, credentials in a URL


SourcesArgument = Annotated[
    list[str],
    typer.Argument(
        help="Article files or folders (folders: *.txt and *.md, recursively).", show_default=False
    ),
]
BackendOption = Annotated[
    str,
    typer.Option(
        "--backend",
        help="auto | extractive | openai | llama. auto picks openai when "
        "--base-url, OPENAI_BASE_URL or OPENAI_API_KEY is set, else extractive.",
    ),
]
ModelOption = Annotated[
    str | None,
    typer.Option(
        "--model",
        envvar="BRIEFING_MODEL",
        help="Model name (openai) or path to a .gguf file (llama). Env: BRIEFING_MODEL.",
    ),
]
BaseUrlOption = Annotated[
    str | None,
    typer.Option(
        "--base-url",
        help="OpenAI-compatible endpoint, e.g. http://localhost:11434/v1 (Ollama). Env: OPENAI_BASE_URL.",
    ),
]
ModeOption = Annotated[
    str | None,
    typer.Option(
        "--mode",
        help="instructor mode for the openai engine: tools | json_schema | "
        "json | md_json (default: picked per server).",
    ),
]
TimeoutOption = Annotated[
    float,
    typer.Option("--timeout", min=0.1, help="Seconds to wait for one answer of an LLM server (then retry)."),
]
ConcurrencyOption = Annotated[
    int, typer.Option("--concurrency", min=1, max=256, help="Articles extracted at once by an LLM engine.")
]
JobsOption = Annotated[
    int | None,
    typer.Option(
        "--jobs",
        min=1,
        max=1024,
        help="Worker processes for the extractive engine (default: one per core). "
        "The output is the same for any number.",
    ),
]
BatchOption = Annotated[
    bool,
    typer.Option(
        "--batch",
        help="openai: send the articles not in the cache as one Batch API job (half the price, "
        "answers within 24 h); a rerun resumes it instead of paying twice.",
    ),
]
NoWaitOption = Annotated[
    bool,
    typer.Option("--no-wait", help="With --batch: submit the batch and exit; run again to collect it."),
]
BatchReaskOption = Annotated[
    bool,
    typer.Option(
        "--batch-reask",
        help="With --batch: re-asks (answers that failed validation) go out as further batches, "
        "not as interactive requests.",
    ),
]
VerifyOption = Annotated[
    bool,
    typer.Option(
        "--verify",
        help="openai: one more request per article in which the model judges whether each kept "
        "fact's quote says what its statement says; facts judged unsupported are dropped and counted.",
    ),
]
VerifyModelOption = Annotated[
    str | None,
    typer.Option("--verify-model", help="Model that judges the facts for --verify (default: --model)."),
]
CacheOption = Annotated[
    Path | None,
    typer.Option(
        "--cache",
        envvar="BRIEFING_CACHE_DIR",
        help="Folder of the extraction cache (SQLite). Env: BRIEFING_CACHE_DIR; default: "
        "the user cache folder.",
    ),
]


def _engine_config(
    backend: str,
    model: str | None,
    base_url: str | None,
    mode: str | None,
    concurrency: int,
    language: str = "en",
    timeout: float = 120.0,
    jobs: int | None = None,
    batch: tuple[bool, bool, bool] = (False, False, False),
    verify: bool = False,
    verify_model: str | None = None,
) -> Any:
    from briefing.engines import EngineConfig

    if (batch[1] or batch[2]) and not batch[0]:
        raise typer.BadParameter("goes with --batch", param_hint="--no-wait" if batch[1] else "--batch-reask")
    if backend not in ("auto", "extractive", "openai", "llama"):
        raise typer.BadParameter(
            f"{backend!r} is not one of auto, extractive, openai, llama", param_hint="--backend"
        )
    config = EngineConfig.model_validate(
        dict(
            backend=backend,
            model=model,
            base_url=base_url,
            mode=mode,
            concurrency=concurrency,
            language=language,
            timeout=timeout,
            jobs=jobs,
            verify=verify,
            verify_model=verify_model,
            batch=batch[0],
            batch_wait=not batch[1],
            batch_reask=batch[2],
        )
    )
    if config.batch and config.resolved_backend() != "openai":
        raise typer.BadParameter(
            "the Batch API is for the openai backend: add --base-url or set OPENAI_API_KEY",
            param_hint="--batch",
        )
    return config


def _check_language(code: str) -> None:
    """`--lang` must name a language the tool has words for (`briefing.lang.LANGUAGES`)."""
    from briefing.lang import LANGUAGES

    if code not in LANGUAGES:
        raise typer.BadParameter(f"{code!r} is not {' or '.join(LANGUAGES)}", param_hint="--lang")


def _parse_date(value: str | None, option: str) -> Any:
    if value is None:
        return None
    from briefing.models import PartialDate

    try:
        return PartialDate.parse(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not YYYY, YYYY-MM or YYYY-MM-DD", param_hint=option) from None


def _parse_formats(value: str) -> list[str]:
    from briefing.models import FORMATS

    formats = [item.strip().lower() for item in value.split(",") if item.strip()]
    unknown = [item for item in formats if item not in FORMATS]
    if unknown or not formats:
        raise typer.BadParameter(
            f"unknown format(s) {', '.join(unknown) or '(none)'}; choose from {', '.join(FORMATS)}",
            param_hint="--format",
        )
    return list(dict.fromkeys(formats))


@app.command()
@_friendly
def build(
    sources: SourcesArgument,
    out: Annotated[Path, typer.Option("--out", help="Folder for the briefings.")] = Path("briefings"),
    format: Annotated[str, typer.Option("--format", help="Comma-separated: md,html,pdf,json.")] = "md,json",
    backend: BackendOption = "auto",
    model: ModelOption = None,
    base_url: BaseUrlOption = None,
    mode: ModeOption = None,
    concurrency: ConcurrencyOption = 4,
    jobs: JobsOption = None,
    batch: BatchOption = False,
    no_wait: NoWaitOption = False,
    batch_reask: BatchReaskOption = False,
    timeout: TimeoutOption = 120.0,
    verify: VerifyOption = False,
    verify_model: VerifyModelOption = None,
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of",
            help="Date of the briefing (YYYY[-MM[-DD]]); "
            "default: the latest publication date among the inputs.",
        ),
    ] = None,
    since: Annotated[
        str | None,
        typer.Option(
            "--since",
            help="Keep articles published on or after this date (at the date's precision; undated "
            "articles are kept and labelled) and leave out facts dated entirely before it.",
        ),
    ] = None,
    until: Annotated[
        str | None,
        typer.Option(
            "--until",
            help="Keep articles published on or before this date; facts dated after it stay, as "
            "outlook. Also the default --as-of.",
        ),
    ] = None,
    every: Annotated[
        str | None,
        typer.Option(
            "--every",
            help="week | month: one briefing per ISO week or calendar month that has articles "
            "(briefing-2025-W14, briefing-2025-04), each as of its latest article, plus index.md.",
        ),
    ] = None,
    lang: Annotated[
        str,
        typer.Option(
            "--lang", help="Language of what the tool writes: en | it. Quotes stay in their own language."
        ),
    ] = "en",
    length: Annotated[
        str,
        typer.Option(
            "--length",
            help="short | standard | long: the body's length. standard fits up to ten articles on one "
            "to two pages and grows slowly with more; short is half of it, long twice.",
        ),
    ] = "standard",
    about: Annotated[
        str | None,
        typer.Option(
            "--about",
            help="Keep only the articles about this subject (BM25 ranking); how many were left out, "
            "and why, is said on stderr and in the briefing's method note.",
        ),
    ] = None,
    cache: CacheOption = None,
) -> None:
    """Build dated briefings from SOURCES into --out."""
    formats = _parse_formats(format)
    if length not in ("short", "standard", "long"):
        raise typer.BadParameter(f"{length!r} is not short, standard or long", param_hint="--length")
    if about is not None and not about.strip():
        raise typer.BadParameter(
            'give the subject to keep, e.g. --about "NATO spending"', param_hint="--about"
        )
    _check_language(lang)
    if every not in (None, "week", "month"):
        raise typer.BadParameter(f"{every!r} is not week or month", param_hint="--every")
    if every is not None and as_of is not None:
        raise typer.BadParameter(
            "with --every each briefing is as of its period's latest article; end the series with --until",
            param_hint="--as-of",
        )
    config = _engine_config(
        backend,
        model,
        base_url,
        mode,
        concurrency,
        lang,
        timeout,
        jobs,
        (batch, no_wait, batch_reask),
        verify=verify,
        verify_model=verify_model,
    )
    window = (_parse_date(since, "--since"), _parse_date(until, "--until"))
    as_of_date = _parse_date(as_of, "--as-of")

    from briefing.build import BuildRequest, run_build

    request = BuildRequest(
        sources=sources,
        out=out,
        formats=formats,
        engine=config,
        as_of=as_of_date,
        since=window[0],
        until=window[1],
        every=every,
        language=lang,
        cache_dir=cache,
        length=cast(Literal["short", "standard", "long"], length),
        about=about,
    )
    result = run_build(request, say=_say)
    for path in result.written:
        print(path)
    if not result.written:
        raise typer.Exit(1)


@app.command()
@_friendly
def extract(
    sources: SourcesArgument,
    backend: BackendOption = "auto",
    model: ModelOption = None,
    base_url: BaseUrlOption = None,
    mode: ModeOption = None,
    concurrency: ConcurrencyOption = 4,
    jobs: JobsOption = None,
    batch: BatchOption = False,
    no_wait: NoWaitOption = False,
    batch_reask: BatchReaskOption = False,
    timeout: TimeoutOption = 120.0,
    verify: VerifyOption = False,
    verify_model: VerifyModelOption = None,
    lang: Annotated[
        str, typer.Option("--lang", help="Language of the statements an LLM writes: en | it.")
    ] = "en",
    cache: CacheOption = None,
) -> None:
    """Print the verified facts of SOURCES as JSON lines."""
    _check_language(lang)
    config = _engine_config(
        backend,
        model,
        base_url,
        mode,
        concurrency,
        lang,
        timeout,
        jobs,
        (batch, no_wait, batch_reask),
        verify=verify,
        verify_model=verify_model,
    )
    from briefing.build import describe_report, extract_corpus
    from briefing.engines import make_extractor

    corpus = extract_corpus(
        sources, make_extractor(config), config.concurrency, cache, say=_say, jobs=config.jobs
    )
    for fact in corpus.facts:
        sys.stdout.write(fact.model_dump_json(exclude_defaults=False) + "\n")
    _say(describe_report(corpus.report))
    if not corpus.articles:
        raise typer.Exit(1)


@app.command()
@_friendly
def check(
    briefing_json: Annotated[
        Path,
        typer.Argument(metavar="BRIEFING.json", help="A briefing/1 JSON file written by `briefing build`."),
    ],
) -> None:
    """Exit 0 only if every statement is cited and every quote is where it says."""
    from briefing.check import check_briefing

    if not briefing_json.is_file():
        raise ConfigError(f"{briefing_json}: no such file", "name a .json written by briefing build")
    report = check_briefing(briefing_json)
    for warning in report.warnings:
        _say(f"warning: {warning}")
    for problem in report.problems:
        _say(f"FAIL {problem}")
    if not report.ok:
        _say(
            f"{briefing_json}: {len(report.problems)} problem(s) in {report.statements} statements "
            f"and {report.citations} citations"
        )
        raise typer.Exit(1)
    print(f"{briefing_json}: OK, {report.statements} statements, {report.citations} citations verified")


def _terminate(signum: int, _frame: object) -> None:
    """SIGTERM (a `kill`) stops a build the way Ctrl-C does: the cache is closed, no output is
    half-written; the exit status is 128 + the signal's number."""
    _state["signal"] = signum
    raise KeyboardInterrupt


def main() -> None:
    collect_less()
    signal.signal(signal.SIGTERM, _terminate)
    # Ctrl-C stops a build even when it was started with SIGINT ignored (a shell's background job).
    signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        app()
    except SystemExit as done:
        code = done.code
        if isinstance(code, str):  # sys.exit("message"): Python's own convention
            print(code, file=sys.stderr)
            code = 1
        _leave(int(code or 0))
        raise  # not reached


def _leave(code: int) -> None:
    """Exit without the interpreter's teardown.

    Everything a command writes is closed by now: outputs are renamed into place whole, the cache
    has committed and is closed. What is left is freeing every module and object one by one, which
    costs 0.6–0.9 s once the openai client's ~2,000 pydantic classes are loaded (measured on 2
    cores), and joining threads: after Ctrl-C, workers may still be waiting on an LLM server (up to
    --timeout, retries included) for answers nobody would read.
    """
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed pipe (`briefing extract | head`)
            stream.flush()
    os._exit(code)


if __name__ == "__main__":
    main()
