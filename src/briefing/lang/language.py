"""What a language is to the pipeline: one typed object carrying its words (see ARCHITECTURE.md,
"Where knowledge lives").

Each language module (`it.py`, `en.py`) builds one `Language`; mypy checks that it fills every
field. The rules combine the fields of all languages into their patterns, so a sentence in one
language quoting another is still read. Fields ending in `_pattern` (or documented as regex
alternatives) are regular-expression alternatives, written in lower case and matched without
regard to case; the others are plain words.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

# The combining-diacritics blocks: what is left of an accent once a letter is decomposed.
COMBINING_MARKS = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def fold(text: str) -> str:
    """Case and accents folded, curly apostrophes straightened: `Perché l’UE` → `perche l'ue`.

    The one accent folding of the code base (compatibility decomposition, combining marks dropped).
    Plain ASCII has no accent, no curly apostrophe and no decomposition, and its case folding is
    `lower`: most words of a build are, and take that way (the same result, `tests/test_lang.py`)."""
    if text.isascii():
        return text.lower()
    return unicode_fold(text)


def unicode_fold(text: str) -> str:
    """`fold` of any text, ASCII or not."""
    return COMBINING_MARKS.sub("", unicodedata.normalize("NFKD", text.casefold())).replace("’", "'")


def word_set(text: str) -> frozenset[str]:
    """The words of a list written one after another, separated by white space."""
    return frozenset(text.split())


def comma_set(text: str) -> frozenset[str]:
    """The items of a list written with commas between them (an item may hold spaces: `united
    states`), white space folded to one space."""
    return frozenset(" ".join(item.split()) for item in text.split(",") if item.strip())


@dataclass(frozen=True)
class Language:
    """A language's knowledge: how it writes dates, which words are not names, how it reports speech.

    Regex fields are alternatives (`a|b|c`) for a non-capturing group, in lower case."""

    code: str
    """ISO 639-1, as py3langid names it: `it`, `en`."""
    name: str

    # --- what the tool writes (i18n) --------------------------------------------------------
    labels: Mapping[str, str]
    """Every label the briefing writes, by key (the same keys in every language)."""

    # --- the calendar -----------------------------------------------------------------------
    months: tuple[str, ...]
    """The twelve month names, as written in running text (`gennaio`, `January`)."""
    month_abbreviations: tuple[str, ...]
    """The twelve short names (`gen`, `Jan`)."""
    month_variants: Mapping[str, int]
    """Other short names, with their month number (`sett`: 9)."""
    capitalises_calendar: bool
    """True when the language capitalises month and weekday names: then `may` and `sunday` in lower
    case are not dates."""
    weekdays: tuple[str, ...]
    """The seven weekday names, Monday first, with their accents (`lunedì`)."""
    numeric_day_first: bool
    """How a date written in figures is read when both numbers could be the month: `11/9/2011` is
    11 September in Italian (day first) and November 9 in a US release (month first)."""
    date_labels: tuple[str, ...]
    update_labels: tuple[str, ...]
    translation_credits: tuple[str, ...]
    """Words that credit a page's translation where a line or a parenthesis opens on them
    (`(Traduzione di …)`, `tradotto da`, `translated by`), as regex alternatives: the text was first
    written for another page, some day before this one."""
    """Words that label a page's `last updated` line (`aggiornato`, `updated`), as regex alternatives."""
    """Header words that introduce a publication date (`data:`, `published:`)."""
    ordinal_suffixes: tuple[str, ...]
    """What follows a day number as an ordinal (`1º`, `1st`)."""

    # --- dates in sentences (rules/when.py): regex alternatives ------------------------------
    relative_days: Mapping[int, str]
    """Words for a day by its offset from the publication day (`ieri`: -1)."""
    relative_weeks: Mapping[int, str]
    relative_months: Mapping[int, str]
    relative_years: Mapping[int, str]
    relative_words: frozenset[str]
    """Every word that can start one of the relative phrases above (a cheap test before the patterns)."""
    past_modifiers: tuple[str, ...]
    """`lo scorso`, `last`: before (or, see `post_modifiers`, after) a weekday or month."""
    future_modifiers: tuple[str, ...]
    same_modifiers: tuple[str, ...]
    """`this`, `lo stesso`: the period of the publication date."""
    post_modifiers: tuple[str, ...]
    """Modifiers written after the weekday or month (`febbraio scorso`)."""
    weekday_cues: tuple[str, ...]
    """Words that may precede a weekday and say nothing of direction (`on Monday`)."""
    month_cues: str
    """What introduces a month with no day (`a febbraio`, `in February`)."""
    year_cues: str
    """What introduces a year alone (`nel 2024`, `by 2030`)."""
    range_openers: str
    """What opens a range of days (`dal`, `from`); include the trailing white space or elision."""
    range_joiners: str
    """What joins the two ends of a range (`al`, `to`), between white space."""
    weekday_range_openers: str
    """What opens a span of two weekdays (`tra sabato e domenica`, `between Saturday and Sunday`)."""
    day_parts: str
    """A part of a day that may follow its weekday (`sabato sera`, `Saturday night`)."""
    day_of_month: tuple[str, ...]
    """`2 di aprile`, `2nd of April`."""
    month_of_year: tuple[str, ...]
    """`febbraio del 2024`, `February of 2024`."""
    time_units: Mapping[str, str]
    """Words for a day, week or month, mapped to `day`, `week`, `month`."""
    unit_plurals: Mapping[str, str]
    """`day` → the plural this language writes (`giorni`), for dateparser's phrases."""
    ago_words: tuple[str, ...]
    ahead_words: tuple[str, ...]
    ago_phrase: str
    """A counted offset into the past, as dateparser reads it: `{n} {unit} fa`."""
    ahead_phrase: str
    number_words: Mapping[str, int]
    """Numbers written as words (`tre`: 3)."""
    decimal_comma: bool
    """True when the language writes `3,5` for three and a half (and `1.000` for a thousand)."""
    scales: Mapping[str, float]
    """Words and short forms that multiply a number (`miliardi`: 1e9)."""
    currencies: Mapping[str, str]
    """Currency words to their ISO code (`dollari`: `USD`)."""
    counted_nouns: str
    """Nouns a count counts (`soldati`, `troops`), as regex alternatives."""
    article_as_one: tuple[str, ...]
    """Articles that count one (`un mese fa`, `a week ago`)."""

    comparison_cues: str
    """What makes the date after it a term of comparison, not the sentence's date (`rispetto al`,
    `compared with`), as regex alternatives ending right before the date."""
    figure_comparison_cues: str
    """Prepositions that compare only where a figure follows them (`contro il 2,1% del 2023`,
    `against 2.1% in 2023`); otherwise they say where an action went (`strikes against Hezbollah on
    Saturday`: Saturday is the day of the strikes), as regex alternatives."""
    comparison_openers: str
    """What opens a clause of comparison with an earlier event or of concession (`come già accaduto
    per …`, `as happened in …`, `nonostante il mandato fosse scaduto a luglio`): no date in it is
    the sentence's, as regex alternatives; empty when none."""
    nowadays_cues: str
    former_role_cues: str
    """What names a person's former role before a comma and `oggi` (`il Generale Rossi, dopo
    l'esperienza alla guida della Protezione civile, oggi al Comando …`, `già ministro, oggi …`):
    that `oggi` is `nowadays`, not a day, as regex alternatives; empty when none."""
    now_words: str
    """Words that set what holds now against an earlier date (`oggi`, `ora`, `now`), as regex
    alternatives."""
    """Words before a day word that make it mean `nowadays` (`ancora oggi`, `still today`), as
    regex alternatives."""
    aside_year_cues: tuple[str, ...]
    """Year cues that make the year an attribute or a starting point (`l'intervista del 2021`,
    `since 2017`): not the date of what the sentence reports."""
    period_nouns: frozenset[str]
    """Nouns of a period before an aside or attribute cue, which keep the date the sentence's own
    (`nei primi tre mesi del 2024`, `alla fine del 2023`, `la mattina del 26 febbraio`)."""
    since_openers: str
    """What opens a starting point that may stand a few words before its date (`Since the
    establishment of the State of Israel in 1948, …`), as regex alternatives; empty when none."""
    relative_pronouns: str
    """What opens a relative or subordinate clause (`che`, `cui`, `which`), as regex alternatives."""
    vague_past: str
    """A time long past that counts no day (`qualche anno fa`, `tempo fa`, `a few years ago`), as
    regex alternatives: a span that tells it in one sentence and a day in another has no one date."""
    topic_cues: str
    """Words that make the date after them, in the same clause, the subject of a noun (`a book about
    … October 7, 2023`, `un libro sul 7 ottobre`): not the date of what the sentence reports."""
    attribute_cues: tuple[str, ...]
    """Prepositions that make the date after them an attribute of a noun (`il bombardamento di
    venerdì`): a date of the main clause goes first."""
    after_words: tuple[str, ...]
    """Prepositions that put what the sentence reports after the noun they open (`dopo le dimissioni
    di ieri del ministro, è arrivata notizia …`): a date of that noun is not the sentence's."""
    of_relative_year: Mapping[int, str]
    """What names the year of a month relative to the publication (`gennaio dello scorso anno`: -1),
    as regex alternatives by offset."""
    well_known_days: Mapping[tuple[int, int], int]
    """Days known by their day and month alone, (month, day) to their year (`l'11 settembre`: 2001)."""
    well_known_cues: str
    """What, right before such a day, makes it the well-known one (`gli attacchi dell'11 settembre`,
    `dopo l'11 settembre`; not `il Senato ha votato l'11 settembre`), as regex alternatives ending
    right before the day; empty when none."""
    that_year: str
    """What makes a day and month refer to a year named elsewhere (`il 24 marzo di quell'anno`)."""
    habitual_cues: tuple[str, ...]
    """Words before a weekday that make it a habit, not a day (`ogni giovedì`, `every Thursday`), or
    the name of a weekly event (`la preghiera del venerdì`)."""
    future_auxiliaries: str
    """Auxiliaries of a future passive before a participle (`sarà assegnato il 6 maggio`)."""
    deadline_cues: tuple[str, ...]
    """Cues that put a month with no year ahead (`entro giugno`, `by June`)."""
    deadline_words: tuple[str, ...]
    """Nouns after a month that put it ahead (`a June deadline`)."""

    # --- tense and clauses: regex alternatives -----------------------------------------------
    future_markers: str
    """Words and endings of a sentence that announces or schedules."""
    coming_event_words: str
    """An adjective of a coming event that is no time (`le prossime elezioni`): it dates that event
    (`il prossimo turno il 16 giugno`), but does not make the main clause future."""
    past_adverbs: str
    """The words among `past_markers` that are no verb (`scorsi`, `fa`, `ago`), as regex alternatives."""
    past_markers: str
    """Words and endings of a sentence that reports what happened."""
    scheduling_words: str
    """A participle that schedules the date after it (`previsto per`, `scheduled for`)."""
    scheduling_links: str
    """Prepositions and articles between a scheduling word and its date."""
    participle_before: str
    """A past participle right before a date (`iniziato il 12 febbraio`); empty when none."""
    happening_participles: str
    """Participles that say a noun's event happened (`una sparatoria avvenuta sabato sera`): their
    date is the day of the event the sentence reports, not only its noun's; regex alternatives."""
    life_participles: str
    """Participles of a life's events that may stand a few words before their date (`nato a
    Pinerolo nel 1865`, `born in Ohio in 1950`): without an auxiliary they qualify a person, and
    the date is not what the sentence reports; regex alternatives."""
    gerund: str
    """A gerund that opens a clause (`…, portando l'aumento nel 2027 a tre mesi`), not a progressive:
    a date in that clause is a consequence or a manner, not the sentence's own; regex, empty when none."""
    perfect_infinitive: str
    """A perfect infinitive (`ad aver introdotto`, `for having won`): a date in its clause is of a
    deed that qualifies someone, not what the sentence reports; regex alternatives, empty when none."""
    opening_participle: str
    """A past participle that opens a sentence (`Sposata nel 2006, è balzata …`, `Elected in 2019,
    the mayor …`): a date before the comma that closes its phrase is not the main clause's;
    regex alternatives, empty when none."""
    perfect_participle: str
    """A perfect participle that opens a sentence (`Having visited Kyiv last month, …`, `Avendo
    firmato l'accordo ieri, …`): its phrase, up to the comma that closes it, tells what came before
    the main clause, whose verb follows; a date in it is not the main clause's; regex alternatives."""
    determiners: frozenset[str]
    """Articles and articulated prepositions: a participle-shaped word after one is a noun (`il
    partito`, `del mandato`), not a participle."""
    auxiliaries: str
    """Auxiliaries that make the participle after them a verb of the clause (`è stato costruito nel
    1930`) rather than an attribute of a noun (`un museo costruito nel 1930`), as regex alternatives."""
    clause_openers: str
    """Conjunctions that open a new clause."""
    complementizers: str
    """What opens a reported or subordinate clause, for the main tense (`che`, `that`, `whether`)."""
    planned_main: str
    """Main-clause verbs that make a sentence a plan (`prevede`, `is planned`)."""

    # --- names, roles, organisations (rules/actors.py) ----------------------------------------
    role_heads: frozenset[str]
    """Heads of the roles the news gives people (`segretario`, `Secretary`), lower case."""
    role_words_in_places: frozenset[str]
    """Two words whose second is a role head but which name a place (`quartier generale`: the
    headquarters, not a general), lower case."""
    org_heads: frozenset[str]
    """Capitalised heads of organisation names (`Dipartimento`, `Department`)."""
    org_heads_with_name: frozenset[str]
    """Heads that name an organisation only with its name after them (`Comune di Milano`,
    `Regione Toscana`): alone (`la Regione`) they say which one to no reader."""
    elided_links: frozenset[str]
    """Elided prepositions that join an organisation's head to its name with no space (`Corte
    d'Appello`, `Ministero dell'Interno`)."""
    organisation_links: frozenset[str]
    """What joins one more complement to a named organisation (`di`, `del`: `Dipartimento di Polizia
    di Birmingham`); empty where the language's names do not run on so."""
    nationality_before_organisation: str
    """A nationality written before an organisation's name, which is part of that name (`Azerbaijani
    Ministry of Foreign Affairs`: not any country's ministry); regex matched with its case, empty
    where the language writes it after the name (`ministero degli Esteri israeliano`)."""
    org_tail_adjectives: frozenset[str]
    """Adjectives that may close an organisation name (`europeo`)."""
    org_names: tuple[str, ...]
    """Fixed organisation names, as regex fragments with the case they are written in."""
    titlecase_acronyms: frozenset[str]
    """Acronyms this language writes in title case (`Nato`, `Onu`)."""
    not_org_acronyms: frozenset[str]
    short_acronyms: frozenset[str]
    """Two capitals that name an organisation everyone knows (`UE`, `PD`; `US`, `EU`): any other
    pair (`Il PE insiste…`, copied from a post; `TOLD BY`) is no one's name unless the article
    defines it (`il Parlamento europeo (PE)`)."""
    """Upper-case words that are not organisations (`PIL`, `GDP`)."""
    function_words: frozenset[str]
    """Capitalised words that start sentences and are never names (`Il`, `The`)."""
    not_name_words: frozenset[str]
    """Other capitalised words that are not people's names: places, institutions' words."""
    place_openers: frozenset[str]
    """Capitalised words that open the name of a place or a building, never a person's
    (`Porto Scuro`, `Monte Alto`, `Fort Bragg`): a name of two words that opens on one is no one."""
    place_closers: frozenset[str]
    """Capitalised words that close the name of a place, a building, a body or a work, never a
    person's (`Trade Center`, `Times Square`, `Rapid Response`, `Photo Gallery`)."""

    # --- speech and stance (rules/attribution.py, rules/salience.py): regex alternatives ------
    reporting_verbs: str
    """The forms of the verbs that report speech, as one pattern (`ha dichiarato`, `said`)."""
    acting_with_object: str
    """Stems of reporting verbs that report no speech when a noun is their object (`ha aggiunto
    un'inedita sezione`, `osserva il mondo`, `added a clause`): a prefix pattern."""
    role_stops: frozenset[str]
    """Words a role written before a name does not reach back past (`ha`, `che`, `il`, `said`,
    `between`), lower case (`rules/actors.py`)."""
    role_stop_forms: str
    """Verb forms a role does not reach back past either (`ribadito`, `scritto`, `reported`): a
    regex matched against the whole word."""

    # --- who speaks (rules/attribution.py): lower-case words -----------------------------------
    according_to: frozenset[str]
    """Phrases that name a source after them (`secondo`, `according to`)."""
    subject_pronouns: frozenset[str]
    """Pronouns that are the subject of a reporting verb (`lei`, `she`): `"…," she said`."""
    drops_subjects: bool
    """Whether a verb may stand without its subject (`«…», ha ammonito`): then the speaker is the
    one named before."""
    gerund_endings: tuple[str, ...]
    """Endings of the gerund (`insistendo`), a verb that shares its subject with the clause."""
    subordinators: frozenset[str]
    """Conjunctions that open a reported clause (`che`, `that`): a name after one is not a subject."""
    temporal_subordinators: frozenset[str]
    """Conjunctions that open a clause of time (`quando`, `when`): a speaker whose verb stands in one
    after the writer's own main clause says only that clause (`… si concluderà l'11 febbraio,
    quando il vicepresidente … annuncia …`)."""
    coordinators: frozenset[str]
    """`e`, `and`: a role after one (`e il ministro`) may be a subject of its own."""
    singular_determiners: frozenset[str]
    """The definite article and the prepositions joined to it, singular (`il`, `della`, `nell'`;
    `the`), before a noun that a sentence before may have named (`compose/alone.py`)."""
    prenominal_adjectives: frozenset[str]
    """Adjectives written before their noun (`il nuovo governo`, `the former minister`), lower
    case: the noun of such a phrase is the word after them."""
    abstract_suffixes: frozenset[str]
    """Endings of nouns for a notion (`terrorismo`, `sicurezza`, `-ism`, `-ity`), which a sentence
    speaks of in general rather than as the one a sentence before named."""
    adjective_suffixes: frozenset[str]
    """Endings of adjectives that a finite verb's ending also matches (`elettiva`, `legislativo`,
    `decisiva`: not the imperfect `partiva`), lower case: a word ending so is never a sentence's
    verb. Empty where no verb ending is mistaken so."""
    restrictive_openers: frozenset[str]
    """Words that open a clause saying which one a noun is (`il progetto che…`, `the plan that…`),
    lower case."""
    clause_conjunctions: frozenset[str]
    """`e`, `ma`, `o`, `and`, `but`: what opens the next clause, so that a noun right before one
    has nothing after it that says which it is (`intuì l'affare ma non seppe…`)."""
    surname_articles: frozenset[str]
    """Articles a language writes before a person's bare surname (`la Accursio`, `il Rossi`), which
    stands for someone the text named in full before (`compose/sentence_before.py`); empty where
    the language does not."""
    role_articles: frozenset[str]
    """Singular definite articles before a role (`il segretario generale`, `the minister`)."""
    noun_articles: frozenset[str]
    """Articles before a common noun (`il cantante`, `un portavoce`, `the singer`)."""
    elided_articles: frozenset[str]
    """Articles written joined to the noun by an apostrophe, without it (`l`, `un`)."""
    indefinite_articles: frozenset[str]
    told_nouns: frozenset[str]
    """Nouns for what someone said or asked (`parole`, `dichiarazioni`, `richiesta`; `remarks`,
    `request`): with its article and whose it is (`le parole di Rossi`, `Rossi's request`) and
    nothing of it after (no quotation, colon, `che` clause or infinitive), it stands for words
    told in a sentence before (`compose/alone.py`)."""
    infinitive_markers: frozenset[str]
    """Words that open an infinitive by themselves (`to`), lower case; empty where the infinitive
    is known by its form (`infinitive_forms`)."""
    speech_nouns: frozenset[str]
    """Bare nouns for words said or written (`frasi`, `parole`, `post`; `words`, `posts`): a verb of
    saying whose object is one of them, with no content after (no quotation, colon or `che` clause:
    `scrive frasi deliranti sul suo profilo`), describes someone and reports no position."""
    """`un`, `una`, `un'`, `a`, `an`: someone new, not someone the text named before."""
    subject_openers: frozenset[str]
    """Articles and quantifiers that open a noun subject (`i testimoni`, `alcuni`, `some`)."""
    elided_subject_openers: str
    """The same, joined by an apostrophe (`un'esperta`, `l'incidente`, not `l'ha detto`): a regex."""
    complement_prepositions: frozenset[str]
    """Prepositions before a name that make it a complement, not a subject (`di`, `of`)."""
    clause_breakers: frozenset[str]
    """Words between a verb and a name after it that show the name is no inverted subject (`che`,
    `con`, `between`)."""
    relative_openers: frozenset[str]
    """Relative pronouns right before a verb (`…, che definisce`): the clause has its own subject."""
    subject_relatives: frozenset[str]
    """Relative pronouns that make their antecedent the verb's subject (`Trump, che … ha detto`)."""
    person_titles: frozenset[str]
    """Titles written before a name with a full stop, without it (`Sig`, `Dr`), as written."""
    plural_reporting: str
    """Reporting verbs in a plural form (`hanno detto`, `sostengono`), whose dropped subject is not
    the one person who spoke before: a pattern matched against the verb as found."""
    stance: str
    """Markers of a position."""
    action: str
    """Markers of a decision or an action."""
    hedge: str
    """Markers of uncertainty."""
    background: str
    """Markers of background (`in precedenza`, `previously`)."""
    historic_past: str
    """A verb in the tense of history (`dichiarò`, `partirono`): a main clause told in it is
    background, not news of the day; regex, empty when the language has no such tense."""
    imperfect: str
    """A verb in the imperfect (`era`, `rendevano`, `was`): a past told as a state, which goes on
    telling a story of long ago when the sentence before told one; regex, empty when none."""
    manner_openers: str
    """What opens a clause of manner or comparison before its verb (`come disse Scalfaro`), as regex
    alternatives: a verb in it is not the main clause's."""
    pluperfect: str
    """A verb in the pluperfect (`aveva ottenuto`, `had agreed`): a main clause told in it reports
    what came before the news, as regex alternatives."""
    anaphor_openers: str
    """How a sentence that points back to the one before it opens (`Lo ha detto`, `He said`,
    `These`): it is shown only with that sentence. Matched at the start, in lower case."""

    dropped_subject: str
    """Verb forms that open a sentence whose subject is left unsaid, so it is the previous
    sentence's (`Ha deciso…`, `Divenne…`, `È stata uno dei…`), perhaps after one short adverbial
    (`Nel 2017 divenne…`); empty for a language that always says its subject. Matched at the
    start, in lower case."""
    subjectless_openers: str
    """Verb phrases that open a clause with nothing before them and leave its subject unsaid
    (`Propone di dimezzare…`), where the same words after an article would be a noun's; empty where
    a language has none. Matched at the clause's start, in lower case (`compose/alone.py`)."""
    dropped_subject_unless_inverted: str
    """Verb forms that open such a sentence too, unless their subject is written after them
    (`Era nata a Merano…` points back; `È morta a Milano la conduttrice…` does not): a
    determiner or a name that no preposition governs, before the clause ends."""
    adverbial_openers: str
    """Prepositions and adverbs that may open a sentence before its verb (`nel`, `ad`, `poi`)."""
    early_connectives: str
    """Words that tie a sentence to the one before when they come among its first words (`Il
    governo è infatti…`, `Rispettare quelle leggi…`, `The talks, however, …`)."""
    back_references: str
    """Phrases that compare with what the sentence before said, wherever they stand (`qualcosa di
    simile`, `something similar`)."""
    connective_openers: str
    """Words that tie a sentence to the one before (`Ma`, `Inoltre`, `D'altro canto`, `However`)."""
    subjectless_attribution: str
    """A quotation's reporting verb with no speaker written (`», ha aggiunto.`, `– ha aggiunto –`,
    `,” he said`): the speaker is in an earlier sentence. Matched anywhere, in lower case."""
    definite_articles: tuple[str, ...]
    """The definite articles (`il`, `l'`, `the`), lower case."""
    noun_phrase_openers: frozenset[str]
    """Articles and other words that open a noun phrase (`il`, `un`, `alcuni`), lower case: one
    after the verb, governed by no preposition, is a subject written after it."""
    prepositions: frozenset[str]
    """Prepositions, simple and joined with an article (`a`, `nel`, `dall'`), lower case."""
    noun_complements: frozenset[str]
    """Prepositions that make a noun phrase say what it is (`la proposta di +Europa`), lower case."""
    shell_nouns: frozenset[str]
    """Nouns that, opening a sentence as a bare definite subject (`La decisione…`, `L'uomo…`,
    `The move…`), stand for something the sentence before named."""
    quotation_topic_markers: str
    """Words that, outside a quotation's marks, say what it is about (`circa l'ipotesi di…`, `in
    merito alla riforma`, `regarding the tariffs`): where its own sentence writes one before a
    noun phrase that says which, the quotation leans on no sentence before (`compose/subject.py`)."""
    printed_connective_openers: str
    """Connectives that narrow what the sentence before said (`In particolare,`, `In
    particular,`): a printed statement that opens on one fails (`compose/alone.py`), but the
    engine does not join it to that sentence, whose speaker it would then take."""
    interposed_connectives: str
    """Regex alternatives, lower case: connectives that, set off by commas inside a sentence or
    right after its auxiliary (`contava, infatti, su…`, `ha quindi deciso`, `The talks, meanwhile,
    stalled`, `has also said`), tie what it says to the sentence before: a printed statement whose
    first sentence holds one outside quotation marks needs that sentence (`compose/alone.py`)."""
    linking_adverbs: str
    """Regex alternatives, lower case: adverbs that tie a sentence to the one before wherever they
    stand in it, commas or not (`Il futuro della Libia però…`, `therefore`), with any context they
    need written into the pattern (`quindi`, not `e quindi`); read like `interposed_connectives`."""
    sole_roles: frozenset[str]
    """Roles that one person holds wherever a text is written (`papa`, `pope`), lower case: in
    capitals with no name after them (`la sovranità del Papa`) they stand for no one named before."""
    person_epithets: frozenset[str]
    """Epithets the press gives one person instead of a name (`colonnello`, `raìs`, `faraone`),
    lower case: after an article with no name, complement or apposition that says whose (`le
    truppe del Colonnello`, `Il Rais ha detto…`), in a statement that names neither the person the
    article writes after the epithet nor anyone in full, they stand for someone a sentence the
    briefing does not show named (`sentence_before.epithet_unnamed`)."""
    organisation_roles: frozenset[str]
    """Roles that say whom a person serves only with their organisation (`presidente`, `portavoce`,
    `chairman`), lower case: a sentence that opens on one as a definite title before a name, with
    no complement that says of what and no other name (`Il presidente Roberto Pella parla di…`),
    leaves the organisation to a sentence before (`compose/alone.py`)."""
    same_words: frozenset[str]
    """`stessa`, `same`: before a name (`della stessa Corte Suprema`), the one named before."""
    shared_markers: str
    """Words that say the things a sentence names share what it calls `the same` (`per le loro
    rispettive manifestazioni`, `si accusano a vicenda della stessa cosa`, `both`): the sameness
    is among them, not with something named before (`compose/alone.py`). A regex, lower case."""
    answer_openers: str
    """How a sentence that answers its headline opens (`E' Shohei Ohtani, …`), as a regex matched
    at the start: the question it answers is not printed."""
    reply_openers: str
    """How a reader's comment or a letter opens, addressing someone (`Caro Marco,`, `Grazie Marco
    Federico per…`, `Dear John,`), as a regex matched at the start: what it replies to is not
    printed."""
    bare_replies: frozenset[str]
    """Words that answer a question on their own (`sì`, `no`, `certo`, `of course`), lower case: a
    statement that opens on them as a sentence of their own (`Sì, sì. So quel che dice…`) is an
    interview's answer whose question the briefing does not show (`compose/alone.py`)."""
    forward_references: str
    """How a sentence reads that announces what follows it and ends there (`Ecco cosa ha detto`,
    `… ha dichiarato quanto segue`, `Here is what he said`), as a regex in lower case matched
    against the whole sentence without its final stop: what it announces is not printed."""
    ordering_adjectives: frozenset[str]
    """Adjectives that place a thing in a series the text set out before (`la prima edizione`,
    `le sole certezze`, `the same company`), lower case."""
    numbered_back_references: str
    """A definite noun phrase that counts what the text named before (`i due “rottamatori”`,
    `entrambi`, `the two men`), as regex alternatives in lower case: a statement that opens with
    one in its first sentence needs the sentence that named them."""
    reply_nouns: frozenset[str]
    """Nouns of an answer (`la risposta`, `la replica`, `the reply`): opening a sentence as its
    definite subject with no `reply_to` word right after that says what it answers, it answers
    something said before (`compose/alone.py`)."""
    relational_nouns: frozenset[str]
    """Nouns of a person by their tie to another (`il primogenito`, `la moglie`, `the son`):
    opening a sentence as its definite subject with no `noun_complements` word right after that
    says whose, they are the kin of someone named before (`compose/alone.py`)."""
    reply_to: frozenset[str]
    """The words that say what an answer answers (`alla domanda`, `all'interrogazione`, `to`)."""
    decision_nouns: frozenset[str]
    """Nouns of a choice someone made (`la decisione`, `la scelta`, `the decision`): opening a
    sentence as its definite subject, with whose it is after it (`La decisione di Addis Abeba…`)
    and no `decided_markers` word nor infinitive that says what was chosen, it stands for a choice
    told before (`compose/alone.py`)."""
    decided_markers: frozenset[str]
    """The words after a choice's noun that say what was chosen (`sulla diga`, `per il rinvio`,
    `riguardo ai banchi`, `on`, `to`); an infinitive after a complement's preposition says so too
    (`di costruire`), not one after a verb (`potrebbe evitare`)."""
    unresolved_nouns: frozenset[str]
    """Nouns that, definite and with nothing after them that says which (`l'analisi`, `lo
    scontro`, `sull'ammissibilità`), stand for something named before wherever they are in a
    sentence; with `shell_nouns`, for the compose-time grade (`compose/alone.py`)."""
    universal_determiners: frozenset[str]
    """Determiners that take every one of what was named (`ogni accusa`, `every charge`): before
    one of `unresolved_nouns` with nothing after it, they stand for the things named before."""
    first_person_words: frozenset[str]
    """Words by which a writer speaks as `I` (`I`, `my`, `mio`, `ho`), as written inside a
    sentence: outside quotation marks, a printed statement that holds one speaks for someone the
    briefing does not name unless it shows the speaker (`compose/alone.py`). Not `we`: a writer's
    `we` is often the country or the readers (`la nostra dipendenza energetica`)."""
    common_capitals: frozenset[str]
    """Capitalised words that name no one in particular (`Comune`, `Governo`, `Borsa`), folded
    and lower case: they do not say who or what a statement is about (`compose/alone.py`)."""
    age_nouns: str
    """Regex alternatives, lower case: a noun that names a person by age (`trentatreenne`,
    `37enne`, `33-year-old`). Definite and with no name after it (`il 37enne`, `the 33-year-old`),
    it stands for someone named before."""
    distal_demonstratives: str
    """Regex alternatives, lower case: `that` or `those` before a noun (`in quelle aree`, `quel
    giorno`), not before a relative or a complement (`quello che`, `quella di Roma`): it points
    back at what an earlier sentence named; an empty string where `demonstratives` covers it."""
    object_pronouns: str
    """Regex alternatives, lower case: an object pronoun with its verb (`lo descrive`, `ne aveva`,
    `l'ha`). Before the sentence's first auxiliary it stands for something named before (`Il
    governo ne aveva messo in vendita il 4 per cento`); an empty string where the language has
    none to look for."""
    national_bodies: frozenset[str]
    unsaid_copula: str
    """Regex alternatives, lower case: a copula before what the subject is (`è un`, `è diventata
    anche`, `fu candidata`). After a short adverbial that opens the sentence (`Nella letteratura
    scientifica è un criterio…`) its subject is left unsaid: the sentence before's. Empty for a
    language that always says its subject."""
    verb_forms: str
    """Regex alternatives, lower case, each matched as a whole word: what a finite verb or a
    participle looks like (`ha`, `segna`, `battuto`, `vincono`). A short first sentence with none
    is a verbless line (`Gol di Rossi al 32'.`, `Pari di Bianchi all'85'.`): a live blog's or a
    list's entry that the lines before it explain. Empty where the language is not checked."""
    participle_forms: str
    """Regex alternatives, lower case, each matched as a whole word: what a past participle looks
    like (`strappata`, `bruciate`). Right after a sentence's opening article and noun, with no
    auxiliary anywhere, it qualifies that noun (`La trama strappata della società egiziana.`) and
    is no verb: the sentence is a verbless line. Empty where `verb_forms` is."""
    infinitive_forms: str
    """Regex alternatives, lower case, each matched as a whole word: what an infinitive looks like
    (`sorreggere`, `fermarsi`). A sentence that opens on one and has no finite verb after it
    (`Sorreggere Camp David con il proprio peso, il proprio ruolo…`) is a fragment that goes on
    from the sentence before (`compose/alone.py`). Empty where `verb_forms` is, or where an
    infinitive opens no sentence."""
    back_pointers: str
    """Regex alternatives, lower case: words that tie what a sentence says to something an earlier
    sentence said, wherever they stand outside quotation marks (`sono così comparsi`, `un'analoga
    ordinanza`, `commenti simili`, `poche ore dopo`, `in città`, `that evening`): a printed
    statement that holds one needs that sentence (`compose/alone.py`)."""
    articled_prepositions: frozenset[str]
    """A preposition joined with a definite article (`della`, `al`, `nell'`), lower case: with the
    definite articles, what makes a noun phrase definite deep in a sentence (`della banca`)."""
    placed_nouns: frozenset[str]
    """Nouns that, definite, a reader places without the sentence before (`il governo`, `la
    polizia`, `the president`): one the article used before is not for that a thing it named
    before. Folded, lower case."""
    """Nouns that name one body of the country whose language this is (`governo`, `parlamento`):
    like a name, they say what a statement is about (`Il governo ha approvato il decreto`).
    Folded, lower case."""
    demonym_stems: frozenset[str]
    """How the words for a people or a place's adjective begin where the language writes them in
    lower case (`italian` for `italiani`, `europee`): they say whom a statement is about as a
    name does (`Un terzo degli italiani non ha votato`). Folded, lower case; empty where the
    language capitalises them (`Italians`)."""
    nations: frozenset[str]
    """The names of countries, and of their peoples where the language capitalises them
    (`russia`, `stati uniti`; `ukrainian`, `americans`), and the word for the country that the
    language writes in capitals (`il Paese`), as `storylines.names_in` writes a name: folded,
    lower case. They say where a story happens, not which story: two reports that share only
    these (a war's two countries) may tell different stories."""
    media_references: str
    """Phrases by which a text points at a picture, video or chart on its page (`nel video qui
    sotto`, `in the video below`): such a sentence is furniture."""
    media_postings: str
    """How a sentence says that a video, photos or a map were put on the web, or that another page
    has one that shows something (`ha pubblicato su YouTube un video degli scontri`, `è stato
    caricato un video su YouTube`, `ha una mappa che mostra…`, `posted a video on YouTube`, `has a
    map showing…`): the label of a player or a link the page showed, which a briefing cannot show,
    not news (`ha diffuso un video in cui annuncia…` is news). Matched case-blind."""
    media_testimony: str
    """The relative words after which a posted video's clause may tell what someone said or did
    (`dove`, `in cui`, `where`, `in which`), as regex alternatives: with a reporting verb or an
    act after them (`… un video su YouTube dove un uomo d'affari dichiara di essere stato
    assalito`, `in cui si vedono gli agenti sparare`), the posting is testimony, not a label."""
    testimony_acts: str
    """Verb forms of violent or public acts a posted video's relative clause may tell (`sparare`,
    `picchiano`, `beaten`, `shooting`), as regex alternatives, matched lower case (with
    `Language.action`, what someone did)."""
    service_pointers: str
    """What opens a sentence that sends the reader elsewhere for more (`Ulteriori informazioni sulla
    piattaforma https://…`, `For more information, visit example.org`): with a web address in it, a
    service line, furniture."""
    glued_openers: tuple[str, ...]
    """Capitalised words that open a sentence and never follow a word inside one (`Allo stesso
    modo`, `Al momento`): after a short unpunctuated run, the run is a caption or subheading that
    lost its line break."""

    # --- site furniture (rules/sentences.py): regex alternatives ------------------------------
    furniture_openers: str
    """Site text that opens a line (`leggi anche`, `read more`, `riproduzione riservata`)."""
    teaser_links: str
    """The link that closes a teaser of another page (`…leggi tutto »`, `…read more »`): a sentence
    holding one was written for that page, at its time, not this one's."""
    furniture_labels: str
    """Labels that stand alone or before a caption (`foto`, `video`, `tags`)."""
    pictured_things: str
    """What a picture's caption opens on, before a colon and the words it shows: an indefinite
    article and a picture, or a sign in it (`Un manifesto di protesta …: «…»`, `A banner: "…"`)."""
    picture_credits: str
    """The label of a picture's or video's credit in parentheses, after its caption (`(fonte video:
    Euronews)`, `(photo: Reuters)`)."""
    keyword_labels: str
    """A label that opens the list of a page's keywords (`Tags:`): such a line is furniture at any
    length."""
    promotions: str
    """A line that advertises the site (`iscriviti alla newsletter`), whatever its length."""
    phone_labels: str
    """What writes a phone number (`tel.`, `numero verde`, `phone`): a sentence holding one is
    service information (opening hours, booking), not news."""
    comment_thread_openers: str
    """A line that opens the readers' comments under an article (`37 commenti per …`, `Lascia un
    commento`, `12 Responses to …`): the article ends above it."""
    comment_signers: str
    """What opens a reader's comment's signature before its writer's name (`Scritto da`, `Posted
    by`): `Scritto da Mario Rossi il 12/03/2011 alle 10:32`."""
    comment_verbs: str
    """The verb after a comment's writer's name, before a colon (`Mario Rossi ha scritto:`, `Jane
    Doe says:`)."""
    comment_time_words: str
    """The words a comment's signature sets before its day or its hour (`il`, `alle ore`, `on`,
    `at`): `Mario Rossi il 12 marzo 2011 alle ore 10:32`."""
    handle_credits: str
    """The words that credit a handle at a sentence's end (`via @Sandmonkey`, `(foto: @x)`, `h/t
    @x`): a credit, cut off the statement."""
    reply_buttons: str
    """A comment's reply button, a line alone under it (`Rispondi`, `Reply`)."""
    release_closers: str
    """Regex alternatives, matched case-sensitively over a short line that ends on no full stop:
    the heading that opens a press release's closing matter (`About the Northwind Harbor
    Authority`, `Media Contact:`, `Ufficio stampa`): the organisation's
    boilerplate and whom to call, from it to the page's end, not the news."""
    byline_openers: str
    """What opens a byline (`di`, `a cura di`, `by`)."""
    title_labels: frozenset[str]
    """Labels of a metadata line at the top of a saved page that gives its headline (`Title: …`,
    `Titolo: …`), in lower case: the headline is what follows the label."""
    outlet_labels: frozenset[str]
    """Labels of such a line that names the publication (`Source: Reuters`, `Testata: …`)."""
    field_labels: frozenset[str]
    """Labels of the other metadata lines a saved page may open on (`Published: …`, `Author: …`,
    `URL: …`): furniture above the headline, never the headline."""
    credit_phrases: str
    """Credits at an article's end (`ha collaborato`, `reporting by`)."""
    professions: str
    """What a writer is, as a page credits its author above the headline (`Scrittore e giornalista,
    The Independent`, `Sociologa e giurista`): a line of these alone is no headline."""
    continuation_words: str
    """Words a sentence cannot end on (articles, prepositions, conjunctions): a line that ends on
    one goes on in the next."""

    abbreviations: frozenset[str]
    """Words written with a full stop that end no sentence when a word other than a stop word
    follows (`Mrs. Trump`, `the U.S. First Lady`); a wrapped release puts them at line ends."""

    # --- words that carry no content ----------------------------------------------------------
    stopwords: frozenset[str]
    """The commonest function words, lower case, left out when merging near-copies."""
    headline_stopwords: frozenset[str]
    """The function words left out when telling whether a headline repeats a sentence."""
    long_stopwords: frozenset[str]
    """Common words of four letters or more that say nothing of a statement's topic."""
    not_name_words_lower: frozenset[str]
    """Lower-case words that are capitalised in a statement without being names (LLM checks)."""
    articles: frozenset[str]
    """The articles alone (`il`, `una`, `the`): a word an article follows at once, and that is no
    noun, is a verb (`il titolo cede il 15%`). Lower case; an elided one ends in `'` (`l'`)."""
    noun_markers: frozenset[str]
    """Articles and articled prepositions: the word after one is a noun (`la spesa`, `the talks`),
    which a storyline's title may name. Lower case; an elided one ends in `'` (`dell'`)."""
    modifiers_before_noun: bool
    """Whether adjectives and modifying nouns come before their noun (`a stronger alliance`, `the
    defense budget`): then the word after an article is the noun only where its phrase ends there."""
    verb_endings: tuple[str, ...]
    """Endings that only a verb's forms take (the future `calerà`, the conditional `potrebbe`): a
    word with one names no topic. Lower case."""
    group_articles: frozenset[str]
    """Plural articles and articled prepositions after which a capitalised name is a group of
    people, an organisation (`i Fratelli Musulmani hanno diffuso`, `secondo gli Houthi`), not a
    thing (`il Modello Standard`). Lower case; empty where an article says no such thing (`the`)."""
    name_links: frozenset[str]
    """Lower-case words that join the parts of one name (`Monte dei Paschi`, `Bank of England`)."""
    demonstratives: frozenset[str]
    """Words that point back to something said before (`questo`, `this`): a key point whose
    opening clause holds one needs the sentence before it. Lower case; `quest'` elided."""
    determiner_demonstratives: frozenset[str]
    """The demonstratives of `demonstratives` that stand before a noun (`questo filmato`, `this
    video`), not those that point at a clause (`ciò`, `tale progetto`, `such`). Lower case."""
    page_objects: frozenset[str]
    """What a web page shows besides its text (`filmato`, `video`, `articolo`, `photo`): a later
    sentence of a statement that opens on a demonstrative with one of them (`Questo filmato,
    dell'utente…`, `Questo articolo non è più commentabile.`) points at what a briefing cannot
    show. Lower case, singular and plural."""
    live_labels: frozenset[str]
    """The words in capitals by which a page labels its live coverage (`LIVE`, `DIRETTA`): a
    sentence that holds one as a word of its own sets the live blog's title again over its entries
    (`Roma-Bilbao 1-1 LIVE, per la prima giornata…`), not news. As written, in capitals."""
    reader_pointers: str
    """The imperative (or impersonal) words that open a pointer to the reader in parentheses
    (`(si veda anche questa foto…)`, `(leggi anche…)`, `(vedi la gallery)`, `(see also…)`, `(Read
    more: …)`): an alternation, matched case-blind and whole-word at the parenthesis's start. A
    statement does not show such a parenthesis; its evidence quote keeps it."""
    citation_marks: frozenset[str]
    """The abbreviations a bibliographic reference writes before a number (`p.`, `vol.`, `n.`): a
    parenthesis of a work's parts that ends on one and its number, or on a year, cites a source
    (`("The Army and Politics…", Historically Speaking, vol. 12, n. 3, 2011, p. 35)`), and a
    statement does not show it. Lower case, with the full stop."""
    known_groups: frozenset[str]
    """Groups that news names by a common noun alone and a reader still knows who they are (`gli
    alleati`, `the allies`), as it names the country's bodies (`national_bodies`): a statement
    of the further reports may open on one. Lower case."""
    pointing_pronouns: frozenset[str]
    """Third-person pronouns and possessives that stand for someone named before (`lui`, `suo`,
    `he`, `their`; not `it`, which is often nobody): the further reports take no statement whose
    opening, or whose quotation's first words, holds one before a name. Lower case."""
    plural_possessives: frozenset[str]
    """Possessives and pronouns for several people (`loro`, `their`): with no plural word before
    them in the sentence (`plural_words`), they stand for people a sentence before named (`Amnesty
    International sostiene il loro diritto…`). Lower case."""
    plural_words: str
    """Regex alternatives, lower case: words that say the sentence speaks of several (plural
    articles, `e`, plural verbs: `I medici … il loro lavoro`, `Rossi e Bianchi hanno … il loro
    libro`), to whom a plural possessive after them may belong."""
    additive_words: frozenset[str]
    """Words that add the sentence's subject to others said before (`anche`): in a clause with no
    finite verb (`Fra i finanziatori anche l'Iclas…`, `Visibili anche i costumi…`) they leave
    what it adds to in an earlier sentence. Lower case; empty where `verb_forms` is."""
    framing_pattern: str
    """Regex alternatives, folded (no accents): phrases that say only that someone spoke, not what
    (`ha tracciato un quadro`, `outlined his view`). A statement that holds nothing more (no
    quotation, no number) is no key point: the quotation it introduces is."""
    glossary: Mapping[str, tuple[str, ...]]
    """Names of the same thing in this language, by a key shared across languages
    (`european union`: `ue`, `europea`, …): an LLM may write any language's name."""

    # --- the support check (briefing.support): folded words; one ending in `*` is a stem --------
    negations: frozenset[str]
    """Words that deny (`non`, `not`)."""
    negative_words: frozenset[str]
    """Words that carry a denial without a negation (`respinte`, `rejected`, `irrealistica`)."""
    more_words: frozenset[str]
    """Words of a rise or a larger amount (`aumento`, `above`), for the direction of comparisons."""
    less_words: frozenset[str]
    """Words of a fall or a smaller amount (`calo`, `below`)."""
    speech_words: frozenset[str]
    """Words that report speech, as single words (`spiegato`, `said`): who a quote's speaker is."""

    # --- figures ----------------------------------------------------------------------------
    percent_words: tuple[str, ...]
    """How a percentage is written in words (`per cento`)."""
    gdp_words: tuple[str, ...]
    """The names of gross domestic product (`pil`)."""
    duration_units: frozenset[str]
    """Units of time a figure can count (`anni`): not a measure to chart."""

    # --- hostile text (briefing.instructions): regex alternatives ---------------------------
    addressed_to_the_model: str
    """Phrases by which a text speaks to an AI model or to the tool instead of reporting news
    (`ignore previous instructions`, `in the briefing, write that`): such a sentence is an
    instruction, flagged and never used as evidence."""
