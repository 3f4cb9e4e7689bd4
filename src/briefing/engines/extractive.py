"""The offline engine: the source's own sentences as facts, chosen, dated and attributed by rules.

Every fact's statement is a sentence of the article (white space collapsed) and its evidence is
that sentence's exact span, so it is grounded by construction. For each sentence the rules in
`briefing.rules` find the date it is about (resolved against the publication date), the people
and organisations it names (with their roles), its figures, who is speaking, what kind of fact it
is, and how much it is the news of its article (`salience`: the lead first).
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import hashlib
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import NamedTuple

from briefing.dates import (
    Stamp,
    chronicle_entries,
    datelines,
    quoted_posts,
    translated,
    update_stamps,
    written_between,
)
from briefing.models import Actor, Article, DroppedFact, Evidence, Extraction, Fact, PartialDate, WhenBasis
from briefing.rules.actors import ActorIndex
from briefing.rules.attribution import (
    attribute,
    has_direct_quote,
    inside_quotation,
    opening_person,
    opening_subject,
    source_before_colon,
)
from briefing.rules.figures import figures_in
from briefing.rules.interview import interview_of
from briefing.rules.lexicon import ACTION, HEDGE
from briefing.rules.lines import open_quotation
from briefing.rules.markup import without_markup
from briefing.rules.page_furniture import ENTRY_HEADLINE, NUMBERED_HEADLINE
from briefing.rules.salience import (
    Features,
    classify,
    is_background,
    main_tense,
    repeats,
    score,
    tells_history,
    told_as_state,
)
from briefing.rules.sentences import Sentence, split_article, stamped
from briefing.rules.standalone import points_back
from briefing.rules.when import (
    DateMention,
    cites_a_publication,
    find_dates,
    is_teaser,
    long_before,
    main_date,
    opens_a_span,
    speaks_of_now,
    starts_from,
    tells_a_vague_past,
    tells_two_days,
    unanchored,
    without_relative_clauses,
)

ENGINE_VERSION = "extractive-1"
# What decides an extraction, relative to the `briefing` package: this engine, its rules, the
# language data, the dates and the models. A cached extraction is reused only by the same code.
RULE_SOURCES = ("engines/extractive.py", "rules", "lang", "dates.py", "models.py")


def rules_digest(package: Path, parts: Sequence[str] = RULE_SOURCES) -> str:
    """A digest of the Python source of `parts` (files, or folders read whole) under `package`."""
    digest = hashlib.sha256()
    for part in parts:
        path = package / part
        for file in sorted(path.rglob("*.py")) if path.is_dir() else [path]:
            if file.is_file():
                digest.update(
                    file.relative_to(package).as_posix().encode() + b"\0" + file.read_bytes() + b"\0"
                )
    return digest.hexdigest()[:16]


@functools.cache
def _identity() -> str:
    return f"{ENGINE_VERSION}+{rules_digest(Path(__file__).resolve().parents[1])}"


_HARD_FIGURES = ("percent", "money", "amount")
_WITH_ANTECEDENT = 4  # sentences at most in one fact: an antecedent and what points back to it


def _ends_sentence(text: str) -> bool:
    """A standfirst with no full stop is a second headline (`La tennista inseguita dal Fisco: …`)."""
    return text.rstrip("\"”»’)]'*_ ")[-1:] in (".", "!", "?", "…")


def with_antecedents(text: str, sentences: list[Sentence]) -> tuple[list[Sentence], list[Sentence]]:
    """Each sentence that points back (`rules.standalone.points_back`: "Lo ha detto…", "Era
    nata…", "He said…") joined to the sentence right before it in its paragraph, as one span of
    the text; the ones with no such sentence right before them (or past `_WITH_ANTECEDENT`
    sentences), apart: they cannot be read alone. A sentence that only likely points back stands
    alone as its article's lead."""
    units: list[Sentence] = []
    counts: list[int] = []
    orphans: list[Sentence] = []
    for sentence in sentences:
        goes_on = (  # `“… are OVER.` + `The death …”`: a quotation that goes on
            bool(units) and units[-1].paragraph == sentence.paragraph and open_quotation(units[-1].text)
        )
        before = units[-1] if units else None
        strength = (
            points_back(sentence.text, before.text if before else "") if sentence.role == "body" else None
        )
        lead = not any(unit.role == "body" for unit in units)
        if not goes_on and (strength is None or (strength == "weak" and lead)):
            units.append(sentence)
            counts.append(1)
            continue
        if (
            before is not None
            and before.role == "body"
            and before.paragraph == sentence.paragraph
            and not text[before.end : sentence.start].strip()  # nothing left out between them
            and counts[-1] < _WITH_ANTECEDENT
        ):
            units[-1] = replace(before, end=sentence.end, text=text[before.start : sentence.end])
            counts[-1] += 1
        else:
            orphans.append(sentence)
    return units, orphans


_QUOTE_MARKS = ("“", "«", '"')


def introduces_quotation(sentence: Sentence, following: Sentence | None, index: ActorIndex) -> bool:
    """`Rutte ha quindi sottolineato come Kiev …` right before `“L’Ucraina non può …”, ha ammonito`:
    a sentence of its own words, naming a person, that leads into the quotation opening the next
    sentence of its paragraph. What the person said is in the quotation; this only frames it."""
    return (
        following is not None
        and sentence.role == "body"
        and following.role == "body"
        and following.paragraph == sentence.paragraph
        and following.text.lstrip(" *_")[:1] in _QUOTE_MARKS
        and not any(mark in sentence.text for mark in _QUOTE_MARKS)
        and any(person.name in index.people for person in index.actors(sentence.text))
    )


def _as_lead(sentence: Sentence, index: ActorIndex) -> Sentence:
    """A standfirst that reads as a lead (a full sentence: someone did something) is the lead."""
    if (
        sentence.role == "standfirst"
        and sentence.text.rstrip("*_ ")[-1:] in ".!?"
        and len(sentence.text.split()) >= 12
        and index.actors(sentence.text)
        and ACTION.search(sentence.text)
    ):
        return replace(sentence, role="body")
    return sentence


def _language(article: Article) -> str:
    if article.language:
        return article.language
    from briefing.ingest import detect_language

    return detect_language(article.text) or "en"


def _collapse(text: str) -> str:
    return " ".join(text.split())


def _with_its_question(fact: Fact, text: str, question: int) -> Fact:
    """An interview's answer quoted from the start of its question (`rules/interview.py`): one
    verbatim span, its statement the question and the answer on one line."""
    end = fact.evidence[0].end
    span = text[question:end]
    evidence = Evidence(source=fact.evidence[0].source, start=question, end=end, quote=span)
    return fact.model_copy(update={"statement": without_markup(_collapse(span)), "evidence": [evidence]})


class ExtractiveEngine:
    name = "extractive"
    cacheable = False
    parallel = False  # CPU-bound pure Python: threads would only contend for the GIL
    processes = True  # so it runs in worker processes (--jobs), one article each at a time

    def prepare(self) -> None:
        """Nothing to load ahead: the rules compile on first use."""

    def identity(self) -> str:
        """The engine and a digest of its rules' code (`RULE_SOURCES`): after an upgrade, or any
        change to a rule, the cache's extractions by older rules are not served."""
        return _identity()

    def extract(self, article: Article) -> Extraction:
        language = _language(article)
        split = split_article(article.text, language)
        index = ActorIndex.build(article.text)
        principal = index.principal()
        sentences, orphans = with_antecedents(article.text, [_as_lead(s, index) for s in split.sentences])
        body = [s for s in sentences if s.role == "body"]
        dropped = [
            DroppedFact(reason="points back to a sentence it cannot be shown with", quote=s.text)
            for s in orphans
        ]

        kept: list[Sentence] = []
        seen: set[str] = set()
        for sentence in sentences:
            key = _collapse(sentence.text).casefold()
            if key in seen:
                dropped.append(DroppedFact(reason="repeats an earlier line", quote=sentence.text))
                continue
            seen.add(key)
            if sentence.role == "headline" or (
                sentence.role == "standfirst" and not _ends_sentence(sentence.text)
            ):
                dropped.append(
                    DroppedFact(reason="a headline, not a sentence of the article", quote=sentence.text)
                )
                continue
            if (
                sentence.role in ("headline", "standfirst")
                and body
                and (
                    repeats(sentence.text, [body[0].text], threshold=0.5)
                    or repeats(sentence.text, [s.text for s in body[:3]])
                )
            ):
                dropped.append(DroppedFact(reason="headline repeats the lead", quote=sentence.text))
                continue
            kept.append(sentence)

        facts: list[Fact] = []
        previous_speaker: str | None = None
        stamps = update_stamps(article.text, article.published)
        # a dateline inside the text (`Roma, 16 luglio 2019. Nei dati diffusi oggi …`) dates its
        # paragraph as a chronicle's day does; both kinds are whole lines, merged in the text's
        # order for `_entry`'s bisection
        entries = sorted(
            chronicle_entries(article.text, article.published) + datelines(article.text, article.published),
            key=lambda entry: entry[0],
        )
        posts = quoted_posts(article.text, article.published)
        interview = interview_of(article.text, index)
        # a translated column was written for its first page, on a day this page does not give
        foreign = translated(article.text)
        body_position = {id(s): i for i, s in enumerate(body)}
        # a live blog's entry headlines (`Otto morti nei bombardamenti 27`): each opens an entry
        headlines = [s.end for s in split.skipped if s.reason in (NUMBERED_HEADLINE, ENTRY_HEADLINE)]
        story: Story | None = None  # the date the sentence before told of, if any
        said: Said | None = None  # when the sentence before says its speaker spoke
        opened: Said | None = None  # the date of the sentence that opened a quotation still open
        about: str | None = None  # the person the sentence before is about, where it speaks for no one
        for number, sentence in enumerate(kept):
            chronicle_day = _chronicle_day(entries, sentence.start)
            anchor, under_a_stamp = _anchor(article, stamps, sentence.start)
            posted = _chronicle_day(posts, sentence.start)  # a quoted post's day: its words count from it
            anchor = chronicle_day or posted or anchor
            following = kept[number + 1] if number + 1 < len(kept) else None
            lead_in = introduces_quotation(sentence, following, index)
            new_entry = stamped(article.text, sentence.start) or (
                number > 0 and _headed_between(headlines, kept[number - 1], sentence)
            )
            entry = _entry(entries, sentence.start)
            if new_entry or (number and entry and entry != _entry(entries, kept[number - 1].start)):
                previous_speaker = None  # whoever spoke in the entry before does not speak in this one
            if number and (new_entry or not _same_paragraph(article.text, kept[number - 1], sentence)):
                story = None  # a new paragraph, or a live blog's next entry, is back to the news
            elif (
                number
                and _recent(story, article.published)
                and _on_a_line_after_a_paragraph(article.text, kept[number - 1], sentence)
            ):
                # a paragraph of its own line is back to the news too; only a story of long ago
                # (a life, a war) goes on over the line break, and keeps its lines undated
                story = None
            if number and "\n" in article.text[kept[number - 1].end : sentence.start]:
                opened = None  # a quotation left open goes on within its line only
            same_paragraph = number > 0 and _same_paragraph(article.text, kept[number - 1], sentence)
            speaker_before = about if about and same_paragraph else previous_speaker
            asked = interview.question_before(article.text, sentence.start) if interview else None
            if interview is not None and asked is not None:
                speaker_before = interview.interviewee  # an answer's words are the interviewee's
            fact, last_voice, story, spoke = self._fact(article, language, sentence, index, principal,
                                                        speaker_before, body_position.get(id(sentence), 0),
                                                        len(body), number, anchor, lead_in, chronicle_day,
                                                        under_a_stamp, story, posted,
                                                        foreign and anchor == article.published,
                                                        said if previous_speaker else None,
                                                        opened)  # fmt: skip
            if asked is not None and fact.speaker:
                fact = _with_its_question(fact, article.text, asked)
                facts = [f for f in facts if f.evidence[0].start < asked]  # the question is quoted with it
            said = spoke if fact.speaker else None
            if opened is not None:
                opened = None if _closes_quotation(sentence.text) else opened
            elif _leaves_quotation_open(sentence.text):
                opened = spoke  # `Dice il dossier l'Eni: "Le sanzioni colpiscono …`: its next sentences
            if sentence.role == "body" and (fact.speaker or last_voice or has_direct_quote(sentence.text)):
                # a quotation whose speaker is not known is someone else's: it ends the chain
                previous_speaker = fact.speaker or last_voice
            elif sentence.role == "body" and (source := source_before_colon(sentence.text, index, language)):
                previous_speaker = source  # `European Council President Paolo Costa:`, then the quotation
            # `Mark Rutte, speaking in Brussels, welcomed the plan. …, he said.`: a pronoun (or a subject
            # left unsaid) in the next sentence of the paragraph goes on from the person this one is about
            speaks = fact.speaker or last_voice or has_direct_quote(sentence.text)
            about = None if speaks or sentence.role != "body" else opening_person(sentence.text, index)
            facts.append(fact)
        return Extraction(facts=facts, dropped=dropped)

    def _fact(
        self,
        article: Article,
        language: str,
        sentence: Sentence,
        index: ActorIndex,
        principal: set[str],
        previous_speaker: str | None,
        position: int,
        body_count: int,
        number: int,
        anchor: PartialDate | None,
        lead_in: bool = False,
        chronicle_day: PartialDate | None = None,
        under_a_stamp: bool = False,
        story: Story | None = None,
        posted: PartialDate | None = None,
        written_before: bool = False,
        said: Said | None = None,
        opened: Said | None = None,
    ) -> tuple[Fact, str | None, Story | None, Said | None]:
        """`anchor`: the date the sentence's relative words count from (the publication date, the
        live-blog update line above it, or the day its chronicle paragraph opens on); `chronicle_day`:
        that day, which also dates what the paragraph reports in place of the publication;
        `under_a_stamp`: the anchor is a live blog's update line above the sentence, or the span
        between the publication and the page's `last updated` line, which also dates what the sentence
        reports (an entry is reported on its own day, not on the day its page was filed); `story`: the
        date the sentences before it in its paragraph told of (`_told_date`): a sentence in the past
        with no date of its own that follows one told of an earlier day than its page's goes on
        telling that story, and is dated by it (`L'episodio è avvenuto ieri sera. Sul posto sono
        intervenuti …`), or left undated when that story is of long before (`_goes_on_telling`);
        `posted`: the day of the post a roundup quotes in the sentence's paragraph, its status link
        beside the quotation (`dates.quoted_posts`), which dates the sentence when it names no date of
        its own; `written_before`: the text was written some day before its page (a translated column,
        `dates.translated`), so its relative words count from no day we know; `said`: when the
        sentence before says its speaker spoke, which dates a quotation that goes on from them (`«…»,
        aveva spiegato Gabbia lo scorso febbraio. «Ho giocato …»`); `opened`: the date of the sentence
        that opened a quotation this one goes on inside (a document quoted over several sentences,
        `Dice il dossier l'Eni: "Le sanzioni … . 2) Il Governo degli USA non può …`): undated where
        that sentence is, outside a chronicle's entry. With the fact, the last voice of a span of
        several (`Attribution.last_voice`), whom a quotation after it goes on from, the story the next
        sentence of the paragraph may go on telling, and when this sentence says its speaker spoke."""
        text = sentence.text
        teaser = is_teaser(text)
        if teaser:  # another page's time: its day words count from nothing we know
            anchor = None
        mentions = find_dates(text, anchor, language)
        if written_before:  # `proprio ieri Assad ci ha ricordato …` in a column of The Independent
            mentions = unanchored(mentions)
        if (
            chronicle_day is not None
            and article.published is not None
            and any(m.basis == "explicit" and m.year_inferred for m in mentions)  # what the page may date
        ):
            by_page = find_dates(text, article.published, language)
            mentions = _of_the_chronicles_time(mentions, by_page, chronicle_day, article.published)
        last_voice = None
        goes_on_from = False  # a quotation that goes on from the speaker before
        if sentence.role == "tweet":
            # a repost's speaker is the person it quotes, not the account that reposts them
            voice = sentence.tweet_voice
            author = index.person_quoted(voice) if voice else index.person_named(sentence.tweet_author)
            speaker = author.name if author else None
            reported, quoted = True, True
        else:
            attribution = attribute(text, index, previous_speaker, language)
            speaker, reported, quoted = attribution.speaker, attribution.reported, attribution.quoted
            last_voice = attribution.last_voice
            goes_on_from = attribution.goes_on
        # `oggi` in a quotation is the day the speaker spoke, not the date of an event; a year ahead
        # in one is the horizon of what they say (`«Bloccheremo l'aumento nel 2027»`), not when they
        # said it; any date in the words of a speaker the sentence names is what they told, and
        # their position is dated when they told it (`"Informammo nel 2009 gli Stati Uniti …". Così
        # il ministro Bashir`: not 2009)
        dating = [
            m
            for m in mentions
            if not inside_quotation(text, m.start)
            or (
                m.basis == "explicit"
                and not _horizon(m, article.published)
                and not (quoted and speaker is not None)
            )
        ]
        if sentence.role == "tweet":
            dating = []  # a post is dated by its sign-off: the day it was published
        tense = main_tense(without_relative_clauses(text, dating))
        main = main_date(dating, tense, anchor)
        spans = (
            main is not None
            and not is_background(text)  # not `Dal 2002 in poi cominciò …`: a start told as an event
            and main.date is not None
            and anchor is not None
            and main.date.before(anchor)
            and opens_a_span(text, main)
        )
        if spans:  # `Dal 27 febbraio 2011 l'Egitto è governato …`: a span that runs on to now, dated by
            main = None  # its report; it tells no day that it or the lines after it go on telling
        two_days = main is not None and (
            tells_two_days(text, dating)
            or tells_a_vague_past(text, main)
            # `… vittima della strage del 21 settembre del 1986. Poi … figlio dell'imprenditore ucciso
            # il 9 luglio del 1992`: days long past, recalled in any clause of two sentences
            or (
                _all_long_before(dating, chronicle_day or article.published)
                and tells_two_days(text, dating, recalled=True)
            )
        )
        if two_days:  # `…, questa mattina, andrà a Ground Zero. Ieri il presidente ha ordinato …`
            main = None  # dated by its report: neither day is the whole span's
        figures = figures_in(text, language, exclude=[(m.start, m.end) for m in mentions])
        hard = sum(1 for f in figures if f.kind in _HARD_FIGURES)
        actors = index.actors(text)

        if speaker and speaker in index.people and all(a.name != speaker for a in actors):
            actors = [Actor(name=speaker, role=index.people[speaker].role), *actors]

        when: PartialDate | None = None
        when_end: PartialDate | None = None
        basis: WhenBasis | None = None
        if main is not None:
            when, when_end = main.date, main.end_date
            basis = main.basis if when else None
        elif sentence.role == "tweet" and sentence.tweet_date:
            when, basis = sentence.tweet_date, "publication"
        elif posted is not None:
            # the post's status id is a timestamp the source gives for the quotation: an explicit date
            when, basis = posted, "explicit"
        date_is_future = bool(when and article.published and when.after(article.published))
        kind = classify(
            text,
            sentence.role,
            speaker,
            quoted,
            reported,
            hard,
            bool(actors) or index.names_a_place(text),  # (what happened at `Camp David`: an event)
            date_is_future,
            tense,
        )
        unheld_report = False  # a stance someone unnamed reported (`ha riferito una fonte locale`)
        if kind == "position" and speaker is None:
            holder = opening_subject(text, index)
            if holder is None:
                kind = "context"  # a stance no one in the sentence holds: not a position of its first actor
                unheld_report = reported
            else:  # the stance is its subject's (`The United States reiterated President Trump's …`)
                actors = sorted(actors, key=lambda actor: actor.name != holder)
        fallback = None if teaser else anchor if under_a_stamp else chronicle_day or article.published
        if goes_on_from and main is None and said is not None:
            # `«…», aveva spiegato Gabbia lo scorso febbraio. «Ho giocato …»`: said that February too,
            # not news of the page's day; undated where the saying was (`aveva detto`, long ago)
            when, when_end, basis = said.when, said.end, said.basis
            fallback = None
        elif two_days and fallback is not None and _all_long_before(dating, fallback):
            # `… è stato condannato il 18 febbraio del 2010. Poi, il 7 aprile del 2010, …`: a span that
            # tells days long before its page (or chronicle) day is history, told on no day of its own
            fallback = None
        elif opened is not None and opened.when is None and main is None and chronicle_day is None:
            # words inside a quotation an earlier sentence of its line opened and left undated (a
            # document of long ago): undated with it, not news of the page's day
            fallback = None
        # a chronicle's paragraph reports its day, among its background
        goes_on = (
            chronicle_day is None
            and main is None
            and not spans
            and not two_days
            and _goes_on_telling(story, fallback, text, tense)
        )
        if goes_on and story is not None and fallback is not None:
            if story.date is None or long_before(story.date, fallback):
                # `Racconta di avere avuto l'idea nel 2022. Dopo aver pubblicato …, ha deciso …`: a
                # story of long before its page (or chronicle) day stays undated
                fallback = None
            elif story.main_clause and _days_before(story.date, fallback):
                fallback = story.date  # `L'episodio è avvenuto ieri sera. Sul posto sono intervenuti …`
            else:  # a month, an older day, or a day a clause recalled in passing: left to its page
                goes_on = False
        if (
            main is None
            and when is None
            and fallback is not None
            and (kind in ("event", "statement", "position", "figure") or unheld_report)
            and not is_background(text)
            and not cites_a_publication(text)  # written in the book or paper it cites, some day before
        ):
            # a chronicle's paragraph reports its day (`1 ottobre, … . Nell'ospedale gli è stato …`);
            # under a page's `last updated` line, the text is of some day between the two
            when, basis = fallback, "publication"

        people = [a for a in actors if a.name in index.people]
        features = Features(
            role=sentence.role,
            position=position,
            body_count=body_count,
            kind=kind,
            principal=any(a.name in principal for a in people),
            people=len(people),
            actors=len(actors),
            basis=basis if basis != "publication" else None,
            hard_figures=hard,
            action=bool(ACTION.search(text)),
            hedge=bool(HEDGE.search(text)),
            question=text.rstrip(" ”\"»'").endswith("?"),
            words=len(text.split()),
            lead_in=lead_in,
        )
        fact = Fact(
            id=f"x{number + 1}",
            kind=kind,
            statement=without_markup(_collapse(text)),
            actors=actors,
            when=when,
            when_basis=basis,
            when_end=when_end,
            evidence=[Evidence(source=article.source, start=sentence.start, end=sentence.end, quote=text)],
            figures=[f.figure for f in figures],
            speaker=speaker,
            salience=score(features),
            language=language,
            embedded=sentence.role == "tweet",
        )
        # when the sentence's words were said, for a quotation after it that goes on from them: a
        # date outside its quotations dates the saying (one inside is what was said about)
        outside = main is None or not inside_quotation(text, main.start)
        spoke = Said(when, when_end, basis) if outside else None
        told = _told_date(fact)
        if told is not None and main is not None:
            # a noun's date is the sentence's own (`L'episodio è avvenuto alle 23 di ieri sera`)
            in_passing = main.aside or main.clause not in (None, "attribute") or opens_a_span(text, main)
            # `tra sabato e domenica Hezbollah ha colpito …`: a span of days; what the lines after
            # it go on telling happened on one of them, not on its first
            in_passing = in_passing or main.end_date is not None
            return fact, last_voice, Story(told, main_clause=not in_passing), spoke
        if goes_on:
            return fact, last_voice, story, spoke
        if spans or two_days:
            return fact, last_voice, None, spoke
        if when is None and sentence.role == "body" and tells_history(text):
            return fact, last_voice, Story(None, main_clause=False), spoke  # `Dalla ricerca emerse che …`
        return fact, last_voice, None, spoke


def _leaves_quotation_open(text: str) -> bool:
    """`text` opens a quotation it does not close: “ or « left open, or a last straight quote that
    opens a word (`Dice il dossier: "Le sanzioni …`), not one that ends a quotation (`…sufficienti",`)."""
    last = text.rfind('"')
    return open_quotation(text) or (
        text.count('"') % 2 == 1
        and last + 1 < len(text)
        and not text[last + 1].isspace()
        and (last == 0 or text[last - 1].isspace())
    )


def _closes_quotation(text: str) -> bool:
    """`text`, inside a quotation opened before it, closes it: ” or », or a first straight quote
    that ends a word (`… esigono rispetto".`)."""
    first = text.find('"')
    return (
        text.count("”") > text.count("“")
        or text.count("»") > text.count("«")
        or (first > 0 and not text[first - 1].isspace())
    )


class Said(NamedTuple):
    """When a sentence says its speaker spoke (`aveva spiegato Gabbia lo scorso febbraio`), as it
    dates its fact: a quotation in the next sentence that goes on from them was said then too, and so
    was the rest of a quotation it opens."""

    when: PartialDate | None
    end: PartialDate | None
    basis: WhenBasis | None


class Story(NamedTuple):
    """The date a sentence told of, which the past lines after it in its paragraph may go on telling
    (None: a time long past, told in the tense of history with no date); `main_clause`: its main
    clause told it (`L'episodio è avvenuto ieri sera`), not a clause that recalls a day in passing
    (`il Memorial inaugurato ieri`, `che era già stato al centro degli scontri di mercoledì`)."""

    date: PartialDate | None
    main_clause: bool


def _goes_on_telling(story: Story | None, fallback: PartialDate | None, text: str, tense: str | None) -> bool:
    """Whether a sentence with no date of its own goes on telling the story of the sentence before:
    told in the past (or, after a story of long ago, in the imperfect: `Le imbarcazioni erano
    poche`), of a time before its page, and not back to the present (`Adesso sono stati assolti`)."""
    if story is None or fallback is None or speaks_of_now(text):
        return False
    if story.date is None or long_before(story.date, fallback):
        return tense == "past" or told_as_state(text)
    return tense == "past" and story.date.before(fallback)


# How recent a day a story told the sentence before must be for the next past line to be of that day
# too (`ieri sera`, `lunedì`); a story of an older day, or of a month, leaves the line to its page.
_STORY_DAYS = dt.timedelta(days=7)


def _all_long_before(mentions: Sequence[DateMention], day: PartialDate | None) -> bool:
    """Whether every date `mentions` resolve to, asides left out, lies long before `day`."""
    dates = [m.date for m in mentions if m.date is not None and not m.aside]
    return day is not None and bool(dates) and all(long_before(date, day) for date in dates)


def _days_before(story: PartialDate, fallback: PartialDate) -> bool:
    """Whether `story` is a day in the week before `fallback`'s first day."""
    return story.precision == "day" and story.last_day() >= fallback.first_day() - _STORY_DAYS


def _headed_between(headlines: list[int], before: Sentence, sentence: Sentence) -> bool:
    """One of a live blog's entry headlines (where each ends) stands between `before` and `sentence`."""
    last = bisect.bisect_right(headlines, sentence.start)
    return last > 0 and headlines[last - 1] > before.start


def _same_paragraph(text: str, before: Sentence, sentence: Sentence) -> bool:
    """No blank line between the end of `before` and the start of `sentence`."""
    return text[before.end : sentence.start].count("\n") <= 1


# A line longer than this is a paragraph of its own, not a line of a paragraph wrapped by hand.
_WRAPPED_LINE = 120


def _on_a_line_after_a_paragraph(text: str, before: Sentence, sentence: Sentence) -> bool:
    """`sentence` opens the line after `before`'s, a line too long to be wrapped by hand: a page that
    writes one paragraph a line, with no blank line between them."""
    if text[before.end : sentence.start].count("\n") != 1:
        return False
    return before.end - text.rfind("\n", 0, before.end) > _WRAPPED_LINE


def _recent(story: Story | None, published: PartialDate | None) -> bool:
    """The story told of a day near the page's (`lunedì`), not of long before it."""
    return (
        story is not None
        and story.date is not None
        and published is not None
        and not long_before(story.date, published)
    )


# How long after a chronicle's day the events its paragraph goes on to tell may run (`19 maggio
# Esplode una bomba … Il colpevole viene arrestato il 7 giugno`).
_CHRONICLE_AFTERMATH = dt.timedelta(days=60)


def _of_the_chronicles_time(
    by_day: list[DateMention], by_page: list[DateMention], day: PartialDate, published: PartialDate
) -> list[DateMention]:
    """A day a chronicle's paragraph writes without its year, resolved against the paragraph's
    day (`by_day`), falls before that day when told in the past; but a paragraph goes on to tell
    what followed its day (`3 febbraio La capitale si sveglia sotto la neve. Nella notte tra il 3
    ed il 4 febbraio, la neve finì …`): where the mention resolved against the page (`by_page`)
    falls in the weeks after the paragraph's day, and not after the page, that is its date; so
    for a month written alone that falls after the paragraph's day, up to the page (a year's review:
    `15 luglio Esce il singolo … A dicembre è il primo video con un miliardo di visualizzazioni`)."""
    if len(by_day) != len(by_page):
        return by_day

    def follows(date: PartialDate) -> bool:
        reach = published.last_day() if date.day is None else day.last_day() + _CHRONICLE_AFTERMATH
        return day.first_day() <= date.first_day() <= reach and not date.after(published)

    return [
        page
        if own.start == page.start
        and own.basis == "explicit"
        and own.year_inferred
        and page.date is not None
        and not starts_from(own)  # `da novembre sotto scorta`: since the November before
        and follows(page.date)
        else own
        for own, page in zip(by_day, by_page, strict=True)
    ]


def _horizon(mention: DateMention, published: PartialDate | None) -> bool:
    """A year alone, after the page's: the horizon of a plan or promise, not a day it happened."""
    return (
        published is not None
        and mention.date is not None
        and mention.date.precision == "year"
        and mention.date.after(published)
    )


def _told_date(fact: Fact) -> PartialDate | None:
    """The date `fact`'s own text gives it, if any (not the publication's)."""
    return fact.when if fact.when_basis in ("explicit", "relative") else None


def _chronicle_day(entries: Sequence[tuple[int, int, PartialDate]], start: int) -> PartialDate | None:
    """The day of the chronicle paragraph `start` stands in, or None."""
    entry = _entry(entries, start)
    return entry[2] if entry else None


def _entry(
    entries: Sequence[tuple[int, int, PartialDate]], start: int
) -> tuple[int, int, PartialDate] | None:
    """The chronicle paragraph `start` stands in (`dates.chronicle_entries`: lines, in the text's
    order, none overlapping), or None. Found by bisection: a chronicle of hundreds of days is asked
    once per sentence."""
    at = bisect.bisect_right(entries, start, key=lambda entry: entry[0]) - 1
    if at < 0:
        return None
    first, last, _ = entries[at]
    return entries[at] if first <= start < last else None


def _anchor(article: Article, stamps: list[Stamp], start: int) -> tuple[PartialDate | None, bool]:
    """The latest live-blog update line before `start` that falls on or after the publication
    date, else the publication date (see ARCHITECTURE.md, "Dates"); and whether it is such a
    line, which dates what the text under it reports in place of the publication (a live blog
    filed the evening before its entries). Under the page's own `last updated` line the text was
    written some time between the publication and the update: the anchor is then the day when
    both are the same, else only their month (`oggi` on a page of 18 March updated on 20 March
    is some day of March)."""
    before = [stamp for stamp in stamps if stamp.offset < start]
    if not before or (
        article.published is not None and before[-1].date.first_day() < article.published.first_day()
    ):
        return article.published, False
    latest = before[-1]
    if latest.page and article.published is not None:
        return written_between(article.published, latest.date), True
    return latest.date, True
