"""Who a quotation's words are given to, as the grade reads it (`compose/alone.py`): a speaker
named in apposition (`il ministro Crosetto`) or only by a common noun (`», ha detto il
finanziere`), a quotation that names nobody, and the label before a quotation's colon (`Sen.
Ted Cruz: “…”`).
"""

from __future__ import annotations

import re

from briefing import lang
from briefing.compose.statement_text import (
    ARTICLE,
    AUXILIARY,
    COMPLEMENTS,
    DATELINE,
    JOINERS,
    PREPOSITIONS,
    QUOTE_MARKS,
    WORD,
    outside_quotes,
    verb_form,
)
from briefing.lang import fold
from briefing.rules.lexicon import FUNCTION_WORDS, REPORTING_FORMS, Lowercase

_REPORTING = list(REPORTING_FORMS.values())
_AFTER_VERB = re.compile(r"^\s*,?\s*" + ARTICLE + r"(?P<noun>[a-zà-ÿ]{3,})\b(?P<rest>[^.;:«»“”\"()]*)")
_BEFORE_VERB = re.compile(
    r"(?:^|[^\w'’])(?i:the)\s+(?P<words>(?:[a-z][\w-]*\s+){0,2})(?P<noun>[a-z][\w-]{2,})\s*,?\s*$"
)
_ATTRIBUTION = re.compile(r"(?:[”»\"]\s*,?|[–—]|\s-)\s*$")  # `«…», ha detto`, `– ha aggiunto`
_APPOSITION = 3  # words after a speaker's noun in which its name may stand
_NOT_A_SPEAKER = Lowercase(r"^(?:secondo|stando a|a detta di|according to)\b")


def _named(rest: str) -> bool:
    """A name in apposition to a speaker's common noun: a capitalised word among the few right
    after it (`il ministro Crosetto`) or right after a comma (`il portavoce, Mario Rossi`), that
    no preposition governs (not `il finanziere azionista di Mps`)."""
    pieces = rest.split(",")
    for number, piece in enumerate(pieces):
        previous = ""
        for token in WORD.findall(piece)[: _APPOSITION if number == 0 else 1]:
            if token[:1].isupper() and previous not in PREPOSITIONS:
                return True
            previous = fold(token)
    return False


def _identified(rest: str) -> bool:
    """`il ministro della Difesa`, `il portavoce del Cremlino`, `il primario del San Martino`: a
    noun whose complement, right after it, names where the speaker belongs, so that the speaker
    is known without a name (`il finanziere azionista di Mps` is not: the words after the noun
    describe rather than place it)."""
    words = WORD.findall(rest)
    return len(words) >= 2 and fold(words[0]) in COMPLEMENTS and words[1][:1].isupper()


def speaker_written(speaker: str | None, text: str) -> bool:
    """The speaker's surname is written in `text`."""
    surname = " ".join((speaker or "").split()).split()[-1:]
    return bool(surname) and fold(surname[0]).casefold() in fold(text).casefold()


def unnamed_speaker(sentence: str, speaker: str | None = None) -> bool:
    """A quotation's reporting verb whose speaker is a common noun and no name (`», ha detto il
    finanziere`, `" hanno scritto i famigliari`, `the official said`): unless the engine's
    speaker is written in the sentence."""
    if speaker_written(speaker, sentence):
        return False
    for form in _REPORTING:
        for verb in form.finditer(sentence):
            if _NOT_A_SPEAKER.match(verb.group(0)):
                continue
            after = _AFTER_VERB.match(sentence[verb.end() :])
            attributes = _ATTRIBUTION.search(sentence[: verb.start()]) is not None
            if attributes and after and not _named(after["rest"]) and not _identified(after["rest"]):
                return True
            before = _BEFORE_VERB.search(sentence[: verb.start()])
            if before and not any(w[:1].isupper() for w in before["words"].split()):
                return True
    return False


def nameless_quotation(statement: str, speaker: str | None = None) -> bool:
    """A statement that opens on a quotation (after a dateline, `GENOVA «…»`) and names nobody:
    the engine's speaker is not written in it, and nothing outside its quotation marks is
    capitalised but the first word of a sentence (an interview's answer, a line whose speaker is in
    another sentence)."""
    body = DATELINE.sub("", statement, count=1).lstrip("*_ ")
    if body[:1] not in QUOTE_MARKS:
        return False
    if speaker_written(speaker, body):
        return False
    outside = outside_quotes(body)
    return not any(  # a capital that opens a sentence names no one (`«…». Tempi stretti dunque…`),
        # nor does a function word (`"…" Pertanto, i rischi…`: a sentence the source did not close)
        token.group(0)[:1].isupper()
        and token.group(0).rstrip("'’") not in FUNCTION_WORDS
        and not re.search(r"[.!?…]\s*$", outside[: token.start()])
        for token in WORD.finditer(outside)
    )


# `- ha spiegato il sindaco Giuseppe Sala, a margine… -`: who speaks, set inside the quotation
INSERTED_ATTRIBUTION = re.compile(r"\s[-–—]\s[^-–—]{3,200}?\s[-–—](?=\s|[,.;:]|$)")
# `Sen. Ted Cruz: “…”`, `Alla domanda su …, ha aggiunto: “…”`: what introduces a quotation
QUOTATION_LABEL = re.compile(r"^(?P<label>[^:“”«»\"\n]{3,200}):\s*(?=[“«\"])")
OPENING_QUOTATION = re.compile(r"^[“«\"‘'](?P<words>[^”»\"]*)")


def speaker_named(quotation: str) -> bool:
    """A quotation that names its speaker: a capitalised word outside its quotation marks, or a
    name after a reporting verb set inside it (`"… - ha dichiarato Rutte citando … -. …"`)."""
    if any(token[:1].isupper() for token in WORD.findall(outside_quotes(quotation))):
        return True
    return any(_named(quotation[verb.end() :]) for form in _REPORTING for verb in form.finditer(quotation))


LABEL_WORDS = (
    12  # words of a speaker's label before a colon (`Senate Foreign Relations Committee Chair Jim Risch`)
)


def names_only(label: str) -> bool:
    """A label that only names its speaker (`CNN's Joseph Ataman and Clare Sebastian`, `Deputy
    Chief of Staff Stephen Miller`): capitalised words and the function words between them, not a
    clause of its own (`Giorgia Dell'Orto, che ha fondato…, ripropone…`)."""
    tokens = [token for token in WORD.findall(label) if token != "s"]  # `CNN’s`
    return 0 < len(tokens) <= LABEL_WORDS and all(
        token[:1].isupper() or token[:1].isdigit() or fold(token).casefold() in JOINERS for token in tokens
    )


HEADLINE_QUOTATION_WORDS = 7  # words of a quotation up to which one after a bare label is a headline's


def headline_quotation(sentence: str) -> bool:
    """A label and a short quotation and nothing else (`I Fratelli musulmani: “Reagiremo”.`, `Il
    Pentagono: “Nessun aereo in volo sulla Libia”.`, `The Daily Courier: “Rossi Wins the Battle of
    Trento”`): how a headline or its deck sums up what someone said, cut to a headline's length;
    what it answers is in the story under it. A label with a verb of its own reports the words
    (`Rossi ha detto: «…»`, `Rossi commented on the plan: “…”`); a longer quotation is the
    speaker's own statement."""
    text = sentence.strip(" *_")
    label = QUOTATION_LABEL.match(text)
    if label is None or len(WORD.findall(label["label"])) > LABEL_WORDS:
        return False
    quotation = OPENING_QUOTATION.match(text[label.end() :])
    if quotation is None or text[label.end() + quotation.end() :].strip(" .”»\"'’"):
        return False
    words = WORD.findall(quotation["words"])
    return 0 < len(words) <= HEADLINE_QUOTATION_WORDS and _bare_label(label["label"])


def _bare_label(label: str) -> bool:
    """A label that names its speaker and reports nothing: only names (`The Daily Courier`), or
    words of a language whose verbs are known with no verb among them (`I Fratelli musulmani`,
    `Il ministro della Difesa`; not `Rossi ha detto`, `Rossi commenta`); in a language whose verbs
    are not known a label of common words is not judged (`Rossi commented on the plan`)."""
    if names_only(label):
        return True
    tokens = WORD.findall(label)
    language = max(lang.ALL, key=lambda language: sum(t.casefold() in language.stopwords for t in tokens))
    pattern = verb_form(language.verb_forms)
    if pattern is None or any(form.search(label) for form in _REPORTING):
        return False
    return not any(
        token.islower() and (AUXILIARY.fullmatch(token) is not None or pattern.fullmatch(token) is not None)
        for token in tokens
    )
