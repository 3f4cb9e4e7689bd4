"""Italian: the words the pipeline reads and writes news with (see `language.Language`)."""

from __future__ import annotations

from briefing.lang.language import Language, comma_set, word_set

LABELS = {
    "title": "Briefing",
    "as_of": "aggiornato al",
    "key_points": "Punti chiave",
    "timeline": "Cronologia",
    "outlook": "Prospettive",
    "positions": "Posizioni",
    "figures": "Cifre",
    "context": "Contesto",
    "undated": "Notizie senza data",
    "reported": "Altre notizie nelle fonti",
    "sources": "Fonti",
    "notes": "Citazioni",
    "method": "Metodo",
    "period": "Periodo",
    "no_headline": "senza titolo",
    "undated_source": "senza data",
    "skipped": "Fonti escluse",
    "source": "Fonte",
    "outlet": "Testata",
    "published": "Pubblicato",
    "hash": "SHA-256",
    "sources_not_cited": "Lette ma non citate ({n}), per numero e file:",
    "sources_lines_intro": "Le fonti citate, una riga ciascuna: file · testata · pubblicazione · "
    "SHA-256 (prime 12 cifre) · titolo, tagliato alla riga.",
    "line": "riga",
    "sources_count": "{n} fonti",
    "single_source": "fonte unica",
    "source_undated": "fonte senza data",
    "undated_intro": "Da fonti senza data di pubblicazione: fuori dalla cronologia, perché non si può "
    "dire quando siano avvenuti.",
    "announced": "annunciato",
    "reported_on": "notizia del",
    "story_reported": "notizie del {span}",
    "announced_note": "annunciato in questa data; la data dell'evento non è indicata",
    "conflict": "Le fonti divergono su {what}: {values}",
    "conflict_label": "divergenza",
    "series": "{metric}: {steps}",
    "metric_percent_gdp": "% del PIL",
    "metric_percent": "%",
    "annex": "Allegato",
    "annex_note": "Fuori dalla lunghezza del corpo: quanto può ancora servire a un analista, ogni "
    "affermazione una sola volta in tutto il briefing.",
    "chronology": "Cronologia completa",
    "chronology_intro": "Ogni giorno che la cronologia mette in classifica, in ordine di data, tranne i "
    "giorni già negli Sviluppi di un filone.",
    "further": "Altre notizie",
    "evidence_annex": "Allegato: fonti citate",
    "evidence_note": "Ogni citazione come la riporta la fonte, con file e riga. Seguendo il numero di "
    "una citazione si vede il passo evidenziato nel suo paragrafo; ↩ torna all'affermazione.",
    "evidence_note_paper": "Ogni citazione come la riporta la fonte, con file (elencato con la sua "
    "cartella tra le Fonti) e riga; un testo citato da più note è stampato una volta, alla prima di "
    "esse; ↩ torna all'affermazione.",
    "same_quote": "testo come in [{n}]",
    "measure_defence_spending": "Spesa per la difesa",
    "measure_public_spending": "Spesa pubblica",
    "measure_deficit": "Deficit",
    "measure_debt": "Debito",
    "measure_growth": "Crescita",
    "measure_inflation": "Inflazione",
    "measure_vote_share": "Voti",
    "measure_unemployment": "Disoccupazione",
    "measure_interest_rate": "Tassi d'interesse",
    "measure_tariffs": "Dazi",
    "value": "Valore",
    "who": "Chi",
    "date": "Data",
    "contents": "Indice",
    "chart": "La cronologia in sintesi",
    "chart_published": "Pubblicazioni",
    "chart_events": "Eventi",
    "chart_scheduled": "in programma",
    "chart_day": "giorno",
    "chart_span": "mese o anno",
    "chart_publication": "pubblicazione",
    "chart_undated": "Senza data propria — fuori asse",
    "chart_more": "+{n} altri",
    "chart_cluster": "{n} voci",
    "source_map": "Mappa delle fonti",
    "source_map_note": "{single} affermazioni su {total} poggiano su una sola fonte (segnate ◇).",
    "more_sources": "+{n} altre fonti",
    "statements": "Affermazioni",
    "articles": "articoli",
    "article": "articolo",
    "index_title": "Briefing",
    "index_note": (
        "Un briefing per {every}; ciascuno è aggiornato all'ultima data di pubblicazione del periodo."
    ),
    "every_week": "settimana",
    "every_month": "mese",
    "week_label": "Settimana {week} del {year}",
    "undated_in_last": "Articoli senza data, inclusi nell'ultimo periodo e segnalati come tali: {n}.",
    "bottom_line": "In sintesi",
    "developments": "Sviluppi",
    "who_said": "Chi ha detto cosa",
    "watch": "Da seguire",
    "background": "Sullo sfondo",
    "background_intro": "Vicende riportate da un solo articolo, o la cui ultima notizia è datata "
    "rispetto alla data del briefing: il meglio di ciascuna, finché la lunghezza lo consente.",
    "background_more_one": "Un'altra vicenda sullo sfondo non è mostrata: {titles}.",
    "background_more": "Altre {n} vicende sullo sfondo non sono mostrate: {titles}.",
    "storyline": "Filone {n}",
    "overview_one": "Un solo filone.",
    "overview_most": "{n} filoni; {k} raccolgono gran parte della copertura ({share} degli articoli).",
    "overview_most_one": "{n} filoni; 1 raccoglie gran parte della copertura ({share} degli articoli).",
    "overview_spread": (
        "{n} filoni in {total} articoli, {single} dei quali raccontati da un solo articolo: la copertura "
        "è frammentata."
    ),
    "overview_spread_one": (
        "{n} filoni in {total} articoli, 1 dei quali raccontato da un solo articolo: la copertura è "
        "frammentata."
    ),
    "overview_spread_each": "{n} filoni, un articolo ciascuno: la copertura è frammentata.",
    "overview_spread_even": (
        "{n} filoni in {total} articoli, nessuno dei quali raccoglie gran parte della copertura."
    ),
    "overview_no_lead": "nessuno è in primo piano",
    "overview_leads_one": "1 è in primo piano",
    "overview_leads": "{n} sono in primo piano",
    "overview_lead_share": " ({share} degli articoli)",
    "overview_background_one": "1 è sullo sfondo",
    "overview_background": "{n} sono sullo sfondo",
    "overview_no_room_one": "1 è escluso per ragioni di spazio",
    "overview_no_room": "{n} sono esclusi per ragioni di spazio",
    "overview_unreadable_one": "1 è escluso dal corpo: nessuna sua frase può aprirlo da sola",
    "overview_unreadable": "{n} sono esclusi dal corpo: nessuna loro frase può aprirli da sola",
    "overview_and": " e ",
    "overview_stale_one": "Tra quelli non in primo piano, 1 senza notizie dal {since}.",
    "overview_stale": "Tra quelli non in primo piano, {stale} senza notizie dal {since}.",
    "quoted_note": "Le affermazioni sono citate dalle fonti nella loro lingua originale.",
    "about_note": (
        "Selezione per pertinenza a «{query}» (BM25): {kept} articoli su {total} tenuti; {left} esclusi "
        "perché {reason}."
    ),
    "about_reason": "hanno un punteggio sotto il {cut} del migliore",
    "window_note": (
        "Articoli pubblicati {window}; quelli senza data sono inclusi e segnalati. "
        "Gli eventi datati fuori dalla finestra sono esclusi, salvo quelli in programma dopo."
    ),
    "since": "dal {date}",
    "until": "al {date}",
    "skipped_note": "Non usate, ciascuna con il motivo in «Fonti escluse»: {sources}.",
    "method_note": (
        "Ogni affermazione cita un passo testuale, individuato per posizione nel file di "
        "origine e verificato dallo strumento. Motore: {engine}. {articles}, {citations}."
    ),
    "method_articles": "{n} articoli",
    "method_articles_one": "1 articolo",
    "method_quotes": "{n} citazioni",
    "method_quotes_one": "1 citazione",
}

_PARTICIPLES = (
    "dichiarat affermat sottolineat ribadit ammonit dett spiegat aggiunt precisat chiarit osservat annunciat "
    "confermat evidenziat avvertit insistit ricordat commentat scritt definit riferit assicurat promess "
    "denunciat accusat replicat rispost rimarcat sostenut twittat postat chiest avvisat garantit esortat "
    "invitat ammess citat"
)
_REPORTING_STEMS = (
    "dichiar afferm sottoline ribad ammon spieg aggiung precis chiar osserv annunci conferm evidenzi avvert "
    "insist ricord comment scriv defin rifer assicur promett denunci accus replic rispond rimarc sosten "
    "twitt post chied avvis garant esort invit ammett cit dic"
)
# Participles go with an auxiliary (`ha dichiarato`): alone they are passive (`la visita, annunciata
# dal Dipartimento`), not someone speaking.
_REPORTING_VERBS = (
    r"(?:ha|hanno|aveva|avevano|avrebbe|avrebbero)\s+(?:\w+\s+){0,2}?(?:"
    + "|".join(_PARTICIPLES.split())
    + r")[oaie]"
    # not a noun after its article (`con l'accusa di`, `la risposta`), nor a reflexive (`si aggiunge`)
    # nor an adjective after a copula (`era chiara`, `è chiaro`)
    # each look-ahead below only lets through what the alternative after it starts with: it fails
    # fast where the look-behinds would be tried for nothing (the same matches, half the time)
    + r"|(?=["
    + "".join(sorted({stem[0] for stem in _REPORTING_STEMS.split()}))
    + r"])(?<!l')(?<!l’)(?<!si )(?<!la )(?<!le )(?<!un')(?<!un’)(?<!una )(?<!sua )(?<!nella )(?<!della )"
    + r"(?<!\bè )(?<!\bera )(?<!\bormai )(?:"
    + "|".join(_REPORTING_STEMS.split())
    + r")(?:a|ano|e|ono|isce|iscono|ò|arono|erono|ando|endo)"
    + r"|dice|dicono|disse|dicendo|stando a"
    # `secondo il comunicato`, `secondo Trump` (not `il secondo mandato`)
    r"|(?=secondo)(?<!\bil )(?<!\bal )(?<!\bdel )(?<!\bnel )(?<!\bdal )(?<!\bsul )(?<!\bun )secondo"
    # not the rank (`Secondo è arrivato lo spagnolo Jorge Martín`)
    r"(?=\s+\w)(?!\s+(?:è|era|sarà|sono|si|posto|classificat[oa]|arrivat[oa]|giunt[oa])\b)"
    r"|a detta di|(?:ha|hanno) reso not[oa]|fa sapere|fanno sapere"
    # `“…”. Così parlava … Alberto Nagel`: talking, pointed back at the quotation by `così`
    r"|(?<=così )(?:parla|parlava|parlò|diceva|scriveva)"
    r"|(?:ha|hanno) fatto sapere"
)

# The passato remoto, the tense of history: `dichiarò`, `entrò`, `andò`, `partirono`, `disse` (not `può`,
# nor the future's `farò`, `potrò`, `finirò`).
# Words that tell of the past without being a verb (`nei giorni scorsi`, `un anno fa`, `già`).
_PAST_ADVERBS = r"scors[oaie]|fa|in precedenza|precedentemente|già"
# Past participles that do not end in -ato/-ito/-uto, which qualify a noun as those do (`Diego
# Neri, ucciso il 14 ottobre del 2000, …`, `Eletto il 3 marzo, …`): their stems, less any that is
# also a common noun or adjective (`messa`, `presa`, `aperto`, `fatto`)
_IRREGULAR_PARTICIPLES = (
    r"(?:elett|scelt|uccis|sospes|scritt|condott|promoss|espuls|sconfitt|assunt|coinvolt"
    r"|concess|distrutt|dimess|ridott|ripres|rimoss)"
)
_HISTORIC_PAST = (
    # (?=\w*ò\b): a word that ends in `ò`, the cheap test first (same matches, faster)
    r"\b(?=\w*ò\b)(?!(?:può|ciò|però|perciò|sarò|farò|darò|starò|potrò)\b)\w+(?:[aou]rò|[ns]trò|[^\Wr]ò)\b"
    r"|\b\w{2,}(?:arono|irono|ettero)\b"
    r"|\b(?:fu|furono|disse|dissero|fece|fecero|venne|vennero|divenne|divennero|scrisse|scrissero|mise|misero"
    r"|nacque|nacquero|morì|rimase|rimasero|giunse|giunsero|vinse|vinsero|volle|vollero|seppe|diede"
    r"|diedero|decisero|presero|successe|accadde|ottenne|ottennero|apparve|ebbero|partì|uscì|finì)\b"
)

_MONTHS = (
    "gennaio",
    "febbraio",
    "marzo",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "agosto",
    "settembre",
    "ottobre",
    "novembre",
    "dicembre",
)
_WEEKDAYS = ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica")

# What a page says was put on the web (`Language.media_postings`): a video, photos, a map…
_MEDIA = r"(?:video|filmat[oi]|foto(?:grafi[ae])?|immagin[ei]|mapp[ae]|grafic[oi]|(?:foto)?gallery)"
# … on a platform, or on the web itself
_PLATFORM = r"(?:su|sul|in)\s+(?:YouTube|Facebook|Twitter|Instagram|TikTok|Flickr|Vimeo|Internet|rete|web)\b"
_POSTED = r"(?:pubblicat|caricat|postat|mess|condivis)[oaie]"
_SOME = r"(?:(?:un|una|dei|delle|degli|alcun[ie]|altr[ie])\s+|un['’])?"


ITALIAN = Language(
    code="it",
    name="italiano",
    labels=LABELS,
    months=_MONTHS,
    month_abbreviations=("gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"),
    month_variants={"sett": 9},
    capitalises_calendar=False,
    weekdays=_WEEKDAYS,
    numeric_day_first=True,  # `11/9/2011`: 11 settembre
    date_labels=("data", "pubblicato"),
    update_labels=("aggiornat[oa]", "ultimo aggiornamento"),
    translation_credits=("traduzione di", "tradott[oa] da"),
    ordinal_suffixes=("º", "°"),
    relative_days={
        -2: r"l['’]altro\s?ieri|altroieri",
        2: r"dopodomani",
        -1: r"ieri",
        1: r"domani",
        0: r"oggi|stamattina|stamani|stamane|stasera|stanotte|in giornata|questa mattina|questa sera"
        r"|questo pomeriggio",
    },
    relative_weeks={
        1: r"(?:la\s+)?prossima settimana|(?:la\s+)?settimana prossima",
        -1: r"(?:la\s+)?scorsa settimana|(?:la\s+)?settimana scorsa",
        0: r"questa settimana|in settimana",
    },
    relative_months={
        1: r"il mese prossimo|il prossimo mese",
        -1: r"il mese scorso|lo scorso mese",
        0: r"questo mese|nel mese in corso",
    },
    relative_years={
        1: r"l['’]anno prossimo|il prossimo anno",
        -1: r"l['’]anno scorso|lo scorso anno",
        0: r"quest['’]anno|nell['’]anno in corso",
    },
    relative_words=word_set(
        "ieri altroieri domani dopodomani oggi stamattina stamani stamane stasera stanotte giornata settimana"
        " mese anno"
    ),
    past_modifiers=("lo scorso", "la scorsa", "scorso", "scorsa"),
    future_modifiers=("il prossimo", "la prossima", "prossimo", "prossima"),
    same_modifiers=("lo stesso",),
    post_modifiers=("scorso", "scorsa", "prossimo", "prossima"),
    weekday_cues=(),
    month_cues=r"a|ad|in|nel|nel mese di|a inizio|a fine|ai primi di|agli inizi di|entro|fino a|da"
    r"|dal mese di|lo scorso|il prossimo|lo stesso",
    year_cues=r"nel|del|dal|entro il|fino al|nell['’]anno|per il",
    range_openers=r"da\s+|dal\s+|tra il\s+|fra il\s+|dall['’]|dai\s+",
    range_joiners=r"a|al|all['’]|e|e il|e l['’]|fino al",
    weekday_range_openers=r"tra|fra",
    day_parts=r"mattina|pomeriggio|sera|notte",
    comparison_cues=r"rispetto a(?:l|lla|llo|lle|gli|i|ll['’])?|in confronto a(?:l|lla|llo|lle|ll['’])?"
    r"|paragonat[oaie] a(?:l|lla|llo|lle|ll['’])?|come nel"
    r"|(?:minimo|massimo|minimi|massimi|livello|livelli|record) (?:dal|da|dall['’]|del)",
    figure_comparison_cues=r"contro (?:il|i|lo|l['’])|contro",
    comparison_openers=(
        r"com['’](?:è|era) (?:già )?(?:stat[oa]|successo|accaduto|avvenuto)"
        r"|come (?:è|era) (?:già )?(?:stat[oa]|successo|accaduto|avvenuto)"
        r"|come (?:già )?(?:accaduto|successo|avvenuto)"
        r"|nonostante|sebbene|benché|malgrado"
    ),
    nowadays_cues=r"ancora|ancor|tuttora|fino a|fino ad|ad|di|dove|come|anche",
    former_role_cues=r"già|ex|dopo l['’]esperienza|in passato|un tempo",
    now_words=r"oggi|ora|adesso|attualmente|oggigiorno",
    aside_year_cues=("del", "dal", "dall'", "dall’"),
    period_nouns=word_set(
        "mesi mese anno anni inizio inizi fine primi metà estate inverno autunno primavera trimestre"
        " semestre settimane giorni corso giorno giornata mattina mattinata pomeriggio sera serata notte alba"
    ),
    since_openers=(
        r"da quando|sin da quando|fin da quando|a partire da(?:l|lla|llo|i|gli|lle|ll['’])?"
        r"|(?:fin|sin) da(?:l|lla|llo|i|gli|lle|ll['’])"
    ),
    relative_pronouns=r"che|cui|quale|quali|dove",
    vague_past=r"(?:qualche|alcuni|molti|tanti)\s+anni\s+fa|qualche\s+anno\s+fa|tempo\s+fa",
    topic_cues=(
        r"sul|sulla|sullo|sugli|sulle|riguardo a(?:l|lla|llo|gli|i|lle)?"
        r"|dedicat[oaie] a(?:l|lla|llo|gli|i|lle)?"
    ),
    attribute_cues=("di", "del", "dello", "della", "dell"),  # `dell'` before a vowel
    after_words=("dopo",),
    of_relative_year={
        -1: r"dello scorso anno|dell['’]anno scorso|dell['’]anno precedente",
        0: r"di quest['’]anno|dell['’]anno in corso",
        1: r"del prossimo anno|dell['’]anno prossimo",
    },
    well_known_days={(9, 11): 2001},
    well_known_cues=(
        r"\b(?:attacc[oh]i?|attentat[oi]|vittime|strag[ei]|tragedia|anniversario|commemorazion[ei]|memoriale"
        r"|ricordo|dopo|fatti|eventi)\s+(?:[\w'’]+\s+){0,3}?(?:dell['’]|del\s+|all['’]|dall['’]|l['’])"
        # any noun's genitive: `uno dei simboli dell'11 settembre`, `la generazione dell'11 settembre`
        r"|\b[^\W\d_]{3,}\s+dell['’]"
    ),
    that_year=r"di quell['’]anno|dello stesso anno|di quello stesso anno",
    # `il sabato`, `la domenica`: a weekday after the definite article is a habit (`il sabato sera
    # esce`) or the Sabbath (`violare il sabato`), not a day; a day that is one takes no article.
    habitual_cues=("ogni", "tutti i", "tutte le", "il", "la", "del", "della"),  # `la preghiera del venerdì`
    future_auxiliaries=r"sarà|saranno|verrà|verranno|dovrà|dovranno|potrà|potranno",
    deadline_cues=("entro",),
    deadline_words=("scadenza",),
    day_of_month=("di",),
    month_of_year=("del",),
    time_units={
        "giorno": "day",
        "giorni": "day",
        "settimana": "week",
        "settimane": "week",
        "mese": "month",
        "mesi": "month",
    },
    unit_plurals={"day": "giorni", "week": "settimane", "month": "mesi"},
    ago_words=("fa",),
    ahead_words=("tra", "fra"),
    ago_phrase="{n} {unit} fa",
    ahead_phrase="tra {n} {unit}",
    number_words={
        "uno": 1,
        "una": 1,
        "due": 2,
        "tre": 3,
        "quattro": 4,
        "cinque": 5,
        "sei": 6,
        "sette": 7,
        "otto": 8,
        "nove": 9,
        "dieci": 10,
        "undici": 11,
        "dodici": 12,
        "quindici": 15,
        "venti": 20,
        "trenta": 30,
        "quaranta": 40,
        "cinquanta": 50,
        "cento": 100,
        "mille": 1000,
    },
    decimal_comma=True,
    scales={
        "mila": 1e3,
        "milioni": 1e6,
        "milione": 1e6,
        "mln": 1e6,
        "miliardi": 1e9,
        "miliardo": 1e9,
        "mld": 1e9,
        "mld.": 1e9,
        "trilioni": 1e12,
    },
    currencies={
        "euro": "EUR",
        "dollari": "USD",
        "dollaro": "USD",
        "sterline": "GBP",
        "rubli": "RUB",
        "yuan": "CNY",
        "grivne": "UAH",
    },
    counted_nouns=(
        r"soldati|truppe|militari|persone|morti|vittime|feriti|civili|anni|mesi|settimane|giorni|ore|paesi"
        r"|stati|alleati|membri|regioni|livelli|missili|droni|carri armati|aerei|caccia|navi|tonnellate"
        r"|chilometri|km|voti|seggi|posti di lavoro|punti|ostaggi|prigionieri|profughi|rifugiati|sfollati"
        r"|abitanti"
    ),
    article_as_one=("un", "uno", "una"),
    coming_event_words=(
        r"\bprossim[oaie]\s+(?!(?:settiman\w|mes[ei]|ann[oi]|giorn\w+|or[ae]|volt[ae]|weekend|fine|mattin\w+"
        r"|ser[ae]|nott[ei]|estate|autunno|inverno|primavera|\d)\b)"
        rf"(?!(?:{'|'.join(_WEEKDAYS)}|{'|'.join(_MONTHS)})\b)[^\W\d]+"
    ),
    future_markers=(
        # `-rò` is the future's first person (`farò`, `parlerò`), but `dichiarò` is the past's third
        r"\b(?!però\b)\w{2,}(?:rà|ranno|erò|irò)\b"
        r"|\b(?:sarò|farò|darò|starò|avrò|andrò|potrò|dovrò|vorrò|verrò|terrò|rimarrò|vedrò|saprò)\b"
        r"|\b(?:previst[oaie]|in programma|fissat[oaie] per|attes[oaie]|imminente|prossim[oaie]|entro)\b"
        # not after `avere`: `ha convocato l'ambasciatore` is done (the look-ahead only lets through what
        # can match, so the look-behinds are not tried at every other position: same matches, faster)
        r"|(?=\b[pc])(?<!\bha )(?<!\bhanno )(?<!\bho )(?<!\babbiamo )(?<!\baveva )(?<!\bavevano )"
        r"\b(?:programmat[oaie]|convocat[oaie])\b"
    ),
    past_adverbs=_PAST_ADVERBS,
    past_markers=(
        # passato prossimo with avere, and with essere for verbs that take it (`è avvenuto`, `è stato`);
        # `è concentrata`, `è previsto` are present (stative or scheduling), not past.
        r"\b(?:ha|hanno|ho|abbiamo|avete|hai|aveva|avevano|avevo|avrebbe|avrebbero|ebbe)\s+(?:\w+\s+){0,2}?"
        # `ha convocato l'ambasciatore` is done; `ha convocato il Consiglio per il 12 maggio` schedules
        r"(?!previst|attes)(?!(?:fissat|programmat|convocat)[oaie](?:\s+[\w'’]+){0,4}?\s+per\s+"
        r"(?:il|l['’]|lo|la|i|gli|le|domani|dopodomani|lunedì|martedì|mercoledì|giovedì|venerdì|sabato"
        r"|domenica|\d))"
        r"\w+(?:at|it|ut|ss|st|tt|rs|ps|nt|rt|lt|es|s)[oaie]\b"
        r"|(?:\b(?:è|sono|era|erano|fu|furono|siamo|s['’]è|si è|si sono)|\be['’])\s+(?:\w+\s+)?"
        r"(?:stat|andat|arrivat|intervenut"
        r"|avvenut|tornat|partit|mort|nat|diventat|venut|giunt|rimast|uscit|entrat|cadut|salit|sces|success"
        r"|accadut|iniziat|cominciat|finit|terminat|apers|chius|svolt|tenut|conclus|saput)[oaie]\b"
        # a reflexive verb's passato prossimo (`si è affrettato`, `si sono dimessi`, `si è detto`)
        # (not `ci sono`, `vi sono`: `ci sono tanti soldati` is there are)
        r"|\b(?:si\s+(?:è|e['’]|sono)|mi\s+sono|ti\s+sei|ci\s+siamo|vi\s+siete)\s+(?:\w+\s+)?"
        r"(?!previst|fissat|programmat|attes)\w+(?:at|ut|it|ess|ett)[oaie]\b"
        rf"|\b(?:{_PAST_ADVERBS})\b"
        rf"|{_HISTORIC_PAST}"
    ),
    scheduling_words=r"previst[oaie]|fissat[oaie]|programmat[oaie]|convocat[oaie]|in programma|attes[oaie]"
    r"|rinviat[oaie]",
    scheduling_links=r"per|a",
    participle_before=(
        rf"\b(?:(?!previst|fissat|programmat|convocat|attes)\w+(?:at|it|ut)|{_IRREGULAR_PARTICIPLES})[oaie](?:si)?\s+"
        r"(?:il|l['’]|lo|la|nel|a|in|on)?\s*$"
    ),
    happening_participles=r"avvenut[oaie]|accadut[oaie]|success[oaie]|verificat[oaie]si|scoppiat[oaie]",
    life_participles=r"nat[oaie]|scompars[oaie]|mort[oaie]|decedut[oaie]",
    # `-ando`/`-endo` (with an enclitic pronoun), less the words that only end like one and the
    # progressive (`sta lavorando` is the verb of its clause)
    gerund=(
        r"(?<!\bsto )(?<!\bsta )(?<!\bstai )(?<!\bstanno )(?<!\bstiamo )(?<!\bstava )(?<!\bstavano )"
        r"(?!(?:quando|comando|tremendo|orrendo|stupendo|reverendo|nefando|dividendo|addendo"
        r"|armando|fernando|ferdinando|orlando|rolando)\b)"
        r"\w{2,}(?:ando|endo)(?:l[oaie]|ne|si|ci|gli|sene)?"
    ),
    # `primo esperto ad aver introdotto`, `per aver vinto`, `dopo aver lasciato`; not what a verb
    # reports (`racconta di avere avuto l'idea nel 2022`)
    perfect_infinitive=r"\b(?:ad?|per|dopo|senza|prima di)\s+av(?:er|ere)\s+\w+",
    # `Sposata con un cugino del padre nel 2006, …`, `Eletto nel 2019, …`; not `Subito, …`, nor the
    # participles that schedule (`Previsto per il 5 maggio, …`)
    perfect_participle=r"(?:avendo|essendo)\s+(?:\w+\s+)?\w+(?:at|it|ut|ss|st|tt|rs|nt)[oaie]",
    opening_participle=(
        r"(?!(?:subito|previst[oaie]|fissat[oaie]|programmat[oaie]|convocat[oaie]|atteso)\b)"
        rf"(?:\w+(?:at|it|ut)|{_IRREGULAR_PARTICIPLES})[oaie]"
    ),
    determiners=word_set(
        "il lo la i gli le l' l’ un un' un’ una del della dello dei degli delle dell' dell’ al alla allo ai"
        " agli alle all' all’ nel nella nello nei negli nelle nell' nell’ dal dalla dallo dai dagli dalle sul"
        " sulla sullo suo sua suoi sue questo questa quel quello quella"
    ),
    auxiliaries=(
        r"è|e['’]|sono|era|erano|fu|furono|sarà|saranno|sia|siano|fosse|fossero|stato|stata|stati|state"
        r"|ha|hanno|ho|hai|abbiamo|avete|aveva|avevano|avrà|avranno|avrebbe|avrebbero|ebbe|ebbero|abbia"
        r"|viene|vengono|venne|vennero|verrà|verranno|veniva|venivano|si|sarebbe|sarebbero"
    ),
    clause_openers=r"quando|mentre|dove|che|e|ma|dopo",
    complementizers=r"che|se|quando",
    planned_main=r"prevede|prevedono|in vista",
    role_words_in_places=frozenset({"quartier generale", "quartiere generale"}),
    role_heads=word_set(
        """
        segretario segretaria presidente presidentessa premier ministro ministra vicepresidente vicepremier
        sottosegretario sottosegretaria viceministro viceministra portavoce inviato inviata ambasciatore
        ambasciatrice deputato deputata senatore senatrice cancelliere cancelliera capo leader consigliere
        consigliera direttore direttrice commissario commissaria governatore governatrice sindaco sindaca
        generale ammiraglio comandante capogruppo procuratore procuratrice giudice papa re regina principe
        principessa rappresentante responsabile amministratore fondatore fondatrice candidato candidata
        emiro sceicco ayatollah patriarca cardinale vescovo arcivescovo magistrato analista esperto esperta
        professore professoressa economista attivista zar dittatore presidente-eletto esponente
        prefetto prefetta assessore assessora questore
        """
    ),
    org_heads=word_set(
        """
        Dipartimento Ministero Consiglio Commissione Parlamento Congresso Senato Camera Governo Cremlino
        Pentagono Alleanza Unione Banca Fondo Corte Agenzia Partito Tribunale Procura Comitato Istituto
        Organizzazione Federazione Confederazione Autorità Eurogruppo Eurostat Quirinale Farnesina Viminale
        """
    ),
    org_heads_with_name=word_set(
        "Comune Regione Provincia Prefettura Questura Fondazione Associazione Università Ufficio"
    ),
    elided_links=word_set("d' d’ dell' dell’"),
    organisation_links=comma_set(
        "di, del, della, dello, dei, degli, delle, e del, e della, e dello, e dei, e degli, e delle"
    ),
    nationality_before_organisation="",
    org_tail_adjectives=word_set(
        """
        europeo europea europei nazionale federale atlantica atlantico supremo suprema costituzionale
        centrale mondiale internazionale
        """
    ),
    org_names=(
        r"Consiglio dei [Mm]inistri",
        r"Consiglio di [Ss]icurezza(?: dell['’]Onu)?",
        r"Corte dei [Cc]onti",
        r"Banca d['’]Italia",
        r"Corte [Cc]ostituzionale",
        r"Camera dei [Dd]eputati",
        r"Casa Bianca",
        r"Nazioni Unite",
        r"Unione [Ee]uropea",
        r"Alleanza [Aa]tlantica",
        r"Banca [Cc]entrale [Ee]uropea",
        r"Commissione [Ee]uropea",
        r"Parlamento [Ee]uropeo",
        r"Consiglio [Ee]uropeo",
        r"Fondo [Mm]onetario [Ii]nternazionale",
        r"Palazzo Chigi",
    ),
    titlecase_acronyms=word_set(
        """
        Nato Onu Ue Usa Ocse Fmi Bce Opec Oms Unesco Unicef Fao Osce Aiea Mef Istat Inps Inail Consob Anac
        Agcom Cgil Cisl Uil Censis Svimez Codacons
        """
    ),
    short_acronyms=word_set("UE PD FI IS"),
    not_org_acronyms=word_set("PIL IA FOTO"),
    function_words=word_set(
        """
        Il Lo La I Gli Le Un Uno Una L Nel Nello Nella Nei Negli Nelle Del Dello Della Dei Degli Delle Al
        Allo Alla Ai Agli Alle Dal Dallo Dalla Dai Dagli Dalle Sul Sullo Sulla Sui Sugli Sulle Col Coi Per
        Con Tra Fra In A Ad Da Di Su E Ed O Ma Se Che Chi Non Come Dopo Prima Durante Secondo Anche Già Ora
        Oggi Ieri Domani Questo Questa Questi Queste Quello Quella Quelli Quelle Tuttavia Inoltre Intanto
        Mentre Quando Dove Perché Nonostante Infatti Insomma Quindi Allora Ecco Sì No Tutti Tutto Ogni
        Alcuni Molti Nessuno Qualcuno Lui Lei Loro Noi Voi Io Signor Signora Sig Dott Dottor On Onorevole
        Santo Santa San
        Ci Si Ne Mi Ti Vi Poi Infine Successivamente Ancora Dunque Eppure Invece Pertanto Stamattina
        Stasera Anzi Però Così Egli
        """
    ),
    place_openers=word_set(
        """
        Porto Monte Villa Borgo Palazzo Via Viale Piazza Piazzale Corso Lago Valle Isola Golfo Capo
        Castel Castello Ponte Torre Fiume Stazione Aeroporto Teatro Ospedale Stadio Parco Premio Festival
        Rione Contrada Quartiere Passo Punta Colle Poggio Bagni Lido Riviera
        """
    ),
    place_closers=word_set(
        """
        Center Centre Quotidiano Online Info Magazine News Gallery Festival Servizi
        """
    ),
    not_name_words=word_set(
        """
        Stati Uniti Unite Nazioni Unione Europea Europeo Regno Unito Casa Bianca Medio Oriente Estremo Corea
        Nord Sud Ovest Est Paesi Bassi Arabia Saudita Emirati Arabi Nuova Zelanda Città Vaticano Repubblica
        Ceca Federazione Russa Striscia Cisgiordania Ministeriale Esteri Difesa Interno Interni Economia
        Guerra Stato Tesoro Affari Volenterosi Alleati Alleato Prima Notizia Premier Leader Capo Africa
        America Latina Asia Europa Oceania Pacifico Atlantico Indo Mediterraneo Baltico Mar Nero
        Regionali Europee Comunali Amministrative Piazza Piazzetta
        """
    ),
    reporting_verbs=_REPORTING_VERBS,
    # `ha sostenuto il golpe`: supported it (`ha sostenuto che…` reports a claim)
    acting_with_object=r"aggiung|aggiun|osserv|rispo|sosten",
    role_stops=word_set(
        """e ed o ma con tra fra che dove quando mentre cui ha hanno è sono oggi ieri il lo la i gli le un una
        uno in per su da suo sua loro dopo prima durante incontra incontrerà"""
    ),
    role_stop_forms=r"[a-zà-ÿ]+(?:at|it|ut)[oaie]|(?:scritt|dett|aggiunt|rispost|chiest)[oaie]",
    according_to=word_set("secondo") | {"stando a", "a detta di"},
    subject_pronouns=word_set("lui lei egli ella"),
    drops_subjects=True,
    gerund_endings=("ando", "endo"),
    subordinators=word_set("che"),
    temporal_subordinators=word_set("quando mentre allorché allorquando"),
    coordinators=word_set("e"),
    restrictive_openers=word_set("che"),
    clause_conjunctions=word_set("e ed o oppure ma però"),
    abstract_suffixes=word_set("ismo ità ezza izia enza anza ura"),
    # `-iva` is the imperfect's too (`partiva`), but no common verb ends `-ttiva`, `-ativa`, `-utiva`, `-siva`
    adjective_suffixes=word_set(
        "ativo ativa ativi ative ttivo ttiva ttivi ttive utivo utiva utivi utive sivo siva sivi sive"
    ),
    prenominal_adjectives=word_set(
        """nuovo nuova nuovi nuove vecchio vecchia grande grandi piccolo piccola breve lungo lunga
        giovane bello bella buon buono buona cattivo cattiva ex possibile presunto presunta vero vera
        principale maggiore minore"""
    ),
    singular_determiners=word_set(
        """il lo la l' l’ del dello della dell' dell’ al allo alla all' all’ dal dallo dalla dall' dall’
        nel nello nella nell' nell’ sul sullo sulla sull' sull’ col"""
    ),
    surname_articles=word_set("il la"),
    role_articles=word_set("il la lo l' l’"),
    noun_articles=word_set("il lo la i gli le un una uno"),
    elided_articles=word_set("l un"),
    indefinite_articles=word_set("un una uno un' un’"),
    told_nouns=word_set("parole dichiarazioni affermazioni richiesta richieste appello"),
    infinitive_markers=frozenset(),
    speech_nouns=word_set("frasi parole messaggi post commenti tweet"),
    subject_openers=word_set(
        "il la i gli le un una uno alcuni alcune molti molte tanti tutti nessuno qualcuno altri entrambi"
    ),
    elided_subject_openers=r"un['’]|l['’](?!\s*(?:ha|hanno|aveva|avevano)\b)",
    complement_prepositions=word_set("di del della dei degli delle a ad al alla per con su da in nel nella"),
    clause_breakers=word_set("che con lui lei loro tra fra"),
    relative_openers=word_set("che cui"),
    subject_relatives=word_set("che"),
    person_titles=word_set("Sig Sig.ra Dott On Prof Sen Gen"),
    plural_reporting=r"(?:hanno|avevano|avrebbero)\b.*|\w+(?:ano|ono|arono|erono)",
    anaphor_openers=(
        r"(?:(?:e|ed|ma)\s+)?lo\s+(?:ha|hanno|aveva|avevano|avrebbe|avrebbero|fa|fanno|si|dice|dicono|\w+(?:a|ano|ò|isce|iscono|ono))\b"
        r"|(?:e['’]|è)\s+(?:stat[oa]\s+)?(?:questo|questa|questi|queste|quest['’]ultim[oa]|lui|lei|ciò)\b"
        # `È quanto sostiene il segretario…`, `È quanto emerge da…`: what the sentence before said
        r"|(?:e['’]|è)\s+quanto\b"
        r"|(?:e['’]|è)\s+(?:il|lo|la|l['’]|i|gli|le)\s*\w+\s+(?:che|lanciat[oa]|propost[oa]|annunciat[oa])\b"
        r"|si tratta\b"  # `Si tratta dell'undicesima tornata…`: of what the sentence before named
        r"|(?:questo|questa|questi|queste|quest['’]ultim[oa]|ciò|tale|tali|egli|ella)\b"
        r"(?!\s+(?:mattina|pomeriggio|sera|settimana|mese|anno|estate|inverno|autunno|primavera|volta)\b)"
        r"|(?:\w+\s+){0,2}(?:suo|sua|suoi|sue)\b|(?:il|la|lo|i|le|gli)\s+loro\b"
        r"|(?:di|tra|fra)\s+(?:questi|queste|loro)\b|così\b(?!\s+come)|non è un caso\b"
        # a dropped subject: `E ha preso a…`, `Era probabilmente…`, `Racconta di…`
        r"|(?:e|ed|ma)\s+(?:ha|hanno|è|era|aveva|avevano|proprio|poi|per)\b|non proprio\b|cioè\b"
        r"|(?:il|la|i|le)\s+qual[ei]\b"
        # a count as the predicate, its subject after the verb: `Tanti dovevano essere … i coloni`
        r"|tant[oaie]\s+(?:è|e['’]|era|erano|sono|furono|fu|saranno|sarebbero|dovevano|dovrebbero|devono"
        r"|basta|bastano)\b"
        # a clitic pronoun before the verb: `Formalmente le ha proposte…`
        r"|(?:\w+\s+)?(?:lo\s+|la\s+|le\s+|li\s+|gli\s+|l['’])(?:ha|hanno|aveva|avevano|avrebbe|avrebbero)\b"
        r"|(?:sono|erano|ecco)\s+(?:le|queste)\s+parole\b"
        r"|(?:e['’]|è)\s+(?:presente|nat[oa])\b"
        # a demonstrative after a preposition: `A queste scelte…`, `Per questo motivo…`
        r"|(?:a|per|con|in|da|su|anche per)\s+"
        r"(?:questo|questa|questi|queste|quel|quello|quella|quei|quelle)\b"
        r"(?!\s+(?:mattina|pomeriggio|sera|settimana|mese|anno|estate|inverno|autunno|primavera|volta)\b)"
        r"|era\s+(?:probabilmente|stat[oa]|il|la|lo|un|una|uno)\b|racconta\b|raccontano\b"
        r"|(?:l['’]uomo|la donna|il ragazzo|la ragazza|il giovane|la giovane)\b"
        # a pronoun for someone named before: `Lei…`, `Dalla loro ricerca…`, `I due discutono…`
        r"|(?:lui|lei)\b|(?:\w+\s+){0,2}loro\b"
        r"|(?:i|le|gli)\s+(?:due|tre|quattro|cinque)\b"
        r"(?!\s+(?:anni|mesi|giorni|settimane|volte|per cento|milioni|miliardi|mila|ore)\b)"
        r"|(?:lo|la|gli|le)\s+stess[oaie]\s+(?:ha|hanno|vale|valgono|è|era|sono|accade|succede|fa|fanno)\b"
        # `Lo stesso alla fine ha fatto Azione`, `Nello stesso anno recitò…`: the same as what came before
        r"|(?:lo|la)\s+stess[oa]\b"
        r"|(?:nello|nella|negli|nelle|allo|alla|agli|alle|dallo|dalla|sullo|sulla)\s+stess[oaie]\b"
        # a clitic before a verb that the article would not precede (`Lo scrive…`, `Lo rende noto…`):
        # `lo` is the article only before s + consonant, z, gn, ps (`Lo scorso`, `Lo zaino`)
        r"|lo\s+(?:scrive|scrivono|sostiene|sostengono|spiega|spiegano|smentisce|smentiscono|segnala"
        r"|segnalano|sottolinea|sottolineano|stabilisce|stabiliscono|scopre|scoprono)\b"
        r"|lo\s+(?!s[^aeiouàèéìòù]|z|gn|ps|pn|x|y)\w+(?:e|ono)\s+(?:not[oaie]|anche|pure|sapere)\b"
        r"|lo\s+(?:rende|rendono|dice|dicono|ripete|ripetono|chiede|chiedono|vede|vedono|prevede|prevedono"
        r"|apprende|riconosce|riconoscono|ammette|ammettono|promette|promettono|conferm\w+)\b"
        # `Tutti e dodici…`: all of those counted before
        r"|tutt[ie]\s+e\s+(?:due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici|\d+)\b"
        r"|(?:il|la|i|le)\s+(?:prim[oaie]|second[oaie])\s+(?:è|sono|era|erano|ha|hanno)\b"
        r"|l['’]altr[oaie]\b|gli altri\b|le altre\b|un altro\b|un['’]altra\b"
        r"|(?:quell[oaie]|quelli)\s+(?:di|del|della|dei|degli|delle|dell['’])"
        # a clitic on an infinitive: `A pubblicarla è…`
        r"|(?:a|ad|per|da)\s+\w+(?:ar|er|ir)(?:l[oaie]|ne)\b"
        # `La cosa ricorda…`, `La cosa più grave è che…` (a degree of it: of the things told before):
        # what the sentence before told; not a thing a relative clause after it says (`La cosa che…`)
        r"|la\s+cosa\b(?!\s+(?:che|di|da|in\s+cui|per\s+cui)\b)"
    ),
    stance=(
        # `più a lungo del necessario`, `se necessario`, `il necessario`: a measure, not a position
        r"necessità|(?<!del )(?<!se )(?<!il )necessario"
        r"|bisogna|occorre|deve|devono|dovrebbe|dovrebbero|dobbiamo|chiede|chiedono"
        r"|ha chiesto|hanno chiesto|insiste|insistono|sostiene|sostengono|ha sostenuto|ritiene|ritengono"
        r"|ritenendo"
        r"|favorevole|contrari[oa]|riserve|si oppone|opporsi|respint[oaie]|respinge|sollecita|esorta|vuole"
        r"|vogliono|intende|intendono|obiettivo|priorità|irrealistic[oa]|illusori[oa]|inaccettabile"
    ),
    action=(
        r"incontr\w*|visit\w*|annunci\w*|decis[oaie]|decide\w*|approv\w*|firmat\w*|firm[aò]"
        r"|sottoscritt\w*|lanciat\w*|avviat\w*|concluso|conclus[aie]|raggiunt\w*|accordo|intesa|votat\w*"
        r"|vot[aò]|nominat\w*|eletto|eletta|dimess\w*|attaccat\w*|colpit\w*|ritirat\w*|sanzion\w*"
        r"|stanziat\w*|promess[oaie]|ricevut\w*|ospit\w*|discusso|discusse|hanno discusso|colloqui"
        r"|telefonata|vertice|summit|riunione"
    ),
    hedge=(
        r"resta da vedere|rimane da vedere"
        r"|non (?:sono|è) stat[oaie] (?:ancora |immediatamente )?resi? not[oaie]"
        r"|non è chiaro|non si sa|si temeva|si teme|secondo gli osservatori"
    ),
    background=(
        r"in precedenza|precedentemente|già in passato|da anni|negli ultimi anni|a suo tempo"
        r"|(?:già )?nel (?:recente )?passato"  # `Già nel recente passato sono stati danneggiati …`
        # `Come disse una volta Magdi Allam «…»`: words said once, long ago, not news of the day
        r"|(?:disse|scrisse|affermò|dichiarò|raccontò|(?:ha|aveva) (?:detto|scritto|affermato|dichiarato))"
        r" una volta"
        # `Nella sua lunga carriera ha lavorato con …`: a career, not news of the day
        r"|nel(?:la| corso della) (?:sua|loro) (?:lunga )?carriera"
    ),
    dropped_subject=(
        r"(?:ha|hanno|aveva|avevano|avrebbe|avrebbero|avrà|avranno|ebbe|ebbero)\b"
        # a simple past (`Divenne…`, `Interpretò…`), not a conjunction (`Però`, `Poiché`)
        r"|(?!(?:però|perciò|poiché|affinché|finché|benché|perché|giacché|cosicché|ciò|più|già|lì|così"
        r"|lunedì|martedì|mercoledì|giovedì|venerdì)\b)\w{2,}[òì]\b"
        r"|(?:divenne|nacque|visse|disse|fece|prese|scrisse|vinse|mise|ebbe)\b"
        # an imperfect that opens the sentence on its object (`Sosteneva il presidente Bouteflika…`,
        # `Chiedeva la liberazione…`): narration that goes on from the sentence before; not a verb
        # whose subject comes after it (`Mancava il numero legale`, `Restavano i dubbi`)
        r"|(?!(?:brava|ottava|schiava|cava|lava|(?:manc|bast|rest|arriv|spett|tocc)av(?:a|ano)"
        r"|(?:riman|occorr|esist|accad|succed|cresc|cad)ev(?:a|ano))\b)"
        r"\w{3,}(?:ava|avano|eva|evano)\s+(?:il|lo|la|l['’]|i|gli|le)\b"
        # a participle that opens the sentence and stands for its unsaid subject: `Nato nel 2013, conta…`
        r"|(?:nat[oaie]|cresciut[oaie]|fondat[oaie])\s+(?:a|ad|in|nel|nella|il|l['’]|nell['’])\b"
        # what the subject is, by where it happens (`Sono le zone in cui…`, `Era il paese dove…`): not a
        # cleft (`Sono i carabinieri che…`, `Sarà l'arbitro Rossi a dirigere…`)
        r"|(?:è|e['’]|sono|era|erano)\s+(?:il|lo|la|l['’]|i|gli|le)\s*[a-zà-ÿ]+\s+"
        r"(?:in cui|da cui|dove|nei quali|nelle quali|nel quale|nella quale)\b"
        # what the subject is called (`È detta T zone…`, `Viene chiamato…`): the thing named before
        r"|(?:è|e['’]|sono|era|erano|viene|vengono)\s+(?:dett|chiamat|definit|soprannominat)[oaie]\b"
        # a copula before what the subject is (`È stata uno dei primi volti…`, `Era la sfilata…`,
        # `è probabilmente anche l'attrice…`)
        r"|(?:è|e['’]|era|erano|fu|furono|sarà|sarebbe)\s+(?:\w+mente\s+)?(?:stat[oaie]\s+)?"
        r"(?:un|uno|una|un['’]|il|lo|la|l['’]|i|gli|le|tra|fra|anche|sempre|molto|ancora|già|tuttora|ormai)\b"
    ),
    # a verb, then `di` and an infinitive, with nothing before it (`Propone di dimezzare…`, `Chiede
    # di…`): after an article or a preposition it is a noun (`La speranza di trovare…`)
    subjectless_openers=r"\w+(?:a|e|ano|ono)\s+di\s+\w+(?:are|ere|ire|rre)\b",
    dropped_subject_unless_inverted=(
        r"(?:è|e['’]|era|erano|sono|fu|furono|sarà|saranno)\s+(?:(?:stat[oaie]|poi|già|anche)\s+)?"
        r"\w+(?:at|ut|it|ss|st|rt|lt|tt|nt|rs|ps|ors)[oaie]\b"
        r"|(?:racconta|raccontano|spiega|spiegano|aggiunge|ricorda|sottolinea|prosegue|conclude|osserva"
        r"|precisa|ammette|confessa|scrive|vive|lavora|continua|dice|definisce|descrive)\b"
    ),
    adverbial_openers=(
        r"nel|nella|nei|negli|nelle|nell['’]|dal|dalla|dai|dagli|dalle|dall['’]|a|ad|al|alla|ai|agli"
        r"|alle|all['’]|in|con|per|da|dopo|tra|fra|su|sul|sulla|poi|quindi|già|oggi|ieri|infine|allora"
        r"|ora|ancora|subito|recentemente|spesso|sempre|infatti|però|inizialmente|successivamente|anche"
        r"|ovviamente|comunque|tuttavia|invece"
        # a day (`Il 25 settembre è andato…`, `L'11 settembre ha parlato…`): the month follows it
        r"|il\s+\d{1,2}|l['’]\s*\d{1,2}|il\s+primo"
    ),
    early_connectives=(
        r"infatti|peraltro|tra l['’]altro|suo|sua|suoi|sue|dunque|infine|insomma"
        # a demonstrative: `Rispettare quelle leggi…`, `Dopo il successo di quell'esperimento…`
        r"|(?:quel|quello|quella|quei|quelle|quegli|quell['’]|questo|questa|questi|queste|quest['’])"
        r"(?!\s*(?:mattina|pomeriggio|sera|settimana|mese|anno|estate|inverno|autunno|primavera|volta)\b)"
    ),
    back_references=(
        r"qualcosa di simile|qualcosa del genere|in modo simile|nello stesso modo|allo stesso modo"
        # a verdict on what someone said, with nothing after it (`Rutte ha perfettamente ragione.`)
        r"|ha\s+(?:perfettamente\s+|assolutamente\s+|pienamente\s+)?ragione(?=\s*[.!»”\"])"
        # `così ha esordito`, `ha commentato così`: the words quoted before
        r"|così\s+(?:ha|hanno|aveva|avevano)\s+(?:esordito|commentato|concluso|risposto|replicato|salutato)"
        r"|(?:ha|hanno|aveva|avevano)\s+(?:esordito|commentato|concluso|risposto|replicato)\s+così"
    ),
    connective_openers=(
        r"ma|però|peraltro|d['’]altro canto|d['’]altra parte|d['’]altronde|del resto|insomma|quindi"
        r"|sempre(?!\s+(?:più|meno|di più)\b)"  # `Sempre giovedì mattina, …`: also, like the sentence before
        r"|dunque|infatti|inoltre|tuttavia|invece|anche(?!\s+se\b)|eppure|perciò|pertanto|oltretutto"
        r"|ovviamente|ebbene|allora|poi|perché(?![^?]*\?)|contestualmente|successivamente|in seguito"
        r"|a quel punto|a parte|nemmeno|neanche|neppure|proprio per|per esempio|ad esempio|solo che"
        r"|altrettanto|analogamente|allo stesso modo|qui|lì|là|in questo senso|in tal senso|in realtà"
        r"|al tempo stesso|allo stesso tempo|nondimeno|ciononostante|nonostante ciò"
        # `Ecco degli articoli…`: those the context gives, not `Ecco cosa prevede…`
        r"|ecco(?!\s+(?:cosa|come|chi|quando|dove|perché|quali?|quanto)\b)|veramente(?=\s*,|\s+[a-z])"
    ),
    subjectless_attribution=(
        r"(?:[”»\"]|\s[-–—])\s*,?\s*(?:ha|hanno)\s+(?:poi\s+|anche\s+|quindi\s+|ancora\s+)?"
        r"(?:aggiunto|spiegato|detto|concluso|proseguito|sottolineato|ribadito|precisato|osservato"
        r"|ricordato|commentato|dichiarato|affermato|raccontato|continuato|insistito)\s*(?:[-–—.,:;]|$)"
        r"|(?:[”»\"]|\s[-–—])\s*,?\s*(?:aggiunge|racconta|spiega|dice|prosegue|conclude|ricorda"
        r"|sottolinea|precisa|osserva|continua|afferma)(?:\s+ancora)?\s*(?:[-–—.,:;]|$)"
    ),
    definite_articles=("il", "lo", "la", "i", "gli", "le", "l'", "l’"),
    noun_phrase_openers=word_set(
        "il lo la i gli le l' l’ un uno una un' un’ alcuni alcune molti molte tanti tante tutti tutte"
        " ogni diversi diverse numerosi numerose"
    ),
    prepositions=word_set(
        """di a da in con su per tra fra ad
        del dello della dei degli delle dell' dell’ al allo alla ai agli alle all' all’
        dal dallo dalla dai dagli dalle dall' dall’ nel nello nella nei negli nelle nell' nell’
        sul sullo sulla sui sugli sulle sull' sull’ col coi verso dopo durante presso contro"""
    ),
    noun_complements=word_set("di del dello della dei degli delle dell' dell’ d' d’"),
    shell_nouns=word_set(
        """decisione provvedimento idea misura norma vicenda episodio notizia iniziativa richiesta
        scelta annuncio proposta operazione mossa intervento incontro cerimonia evento indagine inchiesta
        vittima vittime uomo donna ragazzo ragazza giovane coppia gruppo società azienda impresa giornalista
        attrice attore cantante cantautore cantautrice atleta giocatore tennista pilota artista
        ordinanza decreto ipotesi obiettivo novità polemica questione caso motivo progetto piano aumento
        accordo intesa sentenza cose investigatori inquirenti agenti soccorritori riforma legge
        referendum divisione vertice colloquio trattativa funerali edizione sopralluogo delibera ricorso
        udienza affare"""
    ),
    quotation_topic_markers=r"circa|riguardo(?:\s+a)?|in\s+merito(?:\s+a)?|a\s+proposito(?:\s+di)?|in\s+relazione\s+a",
    printed_connective_openers=(  # `E guardando al futuro…`, not `E' stato`
        r"in particolare|nello specifico|più in dettaglio|in dettaglio|di seguito|e(?=\s|,)|ed(?=\s)"
        # `In cambio, gli Stati Uniti…`: for what the sentence before told (not `In cambio del petrolio`)
        r"|in (?:cambio|compenso)(?=\s*,)"
        # `In precedenza, parlando davanti al Congresso, il presidente…`: before what the sentence before told
        r"|in precedenza(?=\s*,)|precedentemente(?=\s*,)"
    ),
    interposed_connectives=(
        r"infatti|inoltre|comunque|insomma|tra l['’]altro|d['’]altra parte|d['’]altro canto|del resto"
        r"|invece|quindi|anzi"
    ),
    linking_adverbs=(
        r"però|tuttavia|dunque|pertanto|perciò|oltretutto|peraltro|ciononostante|nondimeno"
        r"|(?<!\be\s)(?<!\bed\s)quindi"  # `e quindi`: what the sentence itself said
        # `ha anche votato`: besides what the sentence before told (not `è anche`, `anche se`)
        r"|(?:(?<=\bha\s)|(?<=\bhanno\s)|(?<=\baveva\s)|(?<=\bavevano\s))anche(?!\s+se\b)"
    ),
    sole_roles=word_set("papa pontefice"),
    person_epithets=word_set("colonnello rais raìs raís cavaliere faraone"),
    organisation_roles=word_set(
        """presidente presidentessa vicepresidente segretario segretaria direttore direttrice portavoce
        amministratore amministratrice fondatore fondatrice cofondatore cofondatrice capogruppo responsabile
        coordinatore coordinatrice rappresentante consigliere consigliera"""
    ),
    same_words=word_set("stesso stessa stessi stesse medesimo medesima"),
    shared_markers=r"rispettiv[oaie]|a\s+vicenda|reciproc\w+|entramb[ie]|l['’]un[oa]\s+e\s+l['’]altr[oa]",
    answer_openers=r"(?:[èÈ]|[eE]['’])\s+[A-ZÀ-Ý]",
    reply_openers=r"(?:[Cc]ar[oaie]|[Gg]entil[ei]|[Gg]razie(?:\s+mille)?)\s+[A-ZÀ-Ý][\w'’]*(?:\s+[A-ZÀ-Ý][\w'’]*)?\s*[,!]?",
    bare_replies=word_set(
        "sì si no certo certamente esatto esattamente assolutamente sicuro sicuramente senz'altro"
    )
    | frozenset({"ma certo", "certo che sì", "certo che no", "niente affatto", "per niente"}),
    forward_references=(
        # `Ecco cosa ha detto`, `Ecco, quindi, paese per paese, cosa sta succedendo…`; not `Ecco
        # perché…`, which sums up what came before
        r"ecco(?:\s*,[^,]{1,40})*,?\s+(?:cosa|che cosa|quanto|come|chi|dove|quando|quali|quale)\b.*"
        # `Queste le sue parole`, `Ecco il testo della lettera`
        r"|(?:ecco|queste|questo|questa|questi)\s+(?:(?:è|sono)\s+)?(?:il|la|le|i|gli)\s+"
        r"(?:(?:sue|suoi|sua|suo|loro)\s+)?(?:parole|dichiarazioni|testo|messaggio|lettera|comunicato)\b.*"
        r"|.*\bquanto segue|.*\b(?:il|lo|la|i|gli|le)\s+seguent[ei]|di seguito\b.*"
    ),
    ordering_adjectives=word_set(
        "prima primo seconda secondo sole soli stessa stesso stesse stessi ultima ultimo"
    ),
    numbered_back_references=(
        r"(?:(?:i|gli|le|agli|ai|alle|dei|degli|delle|dagli|dai|dalle|nei|negli|nelle|sui|sugli|sulle|coi"
        r"|tra i|tra le|fra i|fra le)\s+(?:due|tre|quattro)"
        # `nei tre morti annunciati…`: those counted before, not `nei tre anni`
        r"(?!\s+(?:anni|mesi|giorni|settimane|ore|minuti|secondi|volte|per cento)\b)"
        r"|entramb[ie]|ambedue"
        # `Una quarta vittima è deceduta`: one more after those counted before (not `un terzo degli`)
        r"|un[ao]?\s+(?:terz|quart|quint|sest)[oa]\s+(?!(?:di|dei|degli|delle|del|della)\b)\w+)\b"
        # not when the words after say who (`i due figli di Rossi`) or tell the time (`le tre e mezza`)
        r"(?!\s+(?:[\w’'“«\"”»]+\s+){0,2}(?:di|del|dello|della|dei|degli|delle|dell['’]|e|in punto|meno)\b)"
    ),
    reply_nouns=word_set("risposta risposte replica repliche"),
    relational_nouns=word_set(
        """figlio figlia figli figlie primogenito primogenita secondogenito secondogenita moglie marito
        fratello fratelli sorella sorelle padre madre genitori nipote nonno nonna compagno compagna
        vedova vedovo erede"""
    ),
    reply_to=word_set("a ad al allo alla ai agli alle all' all’"),
    decision_nouns=word_set("decisione decisioni scelta scelte mossa"),
    decided_markers=word_set("su sul sullo sulla sui sugli sulle sull' sull’ per riguardo circa"),
    unresolved_nouns=word_set(
        """analisi ammissibilità scontro vicenda faccenda iniziativa questione provvedimento misura
        manovra operazione decisione mossa accordo intesa proposta richiesta attentato attacco
        esplosione incidente strage sparatoria aggressione accaduto presenti partecipanti testo
        accusa accuse conferenza riunione realizzazione pellicola"""
    ),
    universal_determiners=word_set("ogni tutte tutti"),
    first_person_words=word_set("io me mio mia miei mie ho avevo abbiamo avevamo"),
    common_capitals=word_set(
        "comune borsa regione provincia stato procura tribunale questura paese commissario commissaria"
    ),
    age_nouns=r"\d+\s?enne|(?!(?:solenne|perenne)\b)[a-z]+enne",
    distal_demonstratives=(
        r"(?:quel|quei|quegli|quella|quelle|quello|quelli)\s+"
        r"(?!(?:che|di|del|dello|della|dei|degli|delle|dell['’]|in|a|per|con|da|è|sono|stesso|stessa)\b)"
        r"[a-zà-ÿ]{3,}|quell['’][a-zà-ÿ]{3,}"
    ),
    object_pronouns=(
        r"(?:lo|la|li|le|ne|gli)\s+(?:ha|hanno|aveva|avevano|avrebbe|avrebbero|avrà|avranno|è|sono|era"
        r"|erano|sarà|descrive|descrivono|definisce|definiscono|chiama|chiamano|considera|considerano"
        r"|accusa|accusano|conferma|confermano|annuncia|annunciano|riferisce|riferiscono)"
        r"|l['’](?:ha|hanno|aveva|avevano|avrebbe|avrebbero)"
        # `Amadeus li squalifica`: `li` is a pronoun before any verb, never an article (`li 5 maggio`)
        r"|li\s+[a-zà-ÿ]{2,}"
    ),
    national_bodies=word_set("governo esecutivo parlamento senato premier"),
    unsaid_copula=(
        r"(?:è|e['’]|era|fu|sarà|sarebbe)\s+(?:(?:stat[oaie]|diventat[oa]|anche|ancora|già|tuttora|ormai)\s+)*"
        r"(?:un|uno|una|un['’]|tra|fra|candidat[oa]|considerat[oa]|diventat[oa])\b"
    ),
    verb_forms=(
        r"è|e['’]|ha|hanno|ho|fa|fanno|va|vanno|sta|stanno|dà|può|possono|deve|devono|c['’]è|ci|si"
        r"|\w+(?:are|ere|ire|ato|ata|ati|ate|uto|uta|uti|ute|ito|ita|iti|ite|ano|ono|ava|avano|eva|evano"
        r"|iva|ivano|erà|irà|arà|ò|ì|ebbe|ebbero|isce|iscono|ende|endono|iene|ngono|ssa|sse|sso)"
        # the present's third person in `-a` and `-e`, which no ending tells from a noun's: the
        # frequent ones of news, not those that are nouns too (`legge`, `punta`, `denuncia`, `nota`)
        r"|dice|scrive|spiega|afferma|dichiara|racconta|ricorda|sottolinea|aggiunge|conclude|chiede"
        r"|prevede|vede|crede|sa|sembra|resta|rimane|diventa|arriva|torna|entra|lascia|parla|chiude"
        r"|apre|offre|tocca|cresce|scende|nasce|muore|serve|manca|riguarda|riesce|esce|tiene|pone"
        r"|propone|impone|indica|ipotizza|getta|aiuta|spera|vieta|peggiora|rischia|spunta|esorta"
        r"|rappresenta|ammonta|presenta|inizia|esplode|raggiunge|atterra|giace|vive|vince|perde"
        r"|prende|mette|annuncia|attacca|uccide|arresta|sequestra|decide|sceglie|riceve|risponde"
        r"|commenta|precisa|osserva|rivela|rileva|evidenzia|segue|concentra|trasporta|indaga|accoglie"
    ),
    participle_forms=r"\w+(?:at|ut|it)[oaie]",
    infinitive_forms=r"\w+(?:are|ere|ire|arre|urre|orre)(?:si|lo|la|li|le|ne|gli)?",
    back_pointers=(
        # `considerando, appunto, …`, `è per l'appunto`: just as the sentence before said; `l'Enciclica
        # suindicata`, `il suddetto decreto`: the one named above
        r"(?:per\s+l['’])?appunto|sud?dett[oaie]|suindicat[oaie]|sopra(?:citat|indicat|menzionat)[oaie]"
        r"|succitat[oaie]|summenzionat[oaie]|predett[oaie]"
        # `nello stesso articolo`, `la stessa sera`: the same as the one the sentence before named
        r"|(?:nell?[oa]|negli|nelle|dell?[oa]|degli|delle|all?[oa]|lo|la|gli|le)\s+(?:stess|medesim)[oaie]\s+"
        r"(?!(?:tempo|modo|modi|livello|maniera|misura|ragione)\b)[a-zà-ÿ]{4,}(?![\w'’])"
        # not when the statement says the same as what: `la stessa fine di un dittatore`, `gli stessi
        # mali degli altri regimi`, `nelle stesse strade dove…`, `nello stesso momento in cui…` (not
        # `che`: `riportava nello stesso articolo che…` reports, in the article named before)
        r"(?!\s+(?:(?:del|dello|della|dei|degli|delle|dove|come|(?:in|a|di)\s+cui"
        r"|di\s+(?:un|una|uno|quell\w*|chi))\b|dell['’]|di\s+un['’]))|"
        # `Sono così comparsi…`, `saranno quindi visitabili`: after a verb, `thus` and `therefore`
        # tie the sentence to the one before (not `e quindi`, `così come`)
        r"(?:è|e'|sono|sarà|saranno|sarebbe|sarebbero|viene|vengono|stat[oaie]|ha|hanno|aveva|avevano|chiama|chiamano"
        r"|prevede|prevedono)\s+(?:così|quindi)(?!\s+(?:come|da|che)\b)"
        # `Israele comunque può…`: whatever the sentence before said (read at compose time only: the
        # engine still takes the sentence alone)
        r"|comunque"
        # `I sostenitori sono lì per mangiare`, `fin lì`: the place or time a sentence before named
        # (not `al di là`, `lì per lì`)
        r"|lì(?!\s+per\s+lì)|(?<!di\s)là"
        # `Nasrin Sotoudeh è una di loro`: one of the people a sentence before named
        r"|(?:è|e['’]|era|fu|sono|erano|furono)\s+(?:(?:anche|stat[oaie])\s+)?(?:un[oa]?\s+di|tra|fra)\s+loro\b"
        # `è stato poi vinto da…`, `si è poi estesa`: then, after an event the sentence before told
        # (not an active `Rutte ha poi spostato…`: its subject goes on with what they did or said)
        r"|(?:è|e'|sono|era|erano|fu|furono|venne|vennero|stat[oaie])\s+poi(?=\s+[a-zà-ÿ]{3,})"
        r"|(?<!\be\s)(?<!,\s)(?<!\bed\s)quindi(?=\s+[a-zà-ÿ]+(?:at|ut|it)[oaie]\b)"
        # `un'analoga ordinanza`, `per l'analogo motivo`, `commenti simili` (not `simile a`)
        r"|analog[oaie]|(?:[a-zà-ÿ]{4,})\s+simili(?!\s+(?:a|ad|al|alla|ai|agli|alle|all['’])\b)"
        # `poche ore dopo`, `ventinove minuti dopo`, `il giorno dopo`: a time counted from what the
        # sentence before told (a count in figures or in words: `ventinove`, `diciotto`, `quaranta`)
        r"|(?:poche|alcune|qualche|\d+|[a-zà-ÿ]{0,8}(?:uno|due|tre|quattro|cinque|sei|sette|otto|nove|dieci"
        r"|undici|dodici|dici|venti|trenta|anta|cento))"
        r"\s+(?:ore|giorni|settimane|minuti|mesi|anni)\s+dopo(?!\s+(?:il|la|l['’]|lo|i|gli|le"
        r"|aver|essere|che|di|del|della|dell['’])\b)"
        r"|(?:il|la)\s+(?:giorno|sera|mattina|notte|settimana)\s+(?:dopo|prima|stess[ao])(?!\s+(?:il|la|l['’]|di|del"
        r"|della|dell['’]|che|aver|essere)\b)"
        # `In città Israele ha colpito…`: the city is the one named before (not `in città come Roma`)
        r"|in\s+città(?!\s+(?:come|di|del|della|italiane|europee|diverse)\b)"
        # `Le Regioni hanno invece appreso…`, `Quanto calmo, per contrasto, …`: in contrast with what
        # the sentence before said
        r"|invece(?!\s+(?:di|che|del|della|dei|degli|delle|dell['’])\b)|per\s+contrasto"
        # `ce n'è uno costruito nel 1930`: one of the things the sentence before named
        r"|ce\s+n['’]è|ce\s+ne\s+sono"
        # `un giorno prima di lui`, `con lei`, `Come lui, anche…`: a person named before
        r"|(?:di|a|con|per|da|su|tra|fra|secondo|come)\s+(?:lui|lei)"
        # `per discutere di quanto accaduto`, `spiega com'è successo`: the event the sentence before
        # told, unless a place right after it says which (`quanto accaduto a Port Said`, `in Egitto`: a
        # bare preposition, as before a name; `al museo` is the museum named before)
        r"|(?:quanto|com['’]|come)\s*(?:è\s+|e['’]\s*)?(?:stat[oa]\s+)?(?:accadut[oa]|success[oa]|avvenut[oa])"
        r"(?!\s+(?:a|ad|in|da|tra|fra)\s)"
    ),
    articled_prepositions=word_set(
        """del dello della dei degli delle dell' dell’ al allo alla ai agli alle all' all’
        dal dallo dalla dai dagli dalle dall' dall’ nel nello nella nei negli nelle nell' nell’
        sul sullo sulla sui sugli sulle sull' sull’ col coi"""
    ),
    placed_nouns=word_set(
        """governo esecutivo parlamento senato camera premier presidente polizia carabinieri esercito
        paese mondo stato papa pontefice capitale opposizione maggioranza guerra pandemia borsa"""
    ),
    demonym_stems=word_set(
        """italian europe american statunitens russ ucrain frances tedesc ingles britannic spagnol
        cines giappones israelian palestines liban iranian sirian turc egizian indian canades
        brasilian argentin messican polacc olandes belg svizzer austriac grec portoghes svedes
        norveges danes finlandes ungheres rumen romen bulgar serbi serbo serba serbe croat sloven
        albanes african asiatic arab saudit yemenit sudanes afghan pakistan corean nordcorean libic
        tunisin marocchin algerin
        sudcorean australian
        lombard piemontes ligur venet emilian toscan romagnol sicilian sardi sarde puglies calabres
        romani milanes napoletan torines genoves fiorentin venezian bolognes"""
    ),
    # the peoples are written in lower case (`gli ucraini`): no name
    nations=comma_set(
        """afghanistan, albania, algeria, andorra, angola, arabia saudita, argentina, armenia,
    australia, austria, azerbaigian, bahrein, bangladesh, belgio, bielorussia, bolivia, bosnia,
    bosnia ed erzegovina, brasile, bulgaria, burkina faso, cambogia, camerun, canada, capo verde,
    ciad, cile, cina, cipro, colombia, congo, corea del nord, corea del sud, costa d'avorio,
    costa rica, croazia, cuba, danimarca, ecuador, egitto, el salvador, emirati arabi uniti,
    eritrea, estonia, etiopia, filippine, finlandia, francia, gabon, georgia, germania, ghana,
    giamaica, giappone, giordania, grecia, guatemala, guinea, haiti, honduras, india, indonesia,
    iran, iraq, irlanda, islanda, israele, italia, kazakistan, kenya, kosovo, kuwait, laos,
    lettonia, libano, liberia, libia, liechtenstein, lituania, lussemburgo, macedonia del nord,
    madagascar, malesia, mali, malta, marocco, mauritania, messico, moldavia, monaco, mongolia,
    montenegro, mozambico, myanmar, namibia, nepal, nicaragua, niger, nigeria, norvegia,
    nuova zelanda, oman, paesi bassi, olanda, pakistan, palestina, panama, paraguay, peru,
    polonia, portogallo, qatar, regno unito, gran bretagna, inghilterra, scozia, galles,
    repubblica ceca, romania, russia, ruanda, san marino, senegal, serbia, singapore, siria,
    slovacchia, slovenia, somalia, spagna, sri lanka, stati uniti, stati uniti d'america,
    america, sudafrica, sudan, sud sudan, svezia, svizzera, taiwan, tagikistan, tanzania,
    thailandia, tunisia, turchia, turkmenistan, ucraina, uganda, ungheria, uruguay, uzbekistan,
    vaticano, venezuela, vietnam, yemen, zambia, zimbabwe, usa, europa, africa, asia, paese"""
    ),
    media_references=(
        r"qui sotto|qui sopra|nel video|nella foto|nelle foto|nella gallery|nella fotogallery"
        r"|guarda il video|nel grafico|nella mappa|nell['’]immagine|in alto|in basso"
    ),
    media_postings=(
        # `ha pubblicato su YouTube un video…`, `ha messo su Internet foto…`, `hanno caricato un video su…`
        rf"\b(?:ha|hanno)\s+{_POSTED}\s+(?:{_PLATFORM}\s+{_SOME}{_MEDIA}\b|{_SOME}{_MEDIA}\b[^.;:]{{0,60}}?\b{_PLATFORM})"
        # `è stato caricato un video su YouTube dove…`
        rf"|\b(?:è|sono)\s+stat[oaie]\s+{_POSTED}\s+{_SOME}{_MEDIA}\b[^.;:]{{0,60}}?\b{_PLATFORM}"
        # `Il Guardian ha una mappa che mostra…`
        rf"|\b(?:ha|hanno)\s+(?:un|una|un['’])\s*{_MEDIA}\s+che\s+mostra"
    ),
    media_testimony=r"dove|in cui|nel quale|nella quale|nei quali|nelle quali",
    testimony_acts=(
        r"spar(?:a|ano|ava|avano|are|ato|ati|ando)|picchi(?:a|ano|ava|avano|are|ato|ati|ando)"
        r"|aggredi(?:sce|scono|re|to|ta|ti|te)|assali(?:to|ta|ti|te|re)|aggredit[oaie]"
        r"|uccid(?:e|ono|ere|endo)|uccis[oaie]|arrest(?:a|ano|are|ato|ati|ata|ate)"
        r"|trascin(?:a|ano|are|ato|ati)|lanci(?:a|ano|are|ano)|manganell(?:a|ano|are|ato|ati)"
        r"|tortur(?:a|ano|are|ato|ati)|ferit[oaie]|pestat[oaie]|percoss[oaie]"
    ),
    service_pointers=r"(?:per\s+)?(?:ulteriori|maggiori)\s+informazioni|per\s+informazioni|info\s*:",
    glued_openers=("Al", "Allo", "Dopo", "Secondo", "Inoltre", "Intanto", "Fino"),
    furniture_openers=(
        r"leggi anche|riproduzione riservata|tutti i diritti riservati|visualizza questo post|iscriviti"
        r"|segui(?:ci)? su|clicca qui|pubblicità|ultimo aggiornamento|foto di|guarda|ascolta|loading"
    ),
    teaser_links=r"leggi tutto\s*»|continua a leggere\s*»",
    furniture_labels=r"notizia|foto|video|condividi|immagine|fonte",
    picture_credits=r"(?:fonte\s+)?(?:foto|video|immagine)",
    pictured_things=(
        r"un(?:o|a|['’]|\s)\s*(?:manifesto|cartello|cartellone|striscione|poster|graffito|murale|vignetta"
        r"|fotografia|foto|immagine)"
    ),
    keyword_labels=r"tag|parole chiave|argomenti",
    phone_labels=r"tel|telefono|cell|cellulare|fax|numero verde|whatsapp",
    promotions=(
        r"iscriviti alla (?:nostra )?newsletter|se vuoi restare aggiornat[oaie]|diventa utente sostenitore"
        # the comment box's rules, the evening newsletter: `Gentile lettore, la pubblicazione dei
        # commenti è sospesa…`, `Il Fatto di Domani - Ogni sera il punto della giornata…`
        r"|la pubblicazione dei commenti è sospesa|ogni sera il punto della giornata"
        # a blog's banner and its plug of a book: `Le tue opinioni ed i tuoi contributi ci
        # interessano:`, `Informativadintelligence: è interessante leggere il libro: "…"`
        r"|(?:le tue opinioni|i tuoi contributi) ci interessano|è interessante leggere il libro"
        r"|partecipa ad? \w+!|di['’] la tua$|seguimi su (?:twitter|facebook|instagram)"
        r"|collegamenti ad aree di contenuto"
        # a blog post's filing line and its comment box: `Questo contenuto è stato inserito il …
        # nelle categorie …`, `… alle 07:08 | archiviato in Cronaca`, `Do il mio consenso affinché un
        # cookie salvi i miei dati …`
        r"|questo (?:contenuto|articolo) è stato (?:inserito|pubblicato)|\|\s*archiviato in\b"
        r"|un cookie salvi i miei dati|salva il mio nome, email"
        # the site's note on its pictures' rights: `Le foto presenti su … sono state … prese da
        # Internet e quindi valutate di pubblico dominio.`
        r"|valutat[ei] di pubblico dominio"
    ),
    # not `Chi è …`, `A proposito di …`: a news page's subheadings, with the story below them
    release_closers=(
        r"(?:Ufficio|Contatti|Contatto) (?:[Ss]tampa|per la stampa)\b"
        r"|Relazioni con i media\b|Media contacts?\b"
    ),
    comment_thread_openers=(
        r"\d+\s+comment[io]\s+(?:per|a|su)\b|lascia un commento|scrivi un commento"
        r"|scritto in\b[^|\n]*\|\s*\d+\s+comment[io]\b"  # `Scritto in Senza categoria | 80 Commenti »`
        r"|gentile lettore, la pubblicazione dei commenti"  # the comment box's rules, over the thread
        r"|nessun articolo correlato"  # a blog's empty box of related posts, under the post
        # a newspaper's notice, where its comment box was, that the box is closed
        r"|questo articolo non è più commentabile|i commenti sono chiusi|commenti chiusi"
        # a heading alone over the thread: `Commenti`, `Commenti (12)`, `12 commenti`
        r"|(?:\d+\s+)?commenti(?:\s*\(\d+\))?\s*:?\s*$"
    ),
    comment_signers=r"scritto da|inviato da|commento di",
    comment_verbs=r"scrive|ha scritto|dice|ha detto|commenta|risponde|ha risposto",
    comment_time_words=r"il|del|in data|alle ore|alle|ore|-|,|\|",
    handle_credits=r"via|fonte|foto|video|cc|h/t",
    reply_buttons=r"rispondi(?: a questo commento)?|rispondi ↓",
    byline_openers=r"di|a cura di|testo di|scritto da|dal nostro inviato|dalla nostra inviata",
    title_labels=comma_set("titolo"),
    outlet_labels=comma_set("fonte, testata, giornale, sito"),
    field_labels=comma_set(
        "data, pubblicato, pubblicato il, aggiornato, aggiornato il, autore, autori, firma, url, link, "
        "lingua, sezione, categoria, tag"
    ),
    credit_phrases=r"\bha collaborato\b|\bpartita iva\b|^tradott[oa] da",
    professions=(
        r"scrittor[ei]|scrittric[ei]|giornalist[ae]|sociolog[oai]|sociologhe|giurist[ae]|docent[ei]"
        r"|professor[ei]|professoress[ae]|ricercat(?:or[ei]|ric[ei])|storic[oai]|storiche|analist[ae]"
        r"|politolog[oa]|economist[ae]|editorialist[ae]|saggist[ae]|corrispondent[ei]|blogger|avvocat[oa]"
    ),
    continuation_words=(
        r"il|lo|la|i|gli|le|un|una|di|del|della|dei|degli|delle|a|al|alla|ai|da|dal|dalla|in|nel|nella"
        r"|con|su|sul|per|tra|fra|e|o|che"
    ),
    manner_openers=r"come",
    historic_past=_HISTORIC_PAST,
    # `era`, `erano`, `aveva`, `rendevano`, `chiedevano` (not `-iva`: `iniziativa`, `positiva`)
    imperfect=r"\b(?:era|erano|eravamo|(?!(?:brava|ottava|schiava|cava|lava)\b)\w+(?:ava|avano|eva|evano|ivano))\b",
    pluperfect=(
        r"\b(?:aveva|avevano|avevo|avevamo)\s+(?:già\s+|gia['’]\s+)?"
        r"(?!previst|fissat|programmat|convocat|attes)\w+(?:at|it|ut|ss|st|tt|rs|ps|nt|rt|lt|es)[oaie]\b"
        # with essere only a regular participle (`era nata`, `era stato`), not `era economista`
        r"|\b(?:era|erano|s['’]era|s['’]erano)\s+(?:già\s+|gia['’]\s+)?(?:stat|\w+(?:at|it|ut))[oaie]\b"
    ),
    abbreviations=word_set("Sig. Sig.ra Dott. Dott.ssa Prof. Prof.ssa On. Sen. Avv. Ing. Mons. Gen. S."),
    stopwords=word_set(
        """il lo la i gli le un una uno di del della dello dei degli delle da dal dalla dai in nel nella nei
        con su sul sulla per tra fra a al alla ai e ed o che non si è sono ha hanno come anche più"""
    ),
    headline_stopwords=word_set(
        """il lo la i gli le un una uno di del della dei degli delle da dal dalla dai in nel nella nei con su
        sul sulla per tra fra a al alla ai e ed o che non si è sono ha hanno"""
    ),
    long_stopwords=word_set(
        """anche come della delle dello degli dalla dalle dagli nella nelle negli sulla sulle sugli
        questo questa questi queste quello quella quelli quelle sono stato stata stati state essere
        hanno aveva avevano quando dove perché mentre secondo oltre tutti tutte ogni loro suoi sue
        prima primo primi prime seconda secondi seconde terzo terza intero intera interi
        rispetto riguardo altri altre altro altra"""
    ),
    articles=word_set("il lo la i gli le un uno una l' un'"),
    noun_markers=word_set(
        """il lo la i gli le un uno una l' un' del dello della dei degli delle dell' al allo alla ai agli
        alle all' dal dallo dalla dai dagli dalle dall' nel nello nella nei negli nelle nell' sul sullo
        sulla sui sugli sulle sull'"""
    ),
    modifiers_before_noun=False,  # `la spesa sanitaria`
    # the future (`calerà`, `scenderanno`; not `-iranno`, the ending of `tiranno`) and the
    # conditional (`potrebbe`); a noun in `-rà` ends in `-ità`/`-età` (`città`), which none matches
    verb_endings=("erà", "irà", "arà", "eranno", "aranno", "rebbe", "rebbero"),
    group_articles=word_set("i gli dei degli ai agli dai dagli nei negli sui sugli"),
    name_links=word_set("di del della dello dei degli delle de"),
    demonstratives=word_set("questo questa questi queste quest' tale tali ciò suddetto suddetta"),
    determiner_demonstratives=word_set("questo questa questi queste quest'"),
    page_objects=word_set(
        "filmato filmati video foto fotografia fotografie immagine immagini articolo articoli post tweet"
        " grafico grafici galleria"
    ),
    # `(si veda anche questa foto…)`, `(vedi la gallery)`, `(leggi anche…)`, `(clicca qui)`
    live_labels=word_set("LIVE DIRETTA"),
    reader_pointers=r"si\s+veda(?:no)?|vedi|leggi|guarda|clicca|ascolta|cfr\.?",
    citation_marks=word_set("p. pp. pag. pagg. vol. voll. n. nn. cap. fasc."),
    known_groups=word_set("alleati"),
    pointing_pronouns=word_set("lui lei loro egli ella esso essa essi esse suo sua suoi sue"),
    plural_possessives=word_set("loro"),
    plural_words=(
        r"i|gli|le|dei|degli|delle|ai|agli|alle|nei|negli|nelle|sui|sugli|sulle|dai|dagli|dalle|coi"
        r"|e|ed|entrambi|entrambe|tutti|tutte|due|tre|quattro|cinque|sei|\d+"
        r"|sono|erano|hanno|avevano|\w+(?:ano|ono|anno|ranno|evano|avano|ivano|arono|erono|irono)"
    ),
    additive_words=word_set("anche pure"),
    framing_pattern=(
        r"(?:tracciat[oaie]|delineat[oaie]) (?:un|il) (?:quadro|bilancio)|fatto il punto"
        r"|preso la parola|(?:e|sono) intervenut[oaie]|ha parlato (?:ai|alla) (?:giornalisti|stampa)"
        r"|di seguito (?:la|il) (?:dichiarazione|nota|comunicato|messaggio)"
    ),
    not_name_words_lower=word_set(
        """il lo la i gli le un uno una un' di da del della dei degli delle nel nella nei al alla ai
        per con su tra fra e ed o ma se che chi come dove quando anche non piu più questo questa
        presidente ministro"""
    ),
    glossary={
        "european union": ("ue", "europea", "europeo", "unione"),
        "united nations": ("onu", "nazioni"),
        "united states": (
            "usa",
            "stati",
            "uniti",
            "statunitense",
            "statunitensi",
            "americano",
            "americana",
            "americani",
            "americane",
            "america",
        ),
        "united kingdom": ("regno", "unito", "britannico", "britannica", "gran", "bretagna"),
        "european central bank": ("bce",),
        "international monetary fund": ("fmi",),
        "world health organization": ("oms",),
        "gross domestic product": ("pil",),
        "nato": ("nato", "alleanza", "atlantica"),
        "kyiv": ("kiev",),
    },
    negations=word_set("non mai nessuno nessuna nessun niente nulla senza neanche nemmeno neppure"),
    negative_words=word_set("rifiut* respin* neg* rinunc* esclu* impedi* irrealist* illusor* smentit*"),
    more_words=word_set(
        """piu aument* cresc* crebbe salir* salit* salgon* sopra oltre superior* maggior* rafforz*
        rialz* incremen*"""
    ),
    less_words=word_set(
        """meno calo cala calat* calan* diminu* scend* sces* sotto inferior* minor* riduz* ridur*
        riduc* ridott* tagli* ribass* indebol*"""
    ),
    speech_words=word_set(
        """dett* dice dicono dich* spieg* afferm* annunc* sottoline* aggiun* ribad* avvert* ammon*
        precis* osserv* scritt* scrive* secondo conferm* chiar* insist* ricord* sosten* riferit*
        richiam* defin* parlat* parlando interven* reso"""
    ),
    percent_words=("per cento", "percento", "punti percentuali"),
    gdp_words=("pil", "prodotto interno lordo", "prodotto interno"),
    duration_units=word_set(
        "anno anni mese mesi settimana settimane giorno giorni ora ore minuti secondi decenni"
    ),
    addressed_to_the_model=(
        r"(?:ignora|ignorate|ignorare|dimentica|dimenticate|trascura)\s+(?:tutte\s+)?(?:le\s+)?"
        r"(?:(?:tue|vostre)\s+(?:istruzioni|regole)|istruzioni\s+(?:precedenti|ricevute|di\s+sistema)"
        r"|(?:indicazioni|regole)\s+(?:precedenti|ricevute|di\s+sistema)|tutte\s+le\s+istruzioni)"
        r"|(?:nuove|ulteriori)\s+istruzioni\s*:"
        r"|(?:sei|agisci come|comportati come)\s+(?:ora\s+)?(?:un['’]?\s*|una\s+)?"
        r"(?:assistente\s+(?:virtuale|ia)|intelligenza\s+artificiale|modello\s+linguistico|chatbot|ia\b)"
        r"|\b(?:assistente|chatbot|intelligenza\s+artificiale|ia),?\s+(?:devi|dovrai|scrivi|riporta)\b"
        r"|(?:scrivi|riporta|afferma|inserisci|dichiara)(?:lo)?\s+(?:nel|nella)\s+(?:briefing|riassunto|sintesi)"
        r"|come\s+(?:un\s+)?fatto\s+verificato"
    ),
)

# What a figure measures, by the words beside it (compose/figures.py): a series joins only numbers
# of the same measure. The phrase nearest the number wins (figures.measure_near).
MEASURES: dict[str, tuple[str, ...]] = {
    "defence_spending": (
        "spesa militare",
        "spese militari",
        "spesa per la difesa",
        "spese per la difesa",
        "spesa nella difesa",
        "spesa della difesa",
        "bilancio della difesa",
        "per la difesa",
        "in difesa",
    ),
    "public_spending": ("spesa pubblica", "spesa primaria", "spesa netta"),
    "deficit": ("deficit", "disavanzo"),
    "debt": ("debito",),
    "growth": ("crescita", "crescerà", "crescere", "pil reale"),
    "inflation": ("inflazione", "prezzi al consumo"),
    "vote_share": ("dei voti", "dei consensi", "delle preferenze"),
    "unemployment": ("disoccupazione", "disoccupati"),
    "interest_rate": ("tassi", "tasso di interesse", "tasso d'interesse"),
    "tariffs": ("dazi", "dazio", "tariffe doganali"),
}
