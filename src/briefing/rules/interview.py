"""An interview's answers are its interviewee's (issue 15: speakers).

A page of questions and answers sets each question on a line of its own and the answer on the
line under it, opening on a quotation mark or a dash (`Sindaco Marco Bucci, si sente coinvolto?` /
`«Come potrei non esserlo…»`). No verb says who answers: the page said it once, in its headline
or its first question. Two such pairs or more make a page an interview; its interviewee is the
person its first question names, else the first person its lines before the first question name
(the headline, the standfirst, the introduction), leaving out the byline's author. The offline
engine takes the interviewee as the speaker before each answer (`engines/extractive.py`), so an
answer's quotation is theirs as a quotation that goes on from a named speaker is, and quotes the
answer's first sentence together with its question (`Teme …? «Ne ho già ricevuti…»`): what the answer
says (`Ne`, `Ovviamente sì`) is read from the question. In an interview, a line of the
interviewer's over an answer asks too, with no question mark (`Resta il fatto che lei ha
sollecitato quel provvedimento.`).
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

from briefing.rules.actors import ActorIndex
from briefing.rules.lines import byline_alone

MIN_PAIRS = 2  # one question and answer may be a quoted exchange; two make an interview
QUESTION_LONGEST = 400  # characters: a question is a line, not a paragraph that ends on one
_MARKUP = " \t*_>"
_ANSWER_OPENERS = ("«", "“", '"', "—", "–")  # not a hyphen: a list's items under a question are no answers
_LINE = re.compile(r"[^\n]*\S[^\n]*")


@dataclass(frozen=True)
class Interview:
    interviewee: str
    answers: tuple[int, ...]  # where each answer's line starts in the text, in order
    questions: tuple[int, ...]  # where the question above each answer starts (past its markup)

    def question_before(self, text: str, start: int) -> int | None:
        """Where the question starts that the sentence at `start` answers, when that sentence opens
        an answer's line; else None."""
        at = bisect.bisect_right(self.answers, start) - 1
        if at < 0:
            return None
        opening = text[self.answers[at] : start]  # what stands on the line before the sentence
        if "\n" in opening or opening.strip(_MARKUP + '«“"—–'):
            return None
        return self.questions[at]


def _asks(line: str) -> bool:
    line = line.strip(_MARKUP)
    return line.endswith("?") and len(line) <= QUESTION_LONGEST and not line.startswith(_ANSWER_OPENERS)


def _prompts(line: str) -> bool:
    """A line of an interview's that may be the interviewer's over an answer: short, ending on a
    full stop or an ellipsis (`Riconoscerà che alcune sue frasi...`), not itself an answer."""
    line = line.strip(_MARKUP)
    return (
        line.endswith((".", "…")) and len(line) <= QUESTION_LONGEST and not line.startswith(_ANSWER_OPENERS)
    )


def _answers(line: str) -> bool:
    return line.lstrip(_MARKUP).startswith(_ANSWER_OPENERS)


def interview_of(text: str, index: ActorIndex) -> Interview | None:
    """The page's interview, or None when it is not one."""
    lines = [(m.start(), m.group()) for m in _LINE.finditer(text)]
    pairs = [
        (question, answer)
        for question, answer in itertools.pairwise(lines)
        if _asks(question[1]) and _answers(answer[1])
    ]
    if len(pairs) < MIN_PAIRS:
        return None
    first_question = pairs[0][0]
    # in an interview, a line of the interviewer's over an answer asks too, with no question mark
    # (`Resta il fatto che lei ha sollecitato quel provvedimento.`): not one that introduces the
    # answer (`Poi aggiunge:`), nor one before the first question (`GENOVA «Mi chieda tutto…»`)
    pairs = [
        (question, answer)
        for question, answer in itertools.pairwise(lines)
        if _answers(answer[1])
        and (_asks(question[1]) or (question[0] > first_question[0] and _prompts(question[1])))
    ]
    before = [
        line for start, line in lines if start < first_question[0] and not byline_alone(line.strip(_MARKUP))
    ]
    for said in (first_question[1], *before):
        people = [m.name for m in index.mentions(said) if m.kind == "person"]
        if people:
            answers = tuple(start for _, (start, _line) in pairs)
            asked = tuple(start + len(line) - len(line.lstrip(_MARKUP)) for (start, line), _ in pairs)
            return Interview(people[0], answers, asked)
    return None
