"""A statement that cannot be read alone, offered together with the sentence before it (issue 15).

The offline engine's statements are the sources' own sentences. When one fails the compose-time
grade (`compose/alone.py`: `L'avvocato lo descrive…`, `La mappa è il risultato…`, `«…», ha detto il
finanziere`), the sentence right before it in the same paragraph is most often what it points
back to. The span "that sentence + this one" is still one verbatim stretch of the source, so its
citation verifies as before; when it reads alone (its own first sentence passes the grade) and is
short enough, the briefing prints that span instead of dropping the statement.

The sentence before is found among the facts themselves: the evidence of some fact that ends
right before this fact's quote, with only white space between them and no blank line (a new
paragraph), nor a new item of a list (a bullet, a chronicle entry's day: `rules.lines.opens_item`). A fact
copied by several outlets keeps its single statement: only a fact quoted once is joined.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from briefing.compose.alone import (
    BARE_REPLY,
    SHORTENED_NAME,
    role_as_speaker,
    unresolved_demonstrative,
    why_not_alone,
)
from briefing.compose.quoted import nameless_quotation, speaker_written
from briefing.compose.statement_text import sentence_starts
from briefing.models import Evidence, Fact
from briefing.rules.lines import opens_item
from briefing.rules.markup import without_markup

JOINED_MAX_WORDS = 80  # what the body can carry as one statement without crowding out others
BEFORE_CHARS = 300  # of the source's text before a quote: enough for the sentence before it

UNRESOLVED_DEMONSTRATIVE = "a demonstrative for a noun it has not named (`alone.unresolved_demonstrative`)"

# The grade's reasons a sentence before can mend: it points back, names what the sentence
# before named, or answers the question the sentence before asks (`BARE_REPLY`). A question, an
# answer to the headline, a statement that announces what comes after it: the sentence before
# does not mend those.
_MENDED = (
    "points back",
    "opens on a connective",
    "a demonstrative in its opening clause",
    "a definite noun phrase",
    SHORTENED_NAME,
    "a demonstrative that points back",
    "names no one and nothing",
    "a person named only by age",
    "a pronoun that stands for something named before",
    "a verb whose subject is left unsaid",
    "does not say early whom or what it is about",
    "a quotation that names no one and nothing",
    "a quotation whose subject is a pronoun",
    "a connective inside it",
    "a title before a name that does not say of what",
    "a role written in capitals that stands for someone named before (within)",
    "a fragment that opens on an infinitive",
    "a title cut short",  # the span holds the title's first part, and the book it names
    UNRESOLVED_DEMONSTRATIVE,
    BARE_REPLY,
)
_MENDED_IF_NAMED = ("a quotation that names no speaker", "a speaker named only by a common noun")


def antecedents(facts: Sequence[Fact], texts: Mapping[str, str]) -> dict[int, Evidence]:
    """For each fact quoted once (by its index), the evidence of another fact that ends right
    before its quote in the same paragraph of its source."""
    ends: dict[tuple[str, int], Evidence] = {}
    for fact in facts:
        for evidence in fact.evidence:
            ends.setdefault((evidence.source, evidence.end), evidence)
    found: dict[int, Evidence] = {}
    for number, fact in enumerate(facts):
        if len(fact.evidence) != 1:
            continue
        quote = fact.evidence[0]
        text = texts.get(quote.source, "")
        end = len(text[: quote.start].rstrip())
        gap = text[end : quote.start]
        if gap.count("\n") > 1:  # a blank line: the sentence before is another paragraph's
            continue
        if opens_item(text, quote.start):  # `15 giugno, …` after the item before's `… 4 mesi.`
            continue
        before = ends.get((quote.source, end))
        if before is not None and before.start < quote.start:
            found[number] = before
    return found


def sentences_before(antecedent: Evidence, text: str) -> list[Evidence]:
    """The spans that end where `antecedent` ends, shortest first: its last sentence, then each
    sentence before it added, up to the whole of it. The engine may have joined a sentence to
    the one it points back to (`A livello militare, … Il segretario generale ha inoltre
    chiarito…`); what the next sentence points back to is most often only the last of them."""
    starts = [antecedent.start + offset for offset in sentence_starts(antecedent.quote)]
    return [
        Evidence(
            source=antecedent.source, start=start, end=antecedent.end, quote=text[start : antecedent.end]
        )
        for start in [*reversed(starts), antecedent.start]
    ]


def mended(
    fact: Fact,
    why: str,
    antecedent: Evidence,
    text: str,
    shown: bool,
    introduced: Iterable[str] = (),
    earlier: str = "",
    role: str | None = None,
) -> tuple[Fact, str] | None:
    """`fact` printed with the sentence before it (`antecedent`), and the source's text before
    that span, when the span reads alone where `fact` did not (`why`); else None. `introduced`:
    the people the source named in full before the span; `earlier`, its body before the span;
    `role`, the speaker's role, which a bare role the span opens on may stand for where the
    speaker is `shown` (`alone.role_as_speaker`)."""
    named = why.startswith(_MENDED_IF_NAMED) and speaker_written(fact.speaker, antecedent.quote)
    if not why.startswith(_MENDED) and not named:
        return None
    if nameless_quotation(antecedent.quote):
        return None  # `«Dovrete abituarvi…». L'ottava puntata…`: the span would open on no one's words
    quote = fact.evidence[0]
    span = text[antecedent.start : quote.end]
    statement = without_markup(" ".join(span.split()))
    if len(statement.split()) > JOINED_MAX_WORDS:
        return None
    before = text[max(0, antecedent.start - BEFORE_CHARS) : antecedent.start]
    graded = role_as_speaker(statement, fact.speaker, role) if shown else statement
    if why_not_alone(graded, before, fact.speaker, shown, introduced, earlier, text) is not None:
        return None
    if unresolved_demonstrative(statement):
        return None  # what it points to is still in a sentence before the span
    evidence = Evidence(source=quote.source, start=antecedent.start, end=quote.end, quote=span)
    return fact.model_copy(update={"statement": statement, "evidence": [evidence]}), before
