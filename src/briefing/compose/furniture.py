"""Site furniture: the lines a scraper carried into many files of one corpus (a sidebar of related
articles, an author's blurb, an event notice, a comment-box line) rather than the news.

A line is furniture when it recurs verbatim (white space aside) in `FURNITURE_FILES` files or
more whose publication days lie at least `FURNITURE_SPREAD_DAYS` apart: a sidebar shows up on
pages of many different days, while the same story reprinted by several outlets (a wire copy)
comes out within a day or two and stays news. When fewer than two of the files carry a date, the
recurrence alone decides. Short lines (fewer than `FURNITURE_MIN_WORDS` words: headings, "Leggi
anche") are left alone.

A page's own script, carried into the text by a scraper, is furniture too: a comment line (`* `,
`/*`, `//`) right above a line of code (`function …{`, `var …`, `…;`) documents that code, however
much it reads like a sentence (`* Handle JSON response returned by Form AJAX Request.`), and one
that ends in code itself is code (`// INIT FB Pixel when … var loadAsyncFB = function(){`).

Furniture tells the timeline nothing about when the story happened: its dates do not attest a
day (`compose/timeline.py`). Nor does it say which story an article tells: storylines read an
article's own text (`own_texts`), without these lines and without the lines the page itself sets
apart from its article, as the offline engine reads them (`page_furniture`: above the headline,
the site's name and copyright, bylines, teasers, captions, …), so that two pages of one site do not
join into one story for its menu's words and names.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from functools import lru_cache

from briefing.models import Article, Evidence
from briefing.rules.sentences import furniture_spans

FURNITURE_FILES = 3
FURNITURE_SPREAD_DAYS = 7
FURNITURE_MIN_WORDS = 4

Span = tuple[int, int]


def _lines(text: str) -> Iterable[tuple[Span, str]]:
    """Each line's character span and its words joined by single spaces."""
    start = 0
    for line in text.splitlines(keepends=True):
        yield (start, start + len(line)), " ".join(line.split())
        start += len(line)


@lru_cache(maxsize=1 << 15)  # per article: `compose.ahead`
def long_lines(text: str) -> tuple[tuple[Span, str], ...]:
    """The lines long enough to be furniture (`_lines`), in text order."""
    return tuple((span, line) for span, line in _lines(text) if len(line.split()) >= FURNITURE_MIN_WORDS)


def _spread(articles: Sequence[Article]) -> bool:
    """The files lie far enough apart in time to be different days' pages, or cannot be told apart."""
    days = sorted(a.published.first_day() for a in articles if a.published and a.published.day)
    if len(days) < 2:
        return True
    return (days[-1] - days[0]).days >= FURNITURE_SPREAD_DAYS


_CODE_ENDS = ("{", "}", ";", "(", "){")
_CODE_STARTS = ("function ", "var ", "if (", "}", "return ")
_COMMENT_STARTS = ("* ", "/*", "//")


def _code(line: str) -> bool:
    return line.endswith(_CODE_ENDS) or line.startswith(_CODE_STARTS)


def script_comments(text: str) -> list[Span]:
    """The spans of the comment lines that document a line of code below them, in text order, each
    with the lines of code right below it: a sentence cut across the two (`// INIT FB Pixel … GETS
    FIRED` + `var loadAsyncFB = function(){`) lies within the span."""
    lines = list(_lines(text))
    found: list[Span] = []
    for at, (span, line) in enumerate(lines):
        if not line.startswith(_COMMENT_STARTS):
            continue
        below = next((other for _, other in lines[at + 1 :] if not other.startswith(_COMMENT_STARTS)), "")
        if _code(below) or _code(line):  # `// INIT FB Pixel … var loadAsyncFB = function(){`: code itself
            end = span[1]
            for (_, code_end), other in lines[at + 1 :]:
                if not (other.startswith(_COMMENT_STARTS) or _code(other)):
                    break
                end = code_end
            found.append((span[0], end))
    return found


def furniture_lines(articles: Sequence[Article]) -> dict[str, list[Span]]:
    """For each source, the spans of its furniture lines, in text order."""
    found_in: dict[str, list[tuple[Article, Span]]] = {}
    for article in articles:
        for span, line in long_lines(article.text):
            found_in.setdefault(line, []).append((article, span))
    spans: dict[str, list[Span]] = {}
    for places in found_in.values():
        files = list({a.source: a for a, _ in places}.values())
        if len(files) >= FURNITURE_FILES and _spread(files):
            for article, span in places:
                spans.setdefault(article.source, []).append(span)
    for article in articles:
        comments = script_comments(article.text)
        if comments:
            spans.setdefault(article.source, []).extend(comments)
    return {source: sorted(set(found)) for source, found in spans.items()}


def on_furniture(evidence: Evidence, lines: dict[str, list[Span]]) -> bool:
    """The quote lies within one of its source's furniture lines."""
    spans = lines.get(evidence.source)
    if not spans:
        return False
    at = bisect.bisect_right(spans, evidence.start, key=lambda span: span[0]) - 1
    return at >= 0 and spans[at][0] <= evidence.start and evidence.end <= spans[at][1]


@lru_cache(maxsize=1 << 15)  # per article: `compose.ahead`
def page_furniture(text: str) -> tuple[Span, ...]:
    """The spans of the lines the page sets apart from its article, as the offline engine reads
    them (`rules.sentences.furniture_spans`), in text order."""
    return furniture_spans(text)


def own_text(text: str, shared: Sequence[Span] = ()) -> str:
    """An article's own text: `text` without its page's furniture (`page_furniture`) and the
    spans `shared` (its lines that recur across files, `furniture_lines`); the parts left are
    joined by line breaks, so no two words run together."""
    cut = sorted((*page_furniture(text), *shared))
    if not cut:
        return text
    parts: list[str] = []
    at = 0
    for start, end in cut:
        if start > at:
            parts.append(text[at:start])
        at = max(at, end)
    parts.append(text[at:])
    return "\n".join(parts)


def own_texts(articles: Sequence[Article], shared: dict[str, list[Span]] | None = None) -> list[str]:
    """Each article's own text (`own_text`), without the lines that recur across these files
    (`shared`: their `furniture_lines`, where they are known)."""
    shared = furniture_lines(articles) if shared is None else shared
    return [own_text(article.text, shared.get(article.source, ())) for article in articles]
