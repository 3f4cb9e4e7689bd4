"""Who is speaking in a sentence: reporting verbs, direct quotes, dropped subjects.

- `Rutte ha ribadito …`, `Peskov ha dichiarato …`, `Rubio said …`: the subject before the verb;
- `“…”, ha dichiarato Rutte`, `… ha affermato l'inviato speciale … Steve Witkoff`, `said Rubio`:
  the person after the verb;
- `secondo Trump`, `according to Witkoff`;
- `Il segretario generale ha inoltre chiarito …`: a role that names a person already met;
- `“…”, ha ammonito` (Italian drops the subject) and a quotation that follows its speaker's
  sentence: the speaker of the sentence before.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from briefing.rules.actors import ActorIndex, Mention, is_role_head
from briefing.rules.lexicon import Lowercase, reporting_forms

_QUOTED = re.compile(r"“[^”]*”?|«[^»]*»?|\"[^\"]*\"?")
_CLAUSE_END = re.compile(r"[.;:!?]\s|\n")
_SUBORDINATE = Lowercase(r"\b(?:che|that)\b")
_ROLE_SUBJECT = re.compile(
    r"(?:^|[,;]\s*|\b(?:e|and)\s+)(?:il|la|lo|l['’]|the)\s+(?P<role>[a-zà-ÿ][\w\s'’-]{2,60}?)\s*$",
    re.IGNORECASE,
)


_TITLES = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gen|Gov|Sig|Sig\.ra|Dott|On)\.", re.IGNORECASE)


@dataclass(frozen=True)
class Attribution:
    speaker: str | None
    reported: bool  # a reporting verb is in the sentence (outside quotes)
    quoted: bool  # the sentence carries a direct quote of three words or more


_PRONOUN_SUBJECT = re.compile(r"(?:^|[\s,])(?:he|she|lui|lei|egli|ella)\s+(?:\w+\s+)?$", re.IGNORECASE)
Finder = Callable[[str, re.Match[str], list[Mention], ActorIndex], str | None]


def _mask_quotes(text: str) -> str:
    return _QUOTED.sub(lambda m: " " * len(m.group()), text)


def inside_quotation(text: str, position: int) -> bool:
    """True when `position` falls inside a quotation (“…”, «…», "…")."""
    return any(m.start() < position < m.end() for m in _QUOTED.finditer(text))


def has_direct_quote(text: str) -> bool:
    return any(len(m.group().split()) >= 3 for m in _QUOTED.finditer(text))


def _reporting_verbs(masked: str, language: str | None) -> list[re.Match[str]]:
    patterns = reporting_forms(language)
    found: list[re.Match[str]] = []
    for pattern in patterns:
        found.extend(pattern.finditer(masked))
    return sorted(found, key=lambda m: m.start())


def _person_by_role(index: ActorIndex, role: str) -> str | None:
    """`segretario generale` → the person whose role starts so (one only)."""
    role = " ".join(role.casefold().split())
    if len(role) < 4:
        return None
    matches = {p.name for p in index.people.values() if p.role and p.role.casefold().startswith(role)}
    return matches.pop() if len(matches) == 1 else None


def attribute(
    sentence: str, index: ActorIndex, previous_speaker: str | None, language: str | None
) -> Attribution:
    """The speaker of `sentence`, or None; `previous_speaker` stands in for a dropped subject."""
    quoted = has_direct_quote(sentence)
    masked = _mask_quotes(sentence)
    all_mentions = index.mentions(sentence)
    mentions = [m for m in all_mentions if masked[m.start : m.end].strip()]  # not inside a quotation
    verbs = _reporting_verbs(masked, language)
    for verb in verbs:
        word = verb.group().casefold()
        if word in ("secondo", "according to", "stando a", "a detta di"):
            after = [m for m in mentions if m.start >= verb.end() and m.start - verb.end() <= 40]
            if after:
                return Attribution(after[0].name, True, quoted)
            continue
        gerund = word.endswith(("ando", "endo"))  # `…, insistendo sulla necessità di …` has no subject after
        inverted = bool(re.search(r"[,\"”»–—-]\s*$", masked[max(0, verb.start() - 3) : verb.start()]))
        if gerund:
            finders: tuple[Finder, ...] = (_subject_before,)
        elif inverted:
            finders = (_subject_after, _subject_before)
        else:
            finders = (_subject_before, _subject_after)
        speaker = None
        for finder in finders:
            speaker = finder(masked, verb, mentions, index)
            if speaker is not None:
                break
        if speaker is None and _opens_clause(masked, verb, language):
            speaker = previous_speaker  # `“…”, ha ammonito` (Italian drops the subject), `"…," she said`
        if speaker is not None:
            return Attribution(speaker, True, quoted)
    if verbs:
        return Attribution(None, True, quoted)
    # `"Dobbiamo … - ha dichiarato Rutte citando … -. Partecipiamo …"`: the attribution sits inside
    # the quotation marks, between dashes.
    for verb in _reporting_verbs(sentence, language):
        speaker = _subject_after(sentence, verb, all_mentions, index)
        if speaker is not None:
            return Attribution(speaker, True, quoted)
    if quoted and masked.strip(" .,;:–—-\n") == "" and previous_speaker:
        return Attribution(previous_speaker, False, True)  # a quotation that goes on from its speaker
    return Attribution(None, False, quoted)


def _clause_start(masked: str, position: int) -> int:
    start = 0
    for end in _CLAUSE_END.finditer(masked, 0, position):
        start = end.end()
    return start


def _opens_clause(masked: str, verb: re.Match[str], language: str | None) -> bool:
    """`…, ha ammonito`, `Ha inoltre sottolineato`, `In questo contesto ha citato`: a verb with no
    subject of its own before it; in English, a pronoun (`she said`)."""
    before = masked[_clause_start(masked, verb.start()) : verb.start()]
    if _PRONOUN_SUBJECT.search(before):
        return True
    if language == "en":
        return False
    last_part = re.split(r"[,(]", before)[-1]
    return len(before.split()) <= 3 or not last_part.strip()


def _subject_before(
    masked: str, verb: re.Match[str], mentions: list[Mention], index: ActorIndex
) -> str | None:
    clause_start = _clause_start(masked, verb.start())
    candidates = [m for m in mentions if clause_start <= m.start and m.end <= verb.start()]
    people = [m for m in candidates if m.kind == "person"]
    # A person before the verb is its subject, even past an apposition that names an organisation
    # (`Mark Rutte, segretario generale della NATO, ha ribadito`); an organisation only right before it.
    for last in people[-1:] or candidates[-1:]:
        between = masked[last.end : verb.start()]
        relative = re.match(
            r"^\s*,?\s*(?:che|who)\b", between, re.IGNORECASE
        )  # `Trump, che … ha sottolineato`
        close = len(between.split()) <= 3 if last.kind == "organisation" else len(between) <= 140
        if close and (relative or not _SUBORDINATE.search(between)):
            return last.name
    role = _ROLE_SUBJECT.search(masked[clause_start : verb.start()])
    if role:
        return _person_by_role(index, role["role"])
    return None


def _subject_after(
    masked: str, verb: re.Match[str], mentions: list[Mention], index: ActorIndex
) -> str | None:
    """`…, ha dichiarato Rutte`, `ha detto la presidente del Consiglio, Giorgia Meloni`, `said Rubio`."""
    after = [m for m in mentions if m.start >= verb.end()]
    people = [m for m in after if m.kind == "person"][:1]
    organisations = [m for m in after if m.kind != "person"][:1]
    for mention in people + organisations:
        between = _TITLES.sub(" ", masked[verb.end() : mention.start])
        words = between.split()
        if mention.kind == "person" and any(is_role_head(w) for w in words):
            between = between.replace(",", " ")  # a role in apposition: `la segretaria del Pd, Elly Schlein`
        limit = 10 if mention.kind == "person" else 3
        if len(words) <= limit and not re.search(r"[,.;:!?]|\b(?:che|that|to|con|with)\b", between):
            return mention.name
    return None
