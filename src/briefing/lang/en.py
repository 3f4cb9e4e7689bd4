"""English: the words the pipeline reads and writes news with (see `language.Language`)."""

from __future__ import annotations

from briefing.lang.language import Language, comma_set, word_set

LABELS = {
    "title": "Briefing",
    "as_of": "as of",
    "key_points": "Key points",
    "timeline": "Timeline",
    "outlook": "Outlook",
    "positions": "Positions",
    "figures": "Figures",
    "context": "Context",
    "undated": "Undated reports",
    "reported": "Also reported",
    "sources": "Sources",
    "notes": "Citations",
    "method": "Method",
    "period": "Period",
    "no_headline": "no headline",
    "undated_source": "undated",
    "skipped": "Skipped sources",
    "source": "Source",
    "outlet": "Outlet",
    "published": "Published",
    "hash": "SHA-256",
    "sources_not_cited": "Read but not cited ({n}), by number and file:",
    "sources_lines_intro": "The sources cited, one line each: file · outlet · published · SHA-256 "
    "(first 12 digits) · title, cut to the line.",
    "line": "line",
    "sources_count": "{n} sources",
    "single_source": "single source",
    "source_undated": "source undated",
    "undated_intro": "From sources with no publication date: kept off the timeline, since when they "
    "happened cannot be told.",
    "announced": "announced",
    "reported_on": "reported",
    "story_reported": "reported {span}",  # a background story's heading: when its articles were published
    "announced_note": "announced on this date; no date given for when it happens",
    "conflict": "Sources differ on {what}: {values}",
    "conflict_label": "conflict",
    "series": "{metric}: {steps}",
    "metric_percent_gdp": "% of GDP",
    "metric_percent": "%",
    "annex": "Annex",
    "annex_note": "Outside the body's length: what an analyst may still need, each statement once in "
    "the whole briefing.",
    "chronology": "Full timeline",
    "chronology_intro": "Every day the timeline ranks, in date order, except the days a storyline's "
    "Developments already show.",
    "further": "Further reports",
    "evidence_annex": "Annex: evidence",
    "evidence_note": "Each quote as the source gives it, with its file and line. Follow a citation "
    "number to see the quote highlighted in its paragraph; ↩ goes back to the statement.",
    "evidence_note_paper": "Each quote as the source gives it, with its file (listed with its folder "
    "under Sources) and line; a quote that several citations share is printed once, at the first "
    "of them; ↩ goes back to the statement.",
    "same_quote": "quote as in [{n}]",
    "measure_defence_spending": "Defence spending",
    "measure_public_spending": "Public spending",
    "measure_deficit": "Deficit",
    "measure_debt": "Debt",
    "measure_growth": "Growth",
    "measure_inflation": "Inflation",
    "measure_vote_share": "Vote share",
    "measure_unemployment": "Unemployment",
    "measure_interest_rate": "Interest rates",
    "measure_tariffs": "Tariffs",
    "value": "Value",
    "who": "Who",
    "date": "Date",
    "contents": "Contents",
    "chart": "Timeline at a glance",
    "chart_published": "Published",
    "chart_events": "Events",
    "chart_scheduled": "scheduled",
    "chart_day": "day",
    "chart_span": "month or year",
    "chart_publication": "publication",
    "chart_undated": "No date of its own — off the axis",
    "chart_more": "+{n} more",
    "chart_cluster": "{n} items",
    "source_map": "Source map",
    "source_map_note": "{single} of {total} statements rest on a single source (marked ◇).",
    "more_sources": "+{n} more sources",
    "statements": "Statements",
    "articles": "articles",
    "article": "article",
    "index_title": "Briefings",
    "index_note": "One briefing per {every}; each is as of the latest publication date in its period.",
    "every_week": "week",
    "every_month": "month",
    "week_label": "Week {week}, {year}",
    "undated_in_last": "Undated articles, included in the last period and labelled as undated: {n}.",
    "bottom_line": "Bottom line",
    "developments": "Developments",
    "who_said": "Who said what",
    "watch": "What to watch",
    "background": "Background",
    "background_intro": "Stories that only one article tells, or whose latest report is old by the "
    "as-of date: the best of each, while the length allows.",
    "background_more_one": "1 more background story is not shown: {titles}.",
    "background_more": "{n} more background stories are not shown: {titles}.",
    "storyline": "Storyline {n}",
    "overview_one": "One storyline.",
    "overview_most": "{n} storylines; {k} carry most of the coverage ({share} of the articles).",
    "overview_most_one": "{n} storylines; 1 carries most of the coverage ({share} of the articles).",
    "overview_spread": (
        "{n} storylines in {total} articles, {single} of them told by a single article: the coverage "
        "is spread thin."
    ),
    "overview_spread_one": (
        "{n} storylines in {total} articles, 1 of them told by a single article: the coverage is spread thin."
    ),
    "overview_spread_each": "{n} storylines, one article each: the coverage is spread thin.",
    "overview_spread_even": "{n} storylines in {total} articles, none of them carrying most of the coverage.",
    # where the storylines are, counting what the page shows: `2 lead below, 1 is under Background
    # and 1 is left out for length.` (each part: `_one` for one storyline)
    "overview_no_lead": "none leads below",
    "overview_leads_one": "1 leads below",
    "overview_leads": "{n} lead below",
    "overview_lead_share": " ({share} of the articles)",
    "overview_background_one": "1 is under Background",
    "overview_background": "{n} are under Background",
    "overview_no_room_one": "1 is left out for length",
    "overview_no_room": "{n} are left out for length",
    "overview_unreadable_one": "1 is left out of the body: none of its sentences can open it on its own",
    "overview_unreadable": "{n} are left out of the body: none of their sentences can open them on their own",
    "overview_and": " and ",
    "overview_stale_one": "Of those not leading, 1 has had no report since {since}.",
    "overview_stale": "Of those not leading, {stale} have had no report since {since}.",
    "quoted_note": "Statements are quoted from the sources in their original language.",
    "about_note": (
        "Selected by relevance to “{query}” (BM25): {kept} of {total} articles kept; {left} left out "
        "because {reason}."
    ),
    "about_reason": "they score below {cut} of the best match",
    "method_note": (
        "Every statement cites a verbatim quote, located by character offsets in its source "
        "file and verified by the tool. Engine: {engine}. {articles}, {citations}."
    ),
    "method_articles": "{n} articles",
    "method_articles_one": "1 article",
    "method_quotes": "{n} cited quotes",
    "method_quotes_one": "1 cited quote",
    "skipped_note": "Not used, each with its reason under “Skipped sources”: {sources}.",
    "window_note": (
        "Articles published {window}; undated articles are included and labelled. "
        "Events dated outside the window are left out, except what is scheduled after it."
    ),
    "since": "since {date}",
    "until": "until {date}",
}

# Words that tell of the past without being a verb (`two years ago`, `last week`).
_PAST_ADVERBS = r"ago|last|earlier|previously"

# `those who…`, `those affected by the war`: people the sentence itself describes, not a pointer
_NOT_GENERIC_THOSE = (
    r"(?!those\s+(?:who|whom|whose|in\s+need|[a-z]+ed\s+(?:by|in|on|at|during|from|for|with|under))\b)"
)

# What a page says was put on the web (`Language.media_postings`): a video, photos, a map…
_MEDIA = r"(?:videos?|footage|photos?|photographs?|pictures?|images?|maps?|charts?|galler(?:y|ies))"
# … on a platform, or the web itself
_PLATFORM = r"(?:YouTube|Facebook|Twitter|Instagram|TikTok|Flickr|Vimeo|X|(?:the\s+)?(?:internet|web))\b"
_POSTED = r"(?:posted|uploaded|shared|published|put)"
_SOME = r"(?:(?:a|an|some|new)\s+)?"


ENGLISH = Language(
    code="en",
    name="English",
    labels=LABELS,
    months=(
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    month_abbreviations=("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    month_variants={"Sept": 9},
    capitalises_calendar=True,
    weekdays=("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    numeric_day_first=False,  # `11/9/2011`: November 9, as US releases write it
    date_labels=("date", "published"),
    update_labels=("updated", "last update"),
    translation_credits=("translated by", "translation by"),
    ordinal_suffixes=("st", "nd", "rd", "th"),
    relative_days={
        -2: r"the day before yesterday",
        2: r"the day after tomorrow",
        -1: r"yesterday",
        1: r"tomorrow",
        0: r"today|tonight|this morning|this afternoon|this evening",
    },
    relative_weeks={1: r"next week", -1: r"last week", 0: r"this week|later this week|earlier this week"},
    relative_months={
        1: r"next month",
        -1: r"last month",
        0: r"this month|later this month|earlier this month",
    },
    relative_years={1: r"next year", -1: r"last year", 0: r"this year|later this year|earlier this year"},
    relative_words=word_set("yesterday tomorrow today tonight morning afternoon evening week month year"),
    past_modifiers=("last",),
    future_modifiers=("next",),
    same_modifiers=("this",),
    post_modifiers=(),
    weekday_cues=("on",),
    month_cues=r"in|last|next|this|early|late|mid-?|since|by|until|through|during",
    year_cues=r"in|by|since|until|during|for",
    range_openers=r"between\s+|from\s+",
    range_joiners=r"and|to|until|through",
    weekday_range_openers=r"between",
    day_parts=r"morning|afternoon|evening|night",
    comparison_cues=r"compared (?:with|to)(?: the)?|than(?: in| on| the)?|versus|vs\.?|up from|down from"
    r"|as in|(?:low|high|level|record)s? (?:since|in|of)",
    figure_comparison_cues=r"against",
    comparison_openers=r"as (?:it )?(?:had )?happened|as was the case|although|even though|despite",
    nowadays_cues=r"still|until|up to|to|of",
    former_role_cues="",
    now_words=r"now|nowadays|today|currently",
    aside_year_cues=("since",),
    period_nouns=word_set("morning afternoon evening night day dawn"),
    since_openers=r"since|starting (?:with|from)",
    relative_pronouns=r"which|who|whom|whose|where",
    vague_past=r"(?:a\s+few|some|many)\s+years\s+ago|(?:some|a\s+long)\s+time\s+ago|a\s+while\s+ago",
    topic_cues=r"about|surrounding|regarding|concerning",
    attribute_cues=("of",),
    after_words=("after",),
    of_relative_year={-1: r"of last year|of the previous year", 0: r"of this year", 1: r"of next year"},
    well_known_days={},
    well_known_cues="",
    that_year=r"of that year|of the same year|that year",
    habitual_cues=("every", "each"),
    future_auxiliaries=r"will be|would be|is to be|are to be",
    deadline_cues=("by",),
    deadline_words=("deadline", "target", "cutoff", "timeline"),
    day_of_month=("of",),
    month_of_year=("of",),
    time_units={
        "day": "day",
        "days": "day",
        "week": "week",
        "weeks": "week",
        "month": "month",
        "months": "month",
    },
    unit_plurals={"day": "days", "week": "weeks", "month": "months"},
    ago_words=("ago",),
    ahead_words=("in",),
    ago_phrase="{n} {unit} ago",
    ahead_phrase="in {n} {unit}",
    number_words={
        "one": 1,
        "two": 2,
        "three": 3,
        "four": 4,
        "five": 5,
        "six": 6,
        "seven": 7,
        "eight": 8,
        "nine": 9,
        "ten": 10,
        "eleven": 11,
        "twelve": 12,
        "fifteen": 15,
        "twenty": 20,
        "thirty": 30,
        "forty": 40,
        "fifty": 50,
        "hundred": 100,
        "thousand": 1000,
        "dozens": 24,
    },
    decimal_comma=False,
    scales={
        "thousand": 1e3,
        "k": 1e3,
        "million": 1e6,
        "millions": 1e6,
        "m": 1e6,
        "billion": 1e9,
        "billions": 1e9,
        "bn": 1e9,
        "trillion": 1e12,
    },
    currencies={
        "euro": "EUR",
        "euros": "EUR",
        "dollars": "USD",
        "dollar": "USD",
        "pounds": "GBP",
        "roubles": "RUB",
        "rubles": "RUB",
        "yuan": "CNY",
        "hryvnias": "UAH",
    },
    counted_nouns=(
        r"soldiers|troops|people|dead|killed|wounded|civilians|years|months|weeks|days|hours|countries|states"
        r"|allies|members|regions|levels|missiles|drones|tanks|jets|aircraft|ships|tonnes|tons|kilometres"
        r"|kilometers|miles|votes|seats|jobs|points|hostages|prisoners|refugees|residents"
    ),
    article_as_one=("a", "an"),
    coming_event_words="",  # `the next elections` is left to the future markers
    future_markers=(
        r"\b(?:will|shall|won['’]t|would(?!\s+(?:not\s+)?have\b)|going to|upcoming|next"
        r"|(?:is|are|was|were)\s+(?:set|due|scheduled|expected|slated|planned)\s+(?:to|for)|plans? to"
        r"|intends? to|scheduled for)\b|\w['’]ll\b"
    ),
    past_adverbs=_PAST_ADVERBS,
    past_markers=(
        rf"\b(?:was|were|had|did|said|says|told|met|held|went|came|made|took|gave|{_PAST_ADVERBS})\b"
        r"|\b(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bbeen )\w{3,}ed"
        # an -ed form is past when an object or complement follows it (`agreed a`, `met on`), not
        # when it is an adjective (`armed forces`, `united front`)
        r"(?=\s+(?:the|a|an|to|on|that|in|his|her|their|its|by|with|for|up|out|off|over|every|all|this|these"
        r"|those|some|no|it|him|them|us|me|last|earlier|yesterday)\b)"
    ),
    scheduling_words=r"scheduled|set|planned|due|slated",
    scheduling_links=r"for|on",
    participle_before="",
    happening_participles=r"happened|occurred|took place",
    life_participles=r"born|died",
    gerund="",
    perfect_infinitive=r"\b(?:for|after|despite|without)\s+having\s+\w+",
    # `Elected in 2019, the mayor …`, `Founded in 1909, …`; not the participles that schedule
    opening_participle=r"(?!(?:scheduled|planned|expected|set|due)\b)\w{3,}(?:ed|en)",
    perfect_participle=r"having\s+(?:\w+\s+)?\w{3,}(?:ed|en|wn|ne|ght|ld|nt|ck|un)",
    determiners=word_set("the a an this that its his her their our"),
    auxiliaries=r"is|are|was|were|be|been|being|has|have|had|will|would",
    clause_openers=r"when|while|where|after|and|but",
    complementizers=r"that|whether|if|when",
    planned_main=r"is planned|are planned",
    role_words_in_places=frozenset(),
    role_heads=word_set(
        """
        secretary president president-elect premier minister chancellor spokesman spokeswoman spokesperson
        envoy ambassador senator representative congressman congresswoman lawmaker adviser advisor chief
        director general admiral commander commissioner governor mayor leader chairman chairwoman chair head
        ceo founder king queen prince princess pope judge prosecutor candidate official analyst professor
        economist negotiator speaker whip deputy secretary-general lady
        """
    ),
    org_heads=word_set(
        """
        Department Ministry Council Commission Parliament Congress Senate Government Kremlin Pentagon
        Alliance Union Bank Fund Court Agency Party Committee Institute Organization Organisation Federation
        Authority Treasury Reserve Office School College University Academy Foundation
        """
    ),
    # alone, a common noun (`the Office`, `a Department`): an organisation only with its name
    org_heads_with_name=frozenset({"Office", "Department", "Ministry", "Agency", "Institute"}),
    # `Azerbaijani`, `Israeli`, `Canadian`, `Egyptian`, `Chinese`, `British`, `French`, `Dutch`
    elided_links=frozenset(),
    organisation_links=frozenset(),  # `Department of State and the Pentagon`: two bodies
    nationality_before_organisation=r"[A-Z][a-z]+(?:i|an|ese|ish|ch)",
    org_tail_adjectives=frozenset(),
    org_names=(
        r"White House",
        r"State Department",
        r"Federal Reserve",
        r"United Nations",
        r"European Union",
        r"European Central Bank",
        r"European Commission",
        r"European Parliament",
        r"European Council",
        r"International Monetary Fund",
        r"Downing Street",
    ),
    titlecase_acronyms=word_set("Fed"),
    short_acronyms=word_set("US EU UN UK IS RT"),
    not_org_acronyms=word_set("GDP CEO TV OK AI HQ PM AM UPDATE VIDEO LIVE NEWS"),
    function_words=word_set(
        """
        The A An In On At After Before During But And Or If As While When Where Why How What Who Which
        Mr Mrs Ms Dr Sir Lord Lady It He She They We You His Her Their Our Its This That These Those There
        Here According Meanwhile However Also Earlier Later Today Yesterday Tomorrow Some Many Most All Any
        Each Every No Not Yes Officials Sources Following Despite Since Until By For From To Of With Without
        """
    ),
    place_openers=word_set(
        """
        Port Fort Lake Mount Mountain Cape Camp Point Saint Bay Isle Prize Festival
        """
    ),
    place_closers=word_set(
        """
        Center Centre Beach Bay Square Street Avenue Boulevard Road Palace Towers Bridge Station Airport
        Hospital Stadium Arena Harbor Harbour County Valley River Island Islands Heights Springs Falls
        Gallery Company Corporation Conference Association Festival Prize Online Response Report News
        Magazine Times Journal Petroleum Airlines Airways Motors Holdings Energy Pharmaceuticals Pictures
        Studios Entertainment Technologies Systems Industries Partners Ventures
        """
    ),
    not_name_words=word_set(
        """
        United States Kingdom White House Middle East Far North South West Korea Union European Nations
        Republic Czech Strip Bank Gulf Sea Island Islands City Foreign Ministers Minister State Defense
        Defence Treasury Affairs Premier Leader Prime First Lady Vice Deputy Board Editorial
        """
    ),
    reporting_verbs=(
        r"said|says|say|told|tells|added|adds|stated|states|declared|warned|warns|stressed|stresses|noted"
        r"|notes|explained|announced|announces|confirmed|confirms|wrote|writes|tweeted|posted|insisted|argued"
        r"|argues|reiterated|underlined|emphasi[sz]ed|urged|urges|claimed|claims|asked|replied|responded"
        r"|according to|acknowledged|admitted|cautioned|predicted|promised|pledged|vowed|announced"
        r"|asserted|exclaimed|remarked|commented|affirmed|shared"
    ),
    acting_with_object=r"add|observ|answer|shar",  # `shared a meal`: no speech
    role_stops=word_set(
        """and or but with who which where when while whose has have is are was were said told today
        between among amid against the a an in at on to from by his her their its after before during
        meet met meets"""
    ),
    role_stop_forms=r"[a-z]{3,}ed",
    according_to=frozenset({"according to"}),
    subject_pronouns=word_set("he she"),
    drops_subjects=False,
    gerund_endings=(),
    subordinators=word_set("that"),
    temporal_subordinators=word_set("when while"),
    coordinators=word_set("and"),
    restrictive_openers=word_set("who which that"),
    clause_conjunctions=word_set("and or but"),
    abstract_suffixes=word_set("ism ity ness ice ence ance"),
    adjective_suffixes=frozenset(),
    prenominal_adjectives=word_set("new old former big great small main alleged possible"),
    singular_determiners=word_set("the"),
    surname_articles=frozenset(),
    role_articles=word_set("the"),
    noun_articles=word_set("the a an"),
    elided_articles=frozenset(),
    indefinite_articles=word_set("a an"),
    told_nouns=word_set("words remarks statement statements request requests appeal"),
    infinitive_markers=word_set("to"),
    speech_nouns=word_set("words posts messages remarks comments tweets"),
    subject_openers=word_set("the a an some many others"),
    elided_subject_openers="",
    complement_prepositions=word_set("of for with to by from on at about"),
    clause_breakers=word_set("that to with he she they we it i between"),
    relative_openers=word_set("who which"),
    subject_relatives=word_set("who"),
    person_titles=word_set("Dr Mr Mrs Ms Prof Sen Rep Gen Gov"),
    plural_reporting="",  # English writes its subjects: `they said`
    anaphor_openers=(
        r"it\b(?!['’]s\s+(?:not\s+)?(?:clear|unclear|likely|possible|time)\b)"
        r"(?!\s+(?:is|was|remains|remained)\s+(?:not\s+)?(?:clear|unclear|likely|unlikely|possible|expected|time)\b)"
        r"|" + _NOT_GENERIC_THOSE + r"(?:he|she|they|his|her|their|these|those|this|that)\b"
        r"(?!\s+(?:morning|afternoon|evening|week|weekend|month|year|summer|winter|spring|fall|autumn"
        r"|time|is why)\b)"
        r"|of "
        + _NOT_GENERIC_THOSE
        + r"(?:these|those|them)\b|among "
        + _NOT_GENERIC_THOSE
        + r"(?:these|those|them)\b"
        # a demonstrative after a preposition: `In this capacity, he…`, `For these reasons…`
        r"|(?:in|for|with|by|under|at|despite)\s+" + _NOT_GENERIC_THOSE + r"(?:this|these|that|those)\b"
        r"(?!\s+(?:morning|afternoon|evening|week|weekend|month|year|summer|winter|spring|fall|autumn"
        r"|time|case of)\b)"
    ),
    stance=(
        r"must|should|need to|needs to|calls? for|called for|urged?|supports?|opposes?|opposed|believes?"
        r"|wants?|insists?|demands?|rejects?|rejected|backs?|backed|position|unacceptable|unrealistic"
    ),
    action=(
        r"met|meet\w*|visits?|visited|announced?|decided|approved?|signed|launched|agreed|reached|voted"
        r"|appointed|elected|resigned|attacked|struck|withdr\w+|sanctioned|pledged|talks|call"
    ),
    hedge=(
        r"remains to be seen|it (?:is|was) (?:not |un)clear"
        r"|were not (?:immediately )?(?:made )?(?:available|disclosed"
        r"|released)|did not (?:immediately )?respond|could not be reached|declined to comment"
    ),
    background=(
        r"earlier|previously|in the past|for years|last year"
        r"|once (?:said|wrote|remarked|declared|observed|quipped)"  # words said long ago
        r"|(?:in|over|during|throughout) (?:his|her|their) (?:long )?career"  # a career, not news
    ),
    dropped_subject="",
    subjectless_openers="",
    dropped_subject_unless_inverted="",
    adverbial_openers=r"in|on|at|after|before|since|then|later|earlier|today|yesterday",
    early_connectives=r"however|therefore|instead",
    back_references=(
        r"something similar|the same way|in a similar way"
        # a verdict on what someone said, with nothing after it (`Mark Rutte is absolutely correct.`)
        r"|(?:is|was|are|were)\s+(?:absolutely\s+|exactly\s+|completely\s+|so\s+)?(?:right|correct)(?=\s*[.!”\"]|\s*$)"
        # `it` that stands for what was done (`…, it would be impossible.`), not an `it` that a `to`
        # or a `that` after it explains (`it would be impossible to…`)
        r"|it\s+(?:would|will|could)\s+(?:not\s+)?be\s+(?:impossible|possible|unthinkable)(?=\s*[.!”\"])"
    ),
    connective_openers=(
        r"but|however|also|instead|therefore|moreover|furthermore|in addition|nonetheless|nevertheless"
        r"|even so|still,|specifically|for example|for instance|similarly|likewise|additionally"
    ),
    subjectless_attribution=(
        r"[”\"]\s*,?\s*(?:he|she|they)\s+(?:said|added|says|adds|told|wrote|explained|noted)\b"
        r"|,\s*(?:he|she|they)\s+(?:said|added|says|adds)\s*[.,]"
    ),
    definite_articles=("the",),
    noun_phrase_openers=word_set("the a an some many several all every"),
    prepositions=word_set(
        "of in on at by for from to with about over under after before during since into onto against"
    ),
    noun_complements=word_set("of"),
    shell_nouns=word_set(
        """decision move measure proposal incident episode announcement initiative request choice
        operation meeting ceremony event investigation inquiry victim victims man woman couple group
        company idea plan deal agreement ruling order news"""
    ),
    quotation_topic_markers=r"about|regarding|concerning|with regard to|in reference to",
    printed_connective_openers=(  # `In return, the United States…`: for what the sentence before told
        r"in particular|in detail|more specifically|the following|in (?:return|exchange)(?=\s*,)"
        r"|(?:earlier|previously)(?=\s*,)"
    ),
    interposed_connectives=(
        r"also(?!\s+known)|though|instead|meanwhile|thus|hence|too|in turn|in addition|as a result"
        r"|in fact|indeed"
    ),
    linking_adverbs=(
        r"however(?!\s+(?:much|many|long|small|large|far|big|hard|little|few|you|we|they)\b)|therefore"
        r"|moreover|furthermore|nevertheless|nonetheless|consequently"
        # `Aviva Siegel also participated in…`: besides what the sentence before told (not `but
        # also`, `and also`, which add to the sentence's own, nor `also known as`)
        r"|(?<!\bbut\s)(?<!\band\s)also(?!\s+known\b)"
    ),
    sole_roles=word_set("pope pontiff"),
    person_epithets=word_set("colonel rais"),
    organisation_roles=word_set(
        """president vice-president chairman chairwoman chair secretary director spokesman spokeswoman
        spokesperson founder co-founder representative coordinator"""
    ),
    same_words=word_set("same"),
    shared_markers=r"respective(?:ly)?|each\s+other|one\s+another|both|alike",
    answer_openers=r"[iI]t['’]s\s+[A-Z]",
    reply_openers=r"(?:[Dd]ear|[Tt]hanks?(?:\s+you)?,?)\s+[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)?\s*[,!]",
    bare_replies=word_set("yes yeah yep no nope sure certainly absolutely exactly definitely indeed")
    | frozenset({"of course", "not at all"}),
    forward_references=(
        r"here(?:['’]s|\s+is|\s+are)\s+(?:what|how|who|why|where|when|the\s+(?:full\s+)?text"
        r"|(?:his|her|their)\s+(?:full\s+)?(?:statement|words|remarks|letter))\b.*"
        r"|.*\bas follows|.*\bthe following(?:\s+(?:statement|words|remarks|message))?"
    ),
    ordering_adjectives=word_set("first second same only last latest"),
    numbered_back_references=(
        r"(?:the\s+(?:two|three|four)|both\s+(?:men|women|sides|leaders|countries|parties|officials))\b"
        r"(?!\s+(?:\w+\s+)?of\b)"  # not `the two sides of the conflict`
    ),
    reply_nouns=word_set("reply replies response responses answer answers"),
    relational_nouns=word_set(
        "son daughter sons daughters wife husband brother brothers sister sisters father mother parents"
        " widow heir"
    ),
    reply_to=word_set("to"),
    decision_nouns=word_set("decision decisions choice move"),
    decided_markers=word_set("to on about regarding"),
    unresolved_nouns=word_set(
        "analysis move decision measure proposal deal agreement incident operation attack bombing shooting"
        " accusation accusations allegation allegations conference meeting"
    ),
    universal_determiners=word_set("every each all"),
    first_person_words=word_set("I me my mine myself we us our ours ourselves"),
    common_capitals=word_set("government state city county court company administration"),
    age_nouns=r"\d+-year-old|[a-z]+-year-old",
    distal_demonstratives="",
    object_pronouns="",
    national_bodies=frozenset(),
    unsaid_copula="",
    verb_forms="",
    participle_forms="",
    infinitive_forms="",
    back_pointers=(
        # `the aforementioned report`: the one named above
        r"(?:afore|above-?)mentioned|"
        # `later that evening`, `the handmade book… that day`: a time counted from the sentence before
        r"that\s+(?:evening|night|morning|afternoon|day|week)(?!\s+(?:of|when)\b)"
        r"|(?:hours|days|weeks|minutes)\s+later(?!\s+(?:than|in|on)\b)|the\s+(?:next|following)\s+day"
        # `thus`, `therefore` after a verb, `a similar order`: what the sentence before said
        r"|(?:is|are|was|were|has|have|had|will|would)\s+(?:thus|therefore)\b|similar\s+(?!to\b)[a-z]+"
        # `Seven additional children…`, `Additional members will be…`: more than those named before
        r"|^[\"“'‘*_\s]*(?:[a-z0-9-]+\s+)?additional(?=\s+[a-z])"
        # `Keith Siegel further shared…`: he had said something before
        r"|further\s+(?:said|shared|noted|stated|added|explained|stressed|emphasized|wrote)\b"
        # `Jane Moss is one of them`: one of the people a sentence before named
        r"|(?:is|was|are|were)\s+(?:also\s+)?(?:one\s+of|among)\s+them\b"
    ),
    articled_prepositions=frozenset(),
    placed_nouns=word_set(
        """government president administration police army country world pope capital opposition war
        pandemic congress senate house"""
    ),
    demonym_stems=frozenset(),
    nations=comma_set(
        """afghanistan, albania, algeria, andorra, angola, argentina, armenia, australia, austria,
    azerbaijan, bahamas, bahrain, bangladesh, barbados, belarus, belgium, belize, benin, bhutan,
    bolivia, bosnia, bosnia and herzegovina, botswana, brazil, brunei, bulgaria, burkina faso,
    burundi, cambodia, cameroon, canada, cape verde, chad, chile, china, colombia, comoros, congo,
    costa rica, croatia, cuba, cyprus, czech republic, czechia, denmark, djibouti, dominica,
    dominican republic, ecuador, egypt, el salvador, eritrea, estonia, eswatini, ethiopia, fiji,
    finland, france, gabon, gambia, georgia, germany, ghana, greece, grenada, guatemala, guinea,
    guyana, haiti, honduras, hungary, iceland, india, indonesia, iran, iraq, ireland, israel,
    italy, ivory coast, jamaica, japan, jordan, kazakhstan, kenya, kiribati, kosovo, kuwait,
    kyrgyzstan, laos, latvia, lebanon, lesotho, liberia, libya, liechtenstein, lithuania,
    luxembourg, madagascar, malawi, malaysia, maldives, mali, malta, mauritania, mauritius,
    mexico, micronesia, moldova, monaco, mongolia, montenegro, morocco, mozambique, myanmar,
    namibia, nauru, nepal, netherlands, new zealand, nicaragua, niger, nigeria, north korea,
    north macedonia, norway, oman, pakistan, palau, palestine, panama, papua new guinea, paraguay,
    peru, philippines, poland, portugal, qatar, romania, russia, rwanda, saint lucia, samoa,
    san marino, saudi arabia, senegal, serbia, seychelles, sierra leone, singapore, slovakia,
    slovenia, somalia, south africa, south korea, south sudan, spain, sri lanka, sudan, suriname,
    sweden, switzerland, syria, taiwan, tajikistan, tanzania, thailand, togo, tonga, trinidad,
    tunisia, turkey, turkmenistan, tuvalu, uganda, ukraine, united arab emirates, united kingdom,
    united states, united states of america, america, uruguay, uzbekistan, vanuatu, vatican,
    venezuela, vietnam, yemen, zambia, zimbabwe, britain, great britain, england, scotland, wales,
    europe, africa, asia,
    afghan, afghans, albanian, albanians, algerian, algerians, american, americans, argentine,
    argentinian, argentinians, armenian, armenians, australian, australians, austrian,
    austrians, azerbaijani, azerbaijanis, bangladeshi, belarusian, belarusians, belgian,
    belgians, bolivian, bosnian, brazilian, brazilians, british, bulgarian, bulgarians, canadian,
    canadians, chilean, chileans, chinese, colombian, colombians, croatian, croatians, croat,
    croats, cuban, cubans, cypriot, czech, czechs, danish, dane, danes, dutch, egyptian,
    egyptians, emirati, english, eritrean, estonian, estonians, ethiopian, ethiopians, european,
    europeans, filipino, filipinos, finnish, finn, finns, french, georgian, georgians, german,
    germans, ghanaian, greek, greeks, hungarian, hungarians, icelandic, indian, indians,
    indonesian, indonesians, iranian, iranians, iraqi, iraqis, irish, israeli, israelis,
    italian, italians, japanese, jordanian, jordanians, kazakh, kenyan, kenyans, korean,
    koreans, kosovar, kuwaiti, latvian, lebanese, libyan, libyans, lithuanian, lithuanians,
    malaysian, maltese, mexican, mexicans, moldovan, mongolian, montenegrin, moroccan, moroccans,
    nepali, nigerian, nigerians, norwegian, norwegians, pakistani, pakistanis, palestinian,
    palestinians, peruvian, polish, pole, poles, portuguese, qatari, romanian, romanians,
    russian, russians, rwandan, saudi, saudis, scottish, serbian, serbians, serb, serbs,
    slovak, slovaks, slovenian, slovenians, somali, somalis, spanish, spaniard, spaniards,
    sudanese, swedish, swede, swedes, swiss, syrian, syrians, taiwanese, thai, tunisian,
    turkish, turk, turks, ugandan, ukrainian, ukrainians, uzbek, venezuelan, venezuelans,
    vietnamese, welsh, yemeni, yemenis, african, africans, asian, asians, arab, arabs"""
    ),
    media_references=(
        r"in the (?:video|photo|picture|image|chart|map) (?:below|above)|watch the video"
        r"|pictured (?:below|above)|(?:see|shown) (?:below|above)"
    ),
    media_postings=(
        # `posted a video on YouTube of…`, `uploaded to YouTube a video…`
        rf"\b{_POSTED}\s+(?:(?:on|to)\s+{_PLATFORM}\s+{_SOME}{_MEDIA}\b|{_SOME}{_MEDIA}\b[^.;:]{{0,60}}?\b(?:on|to)\s+{_PLATFORM})"
        # `a video was posted on YouTube…`
        rf"|\b(?:was|were|been)\s+{_POSTED}\s+(?:on|to)\s+{_PLATFORM}"
        # `The Guardian has a map showing…`
        rf"|\b(?:has|have)\s+(?:a|an)\s+{_MEDIA}\s+(?:showing|that\s+shows)"
    ),
    media_testimony=r"where|in which",
    testimony_acts=(
        r"shoot(?:s|ing)?|shot|fir(?:e|es|ed|ing) on|beat(?:s|en|ing)?|attack(?:s|ed|ing)"
        r"|assault(?:s|ed|ing)|kill(?:s|ed|ing)|arrest(?:s|ed|ing)|drag(?:s|ged|ging)|tortur(?:e|es|ed|ing)"
        r"|wound(?:s|ed|ing)|injur(?:e|es|ed|ing)|club(?:s|bed|bing)"
    ),
    service_pointers=r"(?:for\s+)?(?:more|further|additional)\s+(?:information|details)|for\s+details",
    glued_openers=(),
    furniture_openers=(
        r"read more|read also|related|all rights reserved|copyright|a post shared by|view this post"
        r"|subscribe|sign up|newsletter|follow us|click here|advertisement|sponsored|last updated|photo by"
        r"|watch|listen"
    ),
    # `… consapevoleRead More`: the link's label glued to the excerpt's last word
    teaser_links=r"read more\s*»|continue reading\s*»|(?<=[^\W\d_])read more",
    furniture_labels=r"news|photo|video|tags?|share|image|credits?|source",
    picture_credits=r"(?:photo|video|image)(?:\s+(?:credit|source))?",
    pictured_things=r"an?\s+(?:poster|placard|banner|sign|graffito|mural|cartoon|photo(?:graph)?|picture|image)",
    keyword_labels=r"tags?|keywords|topics",
    phone_labels=r"tel|telephone|phone|call|fax|toll[- ]free|whatsapp",
    promotions=(
        r"sign up for (?:our|the) newsletter|subscribe to (?:our|the) newsletter"
        r"|please enable javascript|skip to (?:main )?content|^\W*stay (?:in tune|tuned)\W*$"
        # a blog post's filing line and its comment box
        r"|this entry was posted in|\|\s*filed under\b|save my name, email"
        # the site's note on its pictures' rights
        r"|(?:considered|deemed) (?:to be )?(?:in the )?public domain"
        # a wire's rights notice: `Copyright 2025 The Associated Press. All rights reserved. This material …`
        r"|all rights reserved"
        r"|this material may not be (?:published|broadcast|rewritten|redistributed|reproduced)\b"
    ),
    comment_thread_openers=(
        r"\d+\s+(?:comments?|responses?|replies)\s+(?:to|on)\b|leave a (?:reply|comment)|post a comment"
        r"|posted in\b[^|\n]*\|\s*\d+\s+comments?\b"  # `Posted in Politics | 12 Comments »`
        r"|no related posts"  # a blog's empty box of related posts, under the post
        r"|comments are closed|commenting (?:is|has been) closed"  # where the comment box was
        # a heading alone over the thread: `Comments`, `Comments (12)`, `12 Comments`, `12 Responses`
        r"|(?:\d+\s+)?(?:comments|responses)(?:\s*\(\d+\))?\s*:?\s*$"
    ),
    comment_signers=r"posted by|written by|submitted by|comment by",
    comment_verbs=r"says|said|wrote|writes|replied|commented",
    comment_time_words=r"on|at|-|,|\|",
    handle_credits=r"via|h/t|ht|hat tip|cc|credit|photo|video|source",
    reply_buttons=r"reply(?: to this comment)?|reply ↓",
    release_closers=(
        r"About\s+(?:the\s+)?[A-Z]"  # `About the Northwind Harbor Authority`, `About Acme`
        r"|(?:Media|Press|Investor)\s+[Cc]ontacts?\b|Contacts?:|For (?:more|further) information\b"
    ),
    byline_openers=r"by|written by|reporting by|text by",
    title_labels=comma_set("title, headline"),
    outlet_labels=comma_set("source, outlet, publication, publisher, newspaper, site"),
    field_labels=comma_set(
        "published, date, updated, author, authors, byline, url, link, language, section, category, tags"
    ),
    credit_phrases=(
        r"^\W*\(?(?:reporting|writing|editing|additional reporting|translated) by\b"
        r"|contributed (?:to this report|reporting)"
    ),
    professions=(
        r"writers?|journalists?|authors?|columnists?|professors?|lecturers?|researchers?|analysts?"
        r"|sociologists?|historians?|economists?|editors?|correspondents?|contributors?|bloggers?|lawyers?"
    ),
    continuation_words=r"the|a|an|of|to|in|on|at|for|with|by|from|and|or|that",
    manner_openers=r"as",
    historic_past="",
    imperfect=r"\b(?:was|were|used to)\b",
    pluperfect=r"\bhad\s+(?:already\s+|also\s+)?(?:been|\w+ed|\w+en)\b",
    abbreviations=word_set("Mr. Mrs. Ms. Dr. St. Gen. Sen. Rep. Gov. Lt. Col. Sgt. Prof. Jr. U.S. U.K. U.N."),
    stopwords=word_set(
        """the of to and in on at for with by from is are was were has have had be been it its this that
        as an or not but will would said says"""
    ),
    headline_stopwords=word_set(
        """the of to and in on at for with by from is are was were has have had be it its this that as an up
        down out so but not"""
    ),
    long_stopwords=word_set(
        """that this these those with from have has been were will would which their there about into
        more than also after before over they them what when where while said says only just even
        still very much many most other same between against without through within during among
        toward towards across around behind beyond under above below upon along since until because"""
    ),
    articles=word_set("the a an"),
    noun_markers=word_set("the a an"),
    modifiers_before_noun=True,  # `the defense budget`
    verb_endings=(),  # English verb endings (`-ed`, `-ing`) are nouns' and adjectives' too
    group_articles=frozenset(),
    name_links=word_set("of"),
    demonstratives=word_set("this these those such"),
    determiner_demonstratives=word_set("this these"),
    page_objects=word_set(
        "video videos footage photo photos photograph photographs picture pictures image images article"
        " articles post posts tweet tweets chart charts gallery"
    ),
    # `(see also…)`, `(Read more: …)`, `(watch the video)`, `(click here)`
    live_labels=word_set("LIVE"),
    reader_pointers=r"see|read|watch|click|listen|cf\.?",
    citation_marks=word_set("p. pp. vol. vols. no. nos. ch."),
    known_groups=word_set("allies"),
    pointing_pronouns=word_set("he she they him her them his their theirs hers"),
    plural_possessives=word_set("their"),
    plural_words=(
        r"and|both|all|they|these|those|are|were|have|two|three|four|five|\d+"
        r"|children|people|men|women|police|staff|families"  # plurals with no `-s`
        r"|(?!(?:has|was|is|its|his|this|us)\b)\w+s"  # a plural noun or a verb's third person
    ),
    additive_words=word_set(""),
    framing_pattern=(
        r"(?:outlined|set out|laid out) (?:his|her|their|the) (?:view|views|position|vision|picture)"
        r"|took the floor|spoke to (?:reporters|the press|journalists)|gave an overview"
        r"|the following is (?:a|the) (?:statement|message|readout)"
    ),
    not_name_words_lower=word_set(
        """a an the this that these those it its he she they we i you his her their our there here
        in on at by for from of to with without after before during since until as about against
        between into over under and or but if when while where why how what which who whom whose
        yes no not also only both all some many most more several each every any one two three
        mr mrs ms dr prof sir lady lord st
        president presidents prime premier minister ministers secretary general government
        chancellor leader leaders chief deputy vice spokesman spokeswoman spokesperson mayor
        governor ambassador envoy special head elect commander commissioner"""
    ),
    glossary={
        "european union": ("eu", "european"),
        "united nations": ("un", "nations"),
        "united states": ("us", "usa", "american", "americans"),
        "united kingdom": ("uk",),
        "european central bank": ("ecb",),
        "international monetary fund": ("imf",),
        "world health organization": ("who",),
        "gross domestic product": ("gdp",),
        # `OTAN`, the French and Spanish name, is met in English wires too
        "nato": ("nato", "otan"),
        "kyiv": ("kyiv",),
    },
    negations=word_set("not no never none nobody nothing neither nor cannot without"),
    negative_words=word_set(
        """refus* reject* deni* deny fail* oppos* lack* unabl* unrealist* illusor* dismiss* ban banned
        bans block* halt* stop* short miss* breach* violat* unless"""
    ),
    more_words=word_set(
        """more higher above rise rises rising rose risen increas* grow* grew exceed* beyond greater
        larger stronger boost* raise* raising strengthen*"""
    ),
    less_words=word_set(
        """less lower below fall falls falling fell fallen decreas* drop* declin* cut cuts reduc*
        fewer smaller weaker weaken* shrink* shrank"""
    ),
    speech_words=word_set(
        """said says say told tells warned warns announced announces stated added adds explained
        explains argued argues claimed claims insisted insists noted stressed stresses declared
        declares urged urges reiterated reiterates emphasised emphasized emphasises emphasizes
        underlined underlines confirmed confirms wrote writes described describes reaffirmed
        reaffirms indicated indicates admonished cautioned asserted asserts recalled recalls
        highlighted highlights"""
    ),
    percent_words=("percent", "per cent"),
    gdp_words=("gdp", "gross domestic product"),
    duration_units=word_set("year years month months week weeks day days hour hours minutes seconds decades"),
    addressed_to_the_model=(
        r"(?:ignore|disregard|forget|override)\s+(?:all\s+(?:of\s+)?)?(?:the\s+|any\s+|these\s+)?"
        r"(?:(?:previous|prior|above|earlier|preceding|original|system)\s+(?:instructions|directions|prompts?|rules)"
        r"|your\s+(?:instructions|directions|prompts?|rules))"
        r"|(?:ignore|disregard|forget)\s+all\s+(?:of\s+)?(?:the\s+)?(?:instructions|prompts?)\b"
        r"|(?:new|updated)\s+instructions\s*:"
        r"|(?:you\s+are\s+(?:now\s+)?|act\s+as\s+)(?:an?\s+)?(?:ai\b|ai\s+assistant|language\s+model|llm\b|chatbot)"
        r"|as\s+an\s+ai\s+(?:model|assistant)"
        r"|\b(?:ai(?:\s+model)?|assistant|language\s+model|llm|chatbot|summari[sz]er),\s+(?:you\s+must|must|please)\s"
        r"|(?:write|state|report|say|include|present)\s+(?:it\s+|this\s+)?(?:in|into)\s+(?:the|your)"
        r"\s+(?:briefing|summary|output)"
        r"|as\s+a\s+verified\s+fact"
    ),
)

# What a figure measures, by the words beside it (compose/figures.py): a series joins only numbers
# of the same measure; the phrase nearest the number wins
# (figures.measure_near).
MEASURES: dict[str, tuple[str, ...]] = {
    "defence_spending": (
        "defense spending",
        "defence spending",
        "military spending",
        "spending on defense",
        "spending on defence",
        "on defense",
        "on defence",
        "defense budget",
        "defence budget",
    ),
    "public_spending": ("public spending", "government spending", "federal spending"),
    "deficit": ("deficit",),
    "debt": ("debt",),
    "growth": ("growth", "grew", "economy expanded"),
    "inflation": ("inflation", "consumer prices"),
    "vote_share": ("of the vote", "of votes"),
    "unemployment": ("unemployment", "jobless"),
    "interest_rate": ("interest rate", "rates"),
    "tariffs": ("tariff", "tariffs", "duties"),
}
