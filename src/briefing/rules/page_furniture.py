"""What each line of a page is (ARCHITECTURE.md, "Engines": the offline engine leaves out
furniture): the headline (the line `headline.headline_start` reads, every line above it being the
page's furniture), standfirst, subheading, body, an embedded post and its sign-off, or the page's
furniture: site text, captions, bylines, date lines, teasers of other pages, a live blog's numbered
entry headlines, the readers' comments."""

from __future__ import annotations

import itertools
import re

from briefing import lang
from briefing.dates import MONTH_WORD, TWEET_SIGNOFF_RE, date_in
from briefing.headline import BYLINE, CLOSERS, PROMOTION, cut_short, date_line, teaser_excerpt
from briefing.ingest import AGENCIES
from briefing.models import PartialDate
from briefing.rules.comment_thread import end_at_comment_thread
from briefing.rules.lexicon import ROLE_HEADS
from briefing.rules.lines import (
    CONTINUES,
    CREDITS,
    HTML_TAG,
    POST_MARKERS,
    URL_ONLY,
    Line,
    at_most_words,
    byline_alone,
    ends_sentence,
    word_count,
    words_up_to,
    wrap_width,
    wrapped,
)
from briefing.rules.segment import SENTENCE_GAP

# The day a picture was taken, at the end of its caption (`sabato 19 febbraio`, `19 febbraio 2011`).
_CAPTION_DAY = re.compile(
    rf"(?:(?:{lang.weekday_pattern()})\s+)?\d{{1,2}}\s+{MONTH_WORD}(?:\s+(?:19|20)\d{{2}})?", re.IGNORECASE
)

# The name of an agency that signs a dateline or a caption (`(ANSA)`, `(Ap)`), in any case.
AGENCY_NAME = r"(?i:" + "|".join(re.escape(name) for name in AGENCIES) + r")"

_FURNITURE_LINE = re.compile(
    # site text that opens a line
    r"^\W*(?:(?:" + lang.alternatives(lambda language: language.furniture_openers) + r")\b|©"
    # a label alone, or a caption after it: `Foto: …`, `Video`, `Tags: …`
    r"|(?:" + lang.alternatives(lambda language: language.furniture_labels) + r")\s*(?:[:|].*)?$)",
    re.IGNORECASE,
)
# `Tags: AD ALTO RISCHIO, Gen. Mario Mori, …`: the page's keywords, however many.
_KEYWORD_LINE = re.compile(
    r"^\W*(?:" + lang.alternatives(lambda language: language.keyword_labels) + r")\s*:", re.IGNORECASE
)
# The page's keywords set as a bar with no label (`Giustizia | Salvatore Girone | Pti | Forze Armate`):
# four names or more, a few words each, between bars.
_TAG_BAR = re.compile(r"[^|.!?]{2,40}(?:\s\|\s[^|.!?]{2,40}){3,}")
# A line that ends on a link to another page (`…si sarebbe dovuta estinguere con...leggi tutto »`):
# a sidebar's teaser of an article elsewhere, of whatever time, not a paragraph of this page.
_TEASER_LINE = re.compile(
    r"(?:" + lang.alternatives(lambda language: language.teaser_links) + r")\s*$", re.IGNORECASE
)

# `Questo filmato [ar], dell'utente YouTube …, è stato girato…`, `These pictures are of…`, `Questo
# post fa parte del nostro speciale…`: a line that opens on a demonstrative and a thing the page
# shows besides its text tells of that thing (a caption), not of the news; a briefing cannot show it.
_OF_THE_PAGE = re.compile(
    r"^\W*(?:(?:"
    + lang.words(lang.union(lambda language: language.prepositions))
    + r")\s+)?(?:"
    + lang.words(lang.union(lambda language: language.determiner_demonstratives))
    + r")\s*(?:"
    + lang.words(lang.union(lambda language: language.page_objects))
    + r")\b",
    re.IGNORECASE,
)

# `…il primo pozzo in Libia: è l'ottobre del 1961 (Ap)`: a picture's caption, credited to its agency.
_AGENCY_CREDIT = re.compile(rf"\(\s*{AGENCY_NAME}\s*\)\W*$")

HEADLINE_WORDS = 20  # words of a headline that trails off in an ellipsis, at most
NUMBERED_ENTRIES = 3  # lines ending on an entry's number that make a numbered live blog
# why a live blog's entry headline is left out: each opens an entry of its own (read by the engine)
NUMBERED_HEADLINE, ENTRY_HEADLINE = "a live entry's numbered headline", "a live entry's headline"
TEASER_WORDS = 25  # words of another page's headline in a list of teasers, at most
CAPTION_WORDS = 15  # words of a caption or subheading run into the text, at most
TEASER = "teaser of another page"
LISTED = "one of other pages' headlines in a list"
BYLINED_TEASERS = 3  # bylines alone on their lines below the article's top that make a list of teasers
_WHO_COLON = re.compile(r"[^:.]{3,40}:\s")  # `Bossi contro il governo: …`
_ENTRY_NUMBER = re.compile(r"[\w\"”»]\s\d{1,3}$")  # `… all'attacco" 222`: three digits at most, no year

# `Gli "Indipendenti" Rossi e Bianchi: "Ci siamo messi a nudo"`: a name, a colon and a quotation
# that closes the line with no full stop, the way a headline quotes someone; before a subheading,
# a link to another page (a sentence puts its stop inside or after the quotation).
_QUOTING_HEADLINE = re.compile(r"^[^:]{3,120}:\s*[«“\"][^«»“”\"]+[»”\"]$")

_FIGURE_START = re.compile(r"<fig(?:caption|ure)\b", re.IGNORECASE)
_CAPTION_END = re.compile(r"</fig(?:caption|ure)>\s*$", re.IGNORECASE)


def _signoff_author(line: str) -> tuple[str | None, PartialDate | None]:
    """`— Secretary Marco Rubio (@SecRubio) April 2, 2025` → ("Secretary Marco Rubio", 2025-04-02)."""
    match = re.match(r"^\s*[—–-]+\s*(?P<name>.+?)\s*\(@\w+\)\s*(?P<date>.*)$", line)
    if not match:
        return None, None
    return match["name"].strip() or None, date_in(match["date"])


# Whom a post quotes: a label before a colon and a quotation (`SECRETARY RUBIO: "…"`, `.@SecRubio:
# "…"`, `Sen. Pike on the deal: "…"`), or a name after a dash after one (`"…" —Secretary Rubio`).
_POST_LABEL = re.compile(r"^\W{0,3}(?P<label>@?[^\W\d_][\w.'’ -]{0,60}?)\s*:\s*(?P<quote>[“\"«])?")
# (a label before words with no quotation mark is whom they are of only where it holds a title, a
# role or a handle: `Secretary Rubio: The United States will …`; not `BREAKING: …`)
_TITLES = frozenset(title for language in lang.ALL for title in language.person_titles)  # as written
_POST_SIGNER = re.compile(
    r"[”\"»]\s*[—–-]\s*(?P<label>@?[^\W\d_][\w.'’ -]{0,60}?)\s*(?:pic\.twitter|https?://|$)"
)


def _reposted_voice(post: str, signoff: str) -> str | None:
    """The label of the person a post quotes (`SECRETARY WHITLOW`), where it is not the post's
    author (`— Rapid Response 47 (@RapidResponse47) June 26, 2025`): an account that reposts
    someone's words. None for a post in its author's own words, or one that names whom it quotes
    by the author's name or handle (`Sen. Ford: "…"` signed `— Ann Ford (@SenAnnFord)`)."""
    found = _POST_LABEL.match(post)
    if found is not None and found["quote"] is None and not _titled(found["label"]):
        found = None
    found = found or _POST_SIGNER.search(post)
    if found is None:
        return None
    label = found["label"].strip()
    author = lang.fold(signoff)
    names = re.findall(r"(?<![\w.])[^\W\d_a-z][^\W\d_]{2,}(?![\w.])", label)  # not `Sen.`
    words = [lang.fold(name) for name in names if name.casefold() not in ROLE_HEADS]
    return None if not words or any(word in author for word in words) else label


def _titled(label: str) -> bool:
    """`Secretary Rubio`, `Sen. Pike`, `@SecRubio on Fox`: a label that names someone by a role, a
    title or a handle."""
    words = [word.rstrip(".") for word in label.split()]  # (`On`, a title; `on Fox`, no title)
    return label.lstrip().startswith("@") or any(w.casefold() in ROLE_HEADS or w in _TITLES for w in words)


def _looks_like_post(line: Line, language: str | None) -> bool:
    if POST_MARKERS.search(line.text):
        return True
    if language and not at_most_words(line.text, 4):
        from briefing.ingest import detect_language

        return detect_language(line.text) not in (None, language)
    return False


def classify(lines: list[Line], language: str | None, headline_at: int | None = None) -> bool:
    """Set each line's `kind` (and the `reason` a furniture line is left out), and whether it runs
    into the next one (`joins_next`); every line above `headline_at`, where the page sets its
    headline (`headline.headline_start`), is the page's furniture. True when the `language` was
    read: only a page with an embedded post's sign-off asks it (the lines above the sign-off are
    the post's where they are written in another language); on any other page it changes nothing."""
    width = wrap_width(lines)
    for line, following in itertools.pairwise(lines):
        # a teaser ends on its link, whatever line comes after it (`…leggi tutto »` + `watches iltv.tv`)
        # nor is a picture's caption, credited to its agency (`… del 1961 (Ap)`), part of a paragraph
        line.joins_next = (
            wrapped(line, following, width)
            and not _TEASER_LINE.search(line.text)
            and not any(_AGENCY_CREDIT.search(x.text) for x in (line, following))
        )
    # Above the headline's line (`headline.headline_start`): the page's furniture, not the article.
    for line in lines:
        if headline_at is None or line.start >= headline_at:
            break
        line.kind, line.reason, line.joins_next = "furniture", "page furniture above the headline", False
    in_figure = open_tag = False
    for line in lines:
        if HTML_TAG.match(line.text) or in_figure or open_tag:
            line.kind, line.reason, line.joins_next = "furniture", "picture or caption", False
            in_figure = (in_figure or bool(_FIGURE_START.search(line.text))) and not _CAPTION_END.search(
                line.text
            )
            open_tag = line.text.rfind("<") > line.text.rfind(">") or (open_tag and ">" not in line.text)
    for index, line in enumerate(lines):
        text = line.text
        if line.kind == "furniture" or line.joins_next or (index and lines[index - 1].joins_next):
            continue  # a picture, or a line of a wrapped paragraph: body
        words = words_up_to(text, 81)  # no rule below compares past 80; a long line is unsearched
        if TWEET_SIGNOFF_RE.match(text) and "(@" in text:
            line.kind, line.reason = "signoff", "embedded post sign-off"
            line.tweet_author, line.tweet_date = _signoff_author(text)
        elif (words <= 12 and _FURNITURE_LINE.match(text)) or URL_ONLY.match(text):
            line.kind, line.reason = "furniture", "site furniture"
        elif _KEYWORD_LINE.match(text) or _TAG_BAR.fullmatch(text):
            line.kind, line.reason = "furniture", "the page's keywords"
        elif words <= CAPTION_WORDS * 2 and (_AGENCY_CREDIT.search(text) or _dated_caption(text)):
            line.kind, line.reason = "furniture", "a picture's caption"
        elif _TEASER_LINE.search(text) or teaser_excerpt(text):
            line.kind, line.reason = "furniture", TEASER
        elif words <= 80 and PROMOTION.search(text):
            line.kind, line.reason = "furniture", "site promotion"
        elif (BYLINE.match(text) and not ends_sentence(text)) or (words <= 16 and CREDITS.search(text)):
            line.kind, line.reason = "furniture", "byline"
        elif date_line(text):
            line.kind, line.reason = "furniture", "date line"
        elif _OF_THE_PAGE.match(text):
            line.kind, line.reason = "furniture", "a caption of what the page shows"
        elif words < 3 and not ends_sentence(text):
            line.kind, line.reason = "furniture", "stray text"
        elif line.markdown_heading or (not ends_sentence(text) and words <= 40):
            line.kind = "heading"

    end_at_comment_thread(lines)
    _end_at_release_closing(lines)
    _numbered_entry_headings(lines)

    # Embedded posts: the lines right above a sign-off that read like a post.
    reads_language = any(line.kind == "signoff" for line in lines)
    for index, line in enumerate(lines):
        if line.kind != "signoff":
            continue
        back = index - 1
        post: list[Line] = []
        while back >= 0 and index - back <= 6:
            above = lines[back]
            if above.paragraph != line.paragraph and above.kind == "body":
                break
            if above.kind in ("signoff", "furniture") or not _looks_like_post(above, language):
                break
            above.kind = "tweet"
            above.tweet_author, above.tweet_date = line.tweet_author, line.tweet_date
            post.insert(0, above)
            back -= 1
        voice = _reposted_voice(" ".join(above.text for above in post), line.text)
        for above in post if voice else ():
            # a repost of someone else's words: posted on the sign-off's day, not said then
            above.tweet_voice, above.tweet_date = voice, None
    for line in lines:
        if line.kind in ("body", "heading") and re.search(r"pic\.twitter\.com|https?://t\.co/", line.text):
            line.kind = "tweet"

    # The top of the article: headline, then standfirst lines, until the first body line.
    headline_seen = False
    for index, line in enumerate(lines):
        if line.kind == "body":
            if line.bold and index <= 3 and not line.joins_next:  # not the first line of a wrapped paragraph
                line.kind = "standfirst"
                continue
            if not headline_seen and _trailing_off(line):
                line.kind, headline_seen = "headline", True  # `Servizi Segreti: un uomo di Intelligence…`
                continue
            break
        if line.kind != "heading":
            continue
        if not headline_seen:
            line.kind, headline_seen = "headline", True
        elif not at_most_words(line.text, 5):
            line.kind = "standfirst"
        else:
            line.kind, line.reason = "furniture", "stray text"
    last_body = max((i for i, line in enumerate(lines) if line.kind == "body"), default=-1)
    for index, line in enumerate(lines):
        if line.kind == "heading" and index > last_body >= 0:
            line.kind, line.reason = "furniture", "trailing text"
        elif line.kind == "heading":
            if at_most_words(line.text, 12):
                line.kind, line.reason = "subheading", "subheading"
            elif _QUOTING_HEADLINE.match(line.text) and _before_subheading(lines, index):
                line.kind, line.reason = "furniture", "a headline quoting someone"
            else:
                line.kind = "body"  # a sentence that lost its full stop
    _teaser_titles(lines)
    _bylined_teasers(lines)
    _teasers_beside_teasers(lines)
    _reposted_headlines(lines)
    _headline_block_written_twice(lines)
    _translations_of_quoted_texts(lines)
    return reads_language


PARAGRAPH_WORDS = 40  # words of the first line that is a paragraph of the article, at least
REPEATED_LINE_WORDS = 4  # words of a line of the headline block that the page writes twice, at least


def _headline_block_written_twice(lines: list[Line]) -> None:
    """A page that sets its headline block twice above the article (`Yemen, kamikaze davanti…` /
    `L'attacco sferrato nel giorno del giuramento…` / the same again): each line of the block
    that it writes twice, word for word, is the headline's deck or the headline itself, not a
    sentence of the article (`La Siria respinge la richiesta di dimissioni di Assadmentre
    continuano le violenze.`, a deck glued to its next part); the headline keeps its kind. Lines
    the article repeats further down (a paragraph printed twice) are its own."""
    top = next(
        (i for i, line in enumerate(lines) if not at_most_words(line.text, PARAGRAPH_WORDS - 1)), len(lines)
    )
    seen: dict[str, int] = {}
    for line in lines[:top]:
        key = " ".join(line.text.split())
        if word_count(key) >= REPEATED_LINE_WORDS:
            seen[key] = seen.get(key, 0) + 1
    for line in lines[:top]:
        if seen.get(" ".join(line.text.split()), 0) > 1 and line.kind not in ("headline", "furniture"):
            line.kind, line.reason, line.joins_next = "furniture", "the headline block, written twice", False


LATIN_LETTERS = 0x24F  # the last code point of Latin Extended-B: the script Italian and English write
TRANSLATION = "the translation of a text the page quotes in its own script"
_HANDLE = re.compile(r"^\W*@\w+")  # `@EidH: Non ci saranno più Fratelli`: a post that names its writer


# A letter past the Latin script (`\w` less digits and `_`, and less the Latin range): a line with
# none (most lines) is in no other script, told by one search instead of a look at every character.
_LETTER_PAST_LATIN = re.compile(rf"[^\W\d_\x00-{chr(LATIN_LETTERS)}]")


def _in_another_script(text: str) -> bool:
    """Most of the line's letters are of a script other than the Latin one (`الفرق بين مؤيدي…`)."""
    if not _LETTER_PAST_LATIN.search(text):
        return False
    letters = [char for char in text if char.isalpha()]
    return bool(letters) and sum(ord(char) > LATIN_LETTERS for char in letters) * 2 > len(letters)


def _translations_of_quoted_texts(lines: list[Line]) -> None:
    """A page that quotes a text in its own script (a video's caption, a reader's comment on
    YouTube, a group's testimony: `La didascalia recita:` / `الفرق بين…`) and then translates it
    line by line: the lines right under such a run, as many as it has, are the quoted text's
    words (`I sostenitori del Presidente sono lì soltanto per mangiare…`), not the article's own
    report, and no line of them says whose they are; a translated post that opens on its
    writer's handle (`@EidH: …`) says it, and stays."""
    index = 0
    while index < len(lines):
        if not _in_another_script(lines[index].text):
            index += 1
            continue
        end = index
        while end < len(lines) and _in_another_script(lines[end].text):
            end += 1
        translation = lines[end : end + (end - index)]
        if len(translation) == end - index and not any(
            _in_another_script(line.text) or _HANDLE.match(line.text) for line in translation
        ):
            for line in translation:
                if line.kind in ("body", "subheading", "heading"):
                    line.kind, line.reason, line.joins_next = "furniture", TRANSLATION, False
        index = end


# `ENI Libia: sangue & petrolio.`: a label, a colon and a short phrase, no quotation (a line of
# dialogue, `Cozzani: «Quelle che…»`, quotes what is said).
_LABELLED_HEADLINE = re.compile(r"^[^:«»“”\"]{2,40}:\s[^:«»“”\"]{2,80}\.$")
INTRODUCING_WORDS = 6  # words of a line that introduces a reposted text with a colon, at most
REPOSTED_HEADLINE_WORDS = 10  # words of a reposted text's headline, at most


def _reposted_headlines(lines: list[Line]) -> None:
    """A text the page reposts, under a short line that introduces it with a colon (`Dal portale
    Indymedia:`): its first line, when it is a headline's label and phrase (`ENI Libia: sangue &
    petrolio.`), is the reposted page's headline, not a sentence of the article."""
    for above, line in itertools.pairwise(lines):
        if (
            line.kind == "body"
            and not line.joins_next
            and not above.joins_next
            and above.text.rstrip().endswith(":")
            and word_count(above.text) <= INTRODUCING_WORDS
            and word_count(line.text) <= REPOSTED_HEADLINE_WORDS
            and _LABELLED_HEADLINE.match(line.text.strip())
        ):
            line.kind, line.reason = "furniture", "a reposted page's headline"


def _dated_caption(text: str) -> bool:
    """`Il Principe Ereditario Sh. Salman bin Isa Al-Khalifa alla TV nazionale, sabato 19 febbraio`:
    a line that says who is pictured where, then the day after a comma, with no full stop."""
    head, _, day = text.rpartition(",")
    return bool(head) and not ends_sentence(text) and bool(_CAPTION_DAY.fullmatch(day.strip()))


STAMP_SIGNER_WORDS = 5  # words of whoever signs a teaser's stamp (`FIRSTonline`, `Carlo Musilli`)


def _signed_stamp(text: str) -> bool:
    """`Carlo Musilli | 4 Novembre 2020, 16:22`: a teaser's author or outlet and its day, the
    byline of another page in a list of them."""
    signer, bar, stamp = text.partition("|")
    return (
        bool(bar)
        and 0 < len(signer.split()) <= STAMP_SIGNER_WORDS
        and date_in(stamp) is not None
        and not ends_sentence(text)
    )


def _bylined_teasers(lines: list[Line]) -> None:
    """A list of other pages' teasers, each a headline, its author's byline (or its signer and day,
    `FIRSTonline | 11 Novembre 2020, 15:35`) and an excerpt cut short (`L'esempio di Baffi e
    Sarcinelli in tempi «amari»` / `di Roberto Napoletano` / `«Caro direttore, … Da`): where
    `BYLINED_TEASERS` bylines or more stand alone on their lines below the article's top, each
    one's headline and excerpt are the page's furniture, not sentences of the article; so is an
    excerpt cut short on a word no sentence ends on, right above one of those headlines."""
    bylines = [
        index
        for index, line in enumerate(lines)
        if index > 1
        and lines[index - 1].kind not in ("headline", "standfirst")
        and (byline_alone(line.text) or _signed_stamp(line.text))
    ]
    if len(bylines) < BYLINED_TEASERS:
        return
    for index in bylines:
        headline, byline, above = lines[index - 1], lines[index], lines[index - 2]
        above.joins_next = False
        if above.kind == "body" and CONTINUES.search(above.text):  # the excerpt of a teaser above
            above.kind, above.reason = "furniture", TEASER
        for line in (headline, byline):
            line.kind, line.reason, line.joins_next = "furniture", TEASER, False
        excerpt = lines[index + 1] if index + 1 < len(lines) else None
        if excerpt is not None and excerpt.kind == "body" and not ends_sentence(excerpt.text):
            excerpt.kind, excerpt.reason, excerpt.joins_next = "furniture", TEASER, False


def _teaser_titles(lines: list[Line]) -> None:
    """A list of other pages' headlines, cut short (`La Libia è nel caos ma l'Europa ha le mani
    legate...` under `26 Agosto 2014 | Paolo Ribichini`): a short line that trails off in an
    ellipsis right after a word, next to a line that is no sentence of the article (a teaser's
    date and author, another headline), is a teaser of another page."""
    for cut in (True, False):  # the teasers cut short first: a list's other headlines stand beside them
        for index, line in enumerate(lines):
            if line.kind != "body" or line.joins_next or not at_most_words(line.text, TEASER_WORDS):
                continue
            neighbours = [lines[i] for i in (index - 1, index + 1) if 0 <= i < len(lines)]
            if cut and cut_short(line.text):
                if any(other.kind not in ("body", "headline", "standfirst") for other in neighbours):
                    line.kind, line.reason = "furniture", TEASER
            elif not cut and _in_a_list_of_headlines(line, neighbours):
                line.kind, line.reason = "furniture", LISTED


def _teasers_beside_teasers(lines: list[Line]) -> None:
    """Other pages' teasers in a list, each a headline over its excerpt (`Sanremo, Bugo lascia
    Morgan sul palco – VIDEO` / `A notte ormai fonda Morgan cambia…`): the headline over a teaser
    already known (cut short, or ending on its link: `… consapevoleRead More`) is one too, and so
    is a headline and its excerpt right above or below a teaser (not beside a line only read as a
    list's headline, `LISTED`: the evidence of a teaser's link or ellipsis is asked for)."""
    changed = True
    while changed:
        changed = False
        for index in range(len(lines) - 1):
            head, below = lines[index], lines[index + 1]
            if head.kind != "subheading":
                continue
            if below.reason == TEASER:
                head.kind, head.reason, changed = "furniture", TEASER, True
            elif below.kind == "body" and not below.joins_next:
                around = [lines[i] for i in (index - 1, index + 2) if 0 <= i < len(lines)]
                if any(line.reason == TEASER for line in around):
                    for line in (head, below):
                        line.kind, line.reason = "furniture", TEASER
                    changed = True


def _in_a_list_of_headlines(line: Line, neighbours: list[Line]) -> bool:
    """`Elezioni Usa. Ma è davvero democrazia?` between `Biden, vittoria sempre più vicina` and
    `Azerbaigian. Bandiere israeliane esposte…`: a short line that ends on no full stop (none at
    all, or a question's mark), between two lines that are no sentence of the article either
    (other headlines, or teasers), is one of other pages' headlines in a list; a short paragraph
    between two subheadings ends on its full stop, and a live blog's entry between its times is no
    such list."""
    stripped = line.text.rstrip(CLOSERS)
    return (
        not stripped.endswith((".", ":", ";"))
        and len(neighbours) == 2
        and all(other.kind == "subheading" or other.reason == TEASER for other in neighbours)
    )


def _numbered_entry_headings(lines: list[Line]) -> None:
    """A live blog numbers its entries' headlines (`Tv libica: "Crociati all'attacco" 222`, `Colpite
    diverse zone di Tripoli 221`): where `NUMBERED_ENTRIES` lines or more end on such a number with
    no full stop, each is a headline of the page, not a sentence of it, and so is the line under it
    that reads as a headline (`_entry_headline`); an entry's own text may end on no full stop too."""
    numbered = [
        index
        for index, line in enumerate(lines)
        if line.kind in ("body", "heading") and not line.joins_next and _ENTRY_NUMBER.search(line.text)
    ]
    if len(numbered) < NUMBERED_ENTRIES:
        return
    for index in numbered:
        lines[index].kind, lines[index].reason = "furniture", NUMBERED_HEADLINE
        below = lines[index + 1] if index + 1 < len(lines) else None
        if below is not None and below.kind in ("body", "heading") and _entry_headline(below.text):
            below.kind, below.reason = "furniture", ENTRY_HEADLINE
            below.joins_next = False


def _entry_headline(text: str) -> bool:
    """A headline that quotes someone (`La Russa: "I nostri aerei pronti in 15 minuti…"`), or a short
    name and a colon before one clause that ends on no full stop (`Bossi contro il governo:
    Bombardare la Libia porterà…`; `Berlusconi: i missili… Per ora abbiamo fornito…` is a report)."""
    if _QUOTING_HEADLINE.match(text):
        return True
    return bool(_WHO_COLON.match(text)) and not ends_sentence(text) and not SENTENCE_GAP.search(text)


def _trailing_off(line: Line) -> bool:
    """A short line on its own that trails off in an ellipsis, as a blog's headline does."""
    return not line.joins_next and word_count(line.text) <= HEADLINE_WORDS and cut_short(line.text)


_RELEASE_CLOSER = re.compile(r"^\W*(?:" + lang.alternatives(lambda language: language.release_closers) + r")")
_END_MARK = re.compile(r"^\s*(?:#{3,}|-30-|- 30 -)\s*$")  # a press release's end mark
RELEASE_CLOSER_WORDS = 12  # words of the short line that opens a press release's closing matter


def _end_at_release_closing(lines: list[Line]) -> None:
    """A press release's closing matter is not the news: from the short line that opens it (`About
    the Northwind Harbor Authority`, `Media Contact:`: `Language.release_closers`) or its end mark
    (`###`, `-30-`) to the page's end, every line is furniture, once a line of the release's own
    text (a body line of a dozen words) came above it."""
    for index, line in enumerate(lines):
        text = line.text.strip()
        closer = _END_MARK.match(text) or (
            _RELEASE_CLOSER.match(text)
            and word_count(text) <= RELEASE_CLOSER_WORDS
            and not text.rstrip("*_ ").endswith((".", "!", "?"))
        )
        if closer and any(above.kind == "body" and word_count(above.text) >= 12 for above in lines[:index]):
            if index:
                lines[index - 1].joins_next = False
            for below in lines[index:]:
                below.kind, below.reason, below.joins_next = (
                    "furniture",
                    "a press release's closing matter",
                    False,
                )
            return


def _before_subheading(lines: list[Line], index: int) -> bool:
    """Whether the line after `index` is a subheading (a short line with no full stop): a headline
    there links to another page; in a live blog's entries, a quoting line opens the entry's text."""
    following = lines[index + 1] if index + 1 < len(lines) else None
    return (
        following is not None
        and following.kind in ("heading", "subheading")
        and word_count(following.text) <= 12
    )
