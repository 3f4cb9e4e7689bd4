"""A run of text cut into sentences by sentencex, mended where it errs on news text (ARCHITECTURE.md,
"Engines"): an acronym's full stop read as an abbreviation's (`… della NATO. Nel frattempo`), an
initialism's letters read as sentence ends (`E.R.`), a dotted initialism before a capitalised stop
word that does end its sentence (`… e C.S.I. Da allora …`), a middle initial (`Donald J.`), and a
quotation's opening mark left at the end of the sentence before it. A long text is cut in windows
first, so the time stays linear in its length."""

from __future__ import annotations

import re

import sentencex

from briefing import lang

_ABBREVIATED_NAME = re.compile(r"(?:^|\s)(?:[A-Z]\.){1,3}$")  # `come E.` + `R., Ally McBeal e C.`

_QUOTE_OPENED = re.compile(r"\s[«“\"]$")  # `… della Camera. «` + `Esprimo…`: the quote opens the next

# (`… della NATO. Nel frattempo …` stays one sentence); an acronym with no inner dots is not one.
_ACRONYM_STOP = re.compile(r"(?<![\w.])[A-Z]{2,6}[.!?](?P<gap>\s+)(?=[\"“«]?[A-ZÀ-Ý])")
# A dotted initialism ends a sentence when a capitalised stop word follows it (`come E.R. e
# C.S.I. Da allora …`, `quello U.S.A. I suoi …`); before a name it does not (`This U.N. Council`).
_INITIALISM_STOP = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}(?P<gap>\s+)(?=[\"“«]?(?P<next>[A-ZÀ-Ý]\w*))")


# sentencex's time grows with the square of a paragraph's length (a 1 MB paragraph took 25 s);
# a longer text is cut first, at a sentence end (else a space) before this many characters.
_WINDOW = 4000
SENTENCE_GAP = re.compile(r"[.!?…][\"”»’)\]']*\s+")
_SPACE = re.compile(r"\s+")


def _windows(text: str) -> list[tuple[int, str]]:
    """`text` in pieces of at most `_WINDOW` characters, each with its offset; cut after the last
    sentence end in each window, else after its last space, else (no space at all) at the limit."""
    pieces: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > _WINDOW:
        limit = start + _WINDOW
        end = limit
        for gap in (SENTENCE_GAP, _SPACE):
            cuts = [match.end() for match in gap.finditer(text, start + _WINDOW // 2, limit)]
            if cuts:
                end = cuts[-1]
                break
        pieces.append((start, text[start:end]))
        start = end
    pieces.append((start, text[start:]))
    return pieces


# A middle initial after a capitalised name (`Donald J.`) ends no sentence.
_INITIAL_END = re.compile(r"\b[A-ZÀ-Ý][a-zà-ÿ]+\s+[A-Z]\.$")


def _join_abbreviations(language: str, text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences that sentencex ended on an abbreviation (`Mrs.`, `the U.S.` at a wrapped line's
    end) go on into the next one, unless that one opens on a stop word (`… the U.S. The next day`)."""
    words = lang.language(language)
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        if joined:
            last_word = (text[joined[-1][0] : joined[-1][1]].split() or [""])[-1]  # a span of white
            next_word = (text[start:end].split() or [""])[0].strip('"“«(').casefold()  # space: none
            if last_word in words.abbreviations and next_word not in words.stopwords:
                joined[-1] = (joined[-1][0], end)
                continue
        joined.append((start, end))
    return joined


def _cut_at_initialisms(language: str, text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each span cut again after a dotted initialism that a capitalised stop word follows: sentencex
    reads the initialism's letters as abbreviations, and the mending above joins them back."""
    stopwords = lang.language(language).stopwords
    cut: list[tuple[int, int]] = []
    for start, end in spans:
        for stop in _INITIALISM_STOP.finditer(text, start, end):
            if stop["next"].casefold() in stopwords and start < stop.start("gap") and stop.end("gap") < end:
                cut.append((start, stop.start("gap")))
                start = stop.end("gap")
        cut.append((start, end))
    return cut


def segment(language: str, text: str) -> list[tuple[int, int]]:
    if len(text) > _WINDOW:  # linear in the length: sentencex sees one window at a time
        return [
            (offset + start, offset + end)
            for offset, piece in _windows(text)
            for start, end in segment(language, piece)
        ]
    try:
        bounds = sentencex.get_sentence_boundaries(language, text)
    except Exception:  # an unknown language code: fall back to English rules
        bounds = sentencex.get_sentence_boundaries("en", text)
    spans = []
    for bound in bounds:
        if bound.get("is_paragraph_break"):
            continue
        start, end = int(bound["start_index"]), int(bound["end_index"])
        if not 0 <= start < end <= len(text):
            continue
        for cut in _ACRONYM_STOP.finditer(text, start, end):
            spans.append((start, cut.start("gap")))
            start = cut.end("gap")
        if spans and _INITIAL_END.search(text, spans[-1][0], spans[-1][1]):
            start = spans.pop()[0]  # `President Donald J.` + `Trump …`: an initial, not a full stop
        spans.append((start, end))
    mended = _mend(text, _join_abbreviations(language, text, spans))
    return _cut_at_initialisms(language, text, mended) or [(0, len(text))]


def _mend(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Two cuts sentencex makes in the wrong place: after an initialism's first letter (`come E.` +
    `R., Ally McBeal`), joined again; and before a quotation's opening mark, which goes to the
    sentence it opens (`… della Camera. «` + `Esprimo…`)."""
    mended: list[tuple[int, int]] = []
    for start, end in spans:
        if mended:
            last_start, last_end = mended[-1]
            last = text[last_start:last_end].rstrip()
            if _ABBREVIATED_NAME.search(last) and re.match(r"[A-Z]\.", text[start:end]):
                mended[-1] = (last_start, end)
                continue
            if _QUOTE_OPENED.search(last) and last_end - last_start > 1:
                mark = last_start + len(last) - 1
                mended[-1] = (last_start, mark)
                start = mark
        mended.append((start, end))
    return mended
