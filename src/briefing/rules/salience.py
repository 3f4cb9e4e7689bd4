"""What kind of fact a sentence states, and how much it is the news of its article.

The main news of an article is, nearly always, its lead: who did what, when. After it come
decisions and scheduled events, figures, the positions of the principal actors, then background.
Boilerplate, captions and embedded posts never outrank the article's own sentences, and a
headline that the lead repeats is not a second key point.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing import lang
from briefing.models import FactKind
from briefing.rules.lexicon import (
    ACTION,
    BACKGROUND,
    HEDGE,
    HISTORIC_PAST,
    IMPERFECT,
    PLUPERFECT,
    STANCE,
    Lowercase,
)
from briefing.rules.sentences import Role
from briefing.rules.when import Basis, Tense, tense_of, without_scheduled_appositions

# A relative pronoun or `come` at most four words before a verb: the verb is in that clause.
_CLAUSE_OPENER_BEFORE = Lowercase(
    r"\b(?:"
    + lang.alternatives(lambda language: language.relative_pronouns)
    + "|"
    + lang.alternatives(lambda language: language.manner_openers)
    + r")\b(?:\s+[\w'’]+){0,4}\s+$"
)
_SUBORDINATE = Lowercase(r"\b(?:" + lang.alternatives(lambda language: language.complementizers) + r")\b")
_COMING_EVENT = re.compile(
    lang.alternatives(lambda language: language.coming_event_words) or r"(?!x)x", re.IGNORECASE
)
_FUTURE_MAIN = Lowercase(r"\b(?:" + lang.alternatives(lambda language: language.planned_main) + r")\b")
_WORD = re.compile(r"\w+")
_PAST_VERB = Lowercase(lang.alternatives(lambda language: language.past_markers))
# `nei giorni scorsi avevano inviato`: a word of the past before a pluperfect is no verb of it
_PAST_ADVERB = re.compile(lang.alternatives(lambda language: language.past_adverbs))
_STEM_STOP = lang.union(lambda language: language.headline_stopwords)


@dataclass(frozen=True)
class Features:
    role: Role
    position: int  # among the article's body sentences (0 = lead); headlines count as 0
    body_count: int
    kind: FactKind
    principal: bool  # names one of the people the article is about
    people: int
    actors: int
    basis: Basis | None
    hard_figures: int  # percentages, money, amounts
    action: bool
    hedge: bool
    question: bool
    words: int
    lead_in: bool = False  # frames the quotation that follows it (`Rutte ha quindi sottolineato …`)


def main_tense(sentence: str) -> Tense | None:
    """The tense of the main clause (before the first `che`/`that`): `Gli alleati rimangono
    ottimisti sul fatto che Trump continuerà …` is not a plan."""
    cut = _SUBORDINATE.search(sentence)
    main = sentence[: cut.start()] if cut and cut.start() > 20 else sentence
    # `prima delle prossime elezioni`: a coming event the clause names, not its tense
    main = _COMING_EVENT.sub(lambda m: " " * len(m.group()), main)
    if _FUTURE_MAIN.search(main):
        return "future"
    return tense_of(without_scheduled_appositions(main))


def classify(
    sentence: str,
    role: Role,
    speaker: str | None,
    quoted: bool,
    reported: bool,
    hard_figures: int,
    has_actor: bool,
    date_is_future: bool,
    tense: Tense | None = None,
) -> FactKind:
    """event | statement | position | figure | plan | context (`tense`: of the main clause, when known)."""
    tense = tense or main_tense(sentence)
    if role == "tweet":
        return "statement"
    if HEDGE.search(sentence) and not (quoted and speaker):
        return "context"
    if role in ("headline", "standfirst"):
        if tense == "future" or date_is_future:
            return "plan"
        return "event" if ACTION.search(sentence) and has_actor else "context"
    if quoted and speaker:
        return "statement"
    if tense == "future" or date_is_future:
        return "plan"
    if STANCE.search(sentence):
        return "position"
    if reported and speaker:
        return "statement"
    action = ACTION.search(sentence)
    if has_actor and action and tense != "future":
        return "event"  # `Il Consiglio dei ministri ha approvato … il decreto, che vale 3 miliardi`
    if hard_figures:
        return "figure"
    if has_actor and tense == "past":
        return "event"
    return "context"


LEAD_IN_PENALTY = 0.3  # below the quotation it leads into, which says what was said

_KIND_WEIGHT: dict[str, float] = {
    "event": 0.12,
    "plan": 0.12,
    "position": 0.08,
    "figure": 0.08,
    "statement": 0.06,
    "context": -0.05,
}


def score(features: Features) -> float:
    """A salience in (0, 1]: the lead of an article, naming its principal actor, dated, stating an
    event or a plan, scores highest."""
    position = features.position
    if position == 0:
        value = 0.35
    elif position == 1:
        value = 0.2
    elif position == 2:
        value = 0.14
    else:
        value = 0.1 * (1 - position / max(features.body_count, 1))
    value += 0.12 if features.principal else 0.0
    value += 0.05 if features.people else 0.0
    value += 0.05 if features.actors else 0.0
    value += {"explicit": 0.12, "relative": 0.08}.get(features.basis or "", 0.0)
    value += _KIND_WEIGHT[features.kind]
    value += 0.06 if features.hard_figures else 0.0
    value += 0.06 if features.action else 0.0
    value -= 0.2 if features.hedge else 0.0
    value -= 0.3 if features.question else 0.0
    value -= LEAD_IN_PENALTY if features.lead_in and position > 0 else 0.0  # an article's lead is its news
    value -= 0.1 if features.words < 8 else 0.0
    value -= 0.05 if features.words > 60 else 0.0
    if features.role == "headline":
        value = min(value, 0.45)
    elif features.role == "standfirst":
        value = min(value, 0.5)
    elif features.role == "tweet":
        value = min(value, 0.15)
    return round(max(0.01, min(1.0, value)), 4)


def is_background(sentence: str) -> bool:
    """`In precedenza …`, `Waltz ha precedentemente espresso …`, and a main clause in the
    pluperfect (`Unicredit aveva ottenuto parte del primo pacchetto …`) or in the tense of history
    (`Gaucci intuì l'affare`): not news of the day."""
    if BACKGROUND.search(sentence):
        return True
    cut = _SUBORDINATE.search(sentence)
    main = sentence[: cut.start()] if cut and cut.start() > 20 else sentence
    historic = _historic_main_verb(main)
    if historic is None and main is not sentence and main.rstrip().endswith(","):
        # `Il rapporto privilegiato con gli Usa, …, che si sostanzia in un finanziamento …, determinò
        # la creazione …`: a relative clause between commas after the subject; its main verb follows
        historic = _historic_main_verb(sentence)
    found = [m for m in (PLUPERFECT.search(main), historic) if m is not None]
    earlier = min(found, key=lambda m: m.start()) if found else None
    past = next((m for m in _PAST_VERB.finditer(main) if not _PAST_ADVERB.fullmatch(m.group())), None)
    return earlier is not None and (past is None or past.start() >= earlier.start())


def tells_history(sentence: str) -> bool:
    """A main clause in the tense of history (`Dalla loro ricerca emerse che …`): a time long past."""
    cut = _SUBORDINATE.search(sentence)
    return _historic_main_verb(sentence[: cut.start()] if cut and cut.start() > 20 else sentence) is not None


def told_as_state(sentence: str) -> bool:
    """A verb in the imperfect (`La calura era tale che …`, `Le imbarcazioni erano poche`)."""
    return IMPERFECT.search(sentence) is not None


def _historic_main_verb(sentence: str) -> re.Match[str] | None:
    """A verb in the tense of history that is not in a relative or comparison clause (`gli attentati
    in cui rimasero uccise 200 persone`, `come disse Scalfaro` tell the present nothing)."""
    for verb in HISTORIC_PAST.finditer(sentence):
        if not _CLAUSE_OPENER_BEFORE.search(sentence[max(0, verb.start() - 40) : verb.start()]):
            return verb
    return None


def content_stems(text: str) -> set[str]:
    """Content words cut to five letters: enough to see that a headline repeats a sentence."""
    words = (t.casefold() for t in _WORD.findall(text))
    return {w[:5] for w in words if w not in _STEM_STOP and (len(w) > 1 or w.isdigit())}


def repeats(headline: str, sentences: list[str], threshold: float = 0.6) -> bool:
    """True when most of a headline's content words are in one of `sentences`, or in them together."""
    stems = content_stems(headline)
    if not stems:
        return True
    together: set[str] = set()
    for sentence in sentences:
        other = content_stems(sentence)
        together |= other
        if len(stems & other) / len(stems) >= threshold:
            return True
    return len(stems & together) / len(stems) >= 0.75
