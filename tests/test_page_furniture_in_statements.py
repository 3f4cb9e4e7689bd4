"""Page furniture kept out of what a briefing prints (issue 15, session 13's blind reading): the
note of a linked page's language a translation leaves (`[it]`), a script comment cut across two
lines, a blog's plug of a book, the site's banner, a headline run into its standfirst, a heading in
capitals run into its paragraph, a live blog's numbered entry headlines, and a link's credit run
into a caption. Pinned on small hand-written pages; every span still holds the source's characters."""

from __future__ import annotations

from briefing.compose.furniture import furniture_lines, on_furniture
from briefing.engines.extractive import ExtractiveEngine
from briefing.models import Evidence
from briefing.rules.sentences import split_article
from handwritten import handwritten_article


def _statements(text: str) -> list[str]:
    facts = ExtractiveEngine().extract(handwritten_article("pagina.txt", text)).facts
    assert all(text[e.start : e.end] == e.quote for f in facts for e in f.evidence)
    return [f.statement for f in facts]


def _body(text: str) -> list[str]:
    return [s.text for s in split_article(text, "it").sentences if s.role == "body"]


def test_a_note_of_a_linked_pages_language_is_not_printed() -> None:
    text = (
        "date 2011-06-28\nIl porto di Valmora\n\n"
        "Secondo quanto riportato da Amnesty International in un post del 28 giugno 2011 [it], il sindaco "
        "di Valmora avrebbe promesso che i controlli non saranno più praticati.\n"
        "Lunedì 21 febbraio è stato ferito a Valmora [en, come tutti i link che seguono tranne ove "
        "diversamente indicato] un portuale, mentre migliaia di lavoratori si riunivano in piazza.\n"
    )
    statements = _statements(text)
    assert any("2011, il sindaco" in s for s in statements)
    assert any("Valmora un portuale" in s for s in statements)
    assert not any("[" in s for s in statements)


def test_a_script_comment_cut_across_two_lines_is_furniture() -> None:
    text = (
        "Il porto di Valmora riapre\n\n"
        "Il sindaco di Valmora Marco Rossi ha firmato ieri l'accordo con i sindacati del porto.\n"
        "// INIT FB Pixel when global var initADV is set to true or when global event GETS FIRED\n"
        "var loadAsyncFB = function(){\n"
        "!function (f, b, e, v, n, t, s) {\n"
    )
    page = handwritten_article("porto.txt", text)
    start = text.index("// INIT")
    end = text.index("function(){") + len("function(){")
    evidence = Evidence(source="porto.txt", start=start, end=end, quote=text[start:end], alignment="exact")
    assert on_furniture(evidence, furniture_lines([page]))


def test_a_blogs_banner_and_its_plug_of_a_book_are_not_sentences_of_the_article() -> None:
    text = (
        "date 2012-09-11\n"
        "H Sei un lettore di storia? Le tue opinioni ed i tuoi contributi ci interessano:\n"
        "Stay in Tune\nSeguimi su Twitter\n"
        "Servizi Segreti: un uomo di Valmora…\n"
        "Il generale Mario Rossi ha lasciato ieri il comando del porto di Valmora dopo vent'anni.\n"
        'Cronache di Valmora: è interessante leggere il libro: "Ad Alto Rischio" di Mario Rossi.\n'
    )
    body = _body(text)
    assert body == [
        "Il generale Mario Rossi ha lasciato ieri il comando del porto di Valmora dopo vent'anni."
    ]
    headline = [s.text for s in split_article(text, "it").sentences if s.role == "headline"]
    assert headline == ["Servizi Segreti: un uomo di Valmora…"]


def test_a_heading_in_capitals_run_into_its_paragraph_is_not_printed() -> None:
    text = (
        "date 2012-11-15\nVenti di guerra sul porto\n\n"
        "Il sindaco di Valmora ha chiesto ieri la chiusura del porto per tre giorni.\n\n"
        "GLI ATTACCHI AL PORTO - Ieri un incendio ha distrutto il molo nord del porto di Valmora.\n\n"
        "ROSSI - Il sindaco Marco Rossi ha lanciato un appello alla calma ai portuali.\n"
    )
    body = _body(text)
    assert "Ieri un incendio ha distrutto il molo nord del porto di Valmora." in body
    assert "Il sindaco Marco Rossi ha lanciato un appello alla calma ai portuali." in body


def test_a_heading_in_capitals_and_quotation_marks_run_into_its_paragraph_is_not_printed() -> None:
    # issue 15 (session 15): `«BUON GIORNO CAIRO» - È la prima volta…`
    text = (
        "date 2012-06-24\nVenti di guerra sul porto\n\n"
        "Il sindaco di Valmora ha chiesto ieri la chiusura del porto per tre giorni.\n\n"
        "«BUONGIORNO VALMORA» - È la prima volta che i portuali scioperano contro il sindaco.\n"
    )
    body = _body(text)
    assert "È la prima volta che i portuali scioperano contro il sindaco." in body
    assert not [sentence for sentence in body if "BUONGIORNO" in sentence]


def test_a_live_blogs_numbered_entry_headlines_are_not_sentences() -> None:
    text = (
        "date 2011-03-18\nRaid sul porto di Valmora\n\n"
        "Il porto di Valmora è stato chiuso dalla capitaneria dopo i raid della notte.\n"
        'La tv di Valmora: "Sarà un nuovo disastro per i portuali e per tutti i lavoratori del molo" 149\n'
        "La tv di Valmora ha detto che il porto resterà chiuso per una settimana.\n"
        "Colpite diverse zone di Valmora 148\n"
        'Rossi: "I nostri vigili pronti in 15 minuti. E ci sono anche quelli del porto"\n'
        "I vigili del fuoco sono intervenuti in tre quartieri della città.\n"
        'Rossi: "Il porto riaprirà" 147\n'
        "Rossi contro il governo: Chiudere il porto porterà soltanto disoccupati a Valmora\n"
        "Il sindaco Marco Rossi ha detto che il porto riaprirà lunedì.\n"
    )
    body = _body(text)
    assert not any(sentence.endswith(("149", "148", "147", 'porto"', "Valmora")) for sentence in body)
    assert "Il sindaco Marco Rossi ha detto che il porto riaprirà lunedì." in body


def test_a_links_credit_is_not_run_into_the_caption_above_it() -> None:
    text = (
        "date 2012-07-14\nIl porto di Valmora\n\n"
        "Il porto di Valmora ha chiuso ieri il molo nord per una settimana di lavori.\n"
        'The Valmora Port Review "pubblicata nel giugno 2009"\n'
        "www.cronachedivalmora.com › porto\n"
    )
    assert not any("www." in sentence or "›" in sentence for sentence in _body(text))


def test_a_teasers_excerpt_dated_and_cut_short_is_not_a_sentence() -> None:
    text = (
        "date 2012-06-22\nValmora: migliaia in piazza contro la giunta\n\n"
        "Sono diverse migliaia i manifestanti scesi in piazza a Valmora contro la giunta militare.\n"
        "Commercio estero, Rossi (Ass. Valmora): 'No ad accordo'\n"
        "Roma, 16 luglio 2019. Nei dati diffusi oggi l'Istat certifica, per il mese di maggio 2019,…\n"
    )
    assert not any("Istat" in sentence for sentence in _body(text))


def test_a_name_heading_run_into_its_paragraph_is_not_printed() -> None:
    text = (
        "date 2011-08-22\nI figli del sindaco\n\n"
        "Il sindaco di Valmora ha otto figli, avuti da due mogli, e tutti lavorano al porto.\n\n"
        "Saadi Saadi Rossi è una vecchia conoscenza del campionato di calcio di Valmora.\n"
    )
    assert "Saadi Rossi è una vecchia conoscenza del campionato di calcio di Valmora." in _body(text)


def test_a_pictures_caption_credited_to_an_agency_and_the_publishers_tax_number_are_not_sentences() -> None:
    text = (
        "date 2011-03-01\nIl petrolio di Valmora\n\n"
        "Il sindaco di Valmora ha firmato ieri l'accordo per il nuovo pozzo di petrolio del porto.\n"
        "Il sindaco riceve un piccolo barile di petrolio in oro: è l'ottobre del 1961 (Ap)\n"
        "Cronache di Valmora srl, via Roma 18, Partita IVA 05831140966.\n"
        "Il nuovo pozzo darà lavoro a trecento persone del porto di Valmora per i prossimi dieci anni.\n"
    )
    body = _body(text)
    assert not any("(Ap)" in sentence or "Partita IVA" in sentence for sentence in body)


def test_a_list_of_other_pages_headlines_cut_short_is_not_printed() -> None:
    text = (
        "date 2011-02-21\nL'effetto domino sul porto\n\n"
        "Un mese dopo la fine dello sciopero, il porto di Valmora è di nuovo fermo da ieri mattina.\n"
        "Articoli correlati\n"
        "Valmora è nel caos ma la Regione ha le mani legate...\n"
        "26 Agosto 2014 | Paolo Bianchi\n"
        "Il dramma dei portuali di Valmora, tra turni e lavori forzati...\n"
        "10 Luglio 2010 | Erica Verdi\n"
    )
    assert _body(text) == [
        "Un mese dopo la fine dello sciopero, il porto di Valmora è di nuovo fermo da ieri mattina."
    ]


def test_other_pages_headlines_in_a_list_are_not_printed_even_with_no_ellipsis() -> None:
    # issue 15 (session 15): `Elezioni Usa. Ma è davvero democrazia?` and `L'Editoriale: ma i
    # regimi … Europa` stood among a sidebar's headlines, neither cut short
    text = (
        "date 2013-08-16\nValmora, salito il numero dei feriti al porto\n\n"
        "È salito ancora il numero dei feriti negli scontri al porto di Valmora, dicono i medici.\n"
        "I portuali hanno chiesto un incontro al sindaco di Valmora per domani mattina.\n"
        "Il sindaco vince, sarà al terzo mandato\n"
        "Nuove elezioni a Valmora. Ma è davvero democrazia?\n"
        "Il porto riapre dopo lo sciopero dei portuali\n"
        "L'Editoriale: ma i portuali di Valmora facevano comodo al sindaco e alla Regione\n"
        "E ora la Regione riabilita il sindaco, il nuovo alleato contro lo sciopero...\n"
        "26 Agosto 2014 | Paolo Bianchi\n"
    )
    assert _body(text) == [
        "È salito ancora il numero dei feriti negli scontri al porto di Valmora, dicono i medici.",
        "I portuali hanno chiesto un incontro al sindaco di Valmora per domani mattina.",
    ]


def test_other_pages_headlines_and_excerpts_beside_a_teaser_are_not_printed() -> None:
    # issue 15 (session 15): a sidebar of headlines, each over its excerpt, one ending on its link
    text = (
        "date 2011-02-21\nL'effetto domino sul porto\n\n"
        "Un mese dopo la fine dello sciopero, il porto di Valmora è di nuovo fermo da ieri mattina.\n"
        "I portuali chiedono al sindaco di Valmora un nuovo contratto per tutti i lavoratori del molo.\n\n"
        "Tra sindacati e nulla, come il sindaco ha messo nell'angolo la Regione\n"
        "I consiglieri regionali non riescono a imporre una loro agenda al sindaco di Valmora.\n"
        "Riforma del porto, ecco cosa cambia se vince il Sì\n"
        "Dalla chiusura del molo nord alla vendita dei magazzini. "
        "Piccola guida per un voto consapevoleRead More\n"
        "Festival di Valmora, il cantante lascia il palco – VIDEO\n"
        "A notte ormai fonda il cantante del porto di Valmora cambia il testo della canzone in gara.\n"
    )
    assert _body(text) == [
        "Un mese dopo la fine dello sciopero, il porto di Valmora è di nuovo fermo da ieri mattina.",
        "I portuali chiedono al sindaco di Valmora un nuovo contratto per tutti i lavoratori del molo.",
    ]


def test_a_short_paragraph_between_two_subheadings_is_printed() -> None:
    text = (
        "date 2011-02-21\nGuida allo sciopero del porto di Valmora\n\n"
        "Lo sciopero dei portuali di Valmora è arrivato ieri al suo decimo giorno consecutivo.\n"
        "Il molo nord\n"
        "Sabato i portuali hanno occupato il molo nord del porto.\n"
        "Il molo sud\n"
        "Il molo sud resta aperto alle navi della Regione e ai traghetti per le isole.\n"
    )
    assert "Sabato i portuali hanno occupato il molo nord del porto." in _body(text)


def test_a_dated_byline_is_not_run_into_the_standfirst_above_it() -> None:
    text = (
        "date 2011-11-24\nValmora, il sindaco: «Chiediamo scusa»\n"
        "Il sindaco ha scritto un messaggio di scuse su Facebook per i feriti degli ultimi giorni in piazza\n"
        "di Redazione · 24 novembre 2011\n"
        "Il sindaco di Valmora presenta le sue scuse per i feriti degli scontri di ieri al porto.\n"
    )
    assert not any("Redazione" in sentence for sentence in _body(text))


def test_a_lists_item_number_is_not_printed_however_it_is_spaced() -> None:
    text = (
        "date 2012-12-29\nValmora, un anno in 101 immagini\n\n"
        "17) 19 marzo Il porto di Valmora chiude per uno sciopero di tre giorni.\n"
        "18 )24 marzo Il museo di Valmora ospita una mostra dell'artista austriaco Gustav Klimt.\n"
        "100) 29 dicembre Il sindaco di Valmora saluta l'anno con un concerto in piazza.\n"
    )
    assert _body(text) == [
        "19 marzo Il porto di Valmora chiude per uno sciopero di tre giorni.",
        "24 marzo Il museo di Valmora ospita una mostra dell'artista austriaco Gustav Klimt.",
        "29 dicembre Il sindaco di Valmora saluta l'anno con un concerto in piazza.",
    ]


def test_a_list_of_other_pages_headlines_with_their_bylines_is_not_printed() -> None:
    text = (
        "date 2012-04-12\nLa morte del sindaco di Valmora\n"
        "di Marco Neri\n"
        "Il sindaco di Valmora è morto ieri nella sua casa sul porto, a 93 anni.\n"
        "Da non perdere\n"
        "L'esempio del porto di Valmora in tempi «amari»\n"
        "di Roberto Bianchi\n"
        "«Caro direttore, ho letto (casualmente di fila) i suoi ultimi tre memorandum domenicali. Da\n"
        "L'Europa federale conviene al porto\n"
        "di  Giuliano Verdi\n"
        "Ho partecipato la scorsa settimana a Parigi a un incontro italo francese, dedicato al futuro\n"
        "Sul porto non c'è più tempo da perdere\n"
        "La tensione intorno al caso del porto non si placa. Anzi, ogni giorno che passa – nonostante i\n"
        "Il bello di Valmora da cartolina\n"
        "di Fernanda Rossi\n"
    )
    assert _body(text) == ["Il sindaco di Valmora è morto ieri nella sua casa sul porto, a 93 anni."]


def test_a_pictures_caption_that_ends_on_its_day_is_not_a_sentence() -> None:
    text = (
        "date 2011-02-20\nValmora, la piazza torna ai manifestanti\n\n"
        "Mentre i dimostranti si recavano in corteo verso il porto, il sindaco appariva in televisione.\n"
        "Il sindaco di Valmora Sh. Marco Rossi Al-Neri alla TV nazionale, sabato 19 febbraio\n"
        "Il breve discorso del sindaco è stato accolto con favore dai portuali.\n"
    )
    assert _body(text) == [
        "Mentre i dimostranti si recavano in corteo verso il porto, il sindaco appariva in televisione.",
        "Il breve discorso del sindaco è stato accolto con favore dai portuali.",
    ]


def test_the_sites_note_on_its_pictures_rights_is_not_printed() -> None:
    # issue 15 (session 15): a blog's footer on where its pictures come from
    text = (
        "date 2013-07-04\nIl porto di Valmora riapre\n\n"
        "Il porto di Valmora riapre domani dopo tre settimane di sciopero dei portuali del molo nord.\n"
        "Il sindaco di Valmora ha firmato ieri il nuovo contratto con i sindacati dei portuali.\n"
        "Le foto presenti su Cronache di Valmora sono state in larga parte prese da Internet e quindi "
        "valutate di pubblico dominio. Se i soggetti o gli autori avessero qualcosa in contrario alla "
        "pubblicazione, lo possono segnalare alla redazione.\n"
        "Il molo nord resterà chiuso ai traghetti fino alla fine del mese di luglio.\n"
    )
    assert not [sentence for sentence in _body(text) if "foto" in sentence or "soggetti" in sentence]


def test_a_video_caption_credited_in_parentheses_is_not_printed() -> None:
    # issue 15 (session 15): `Notte di violenze …, oggi scade l'ultimatum … (fonte video: Euronews)`
    text = (
        "date 2013-07-04\nIl porto di Valmora riapre\n\n"
        "Il porto di Valmora riapre domani dopo tre settimane di sciopero dei portuali del molo nord.\n"
        "Notte di scontri al porto, oggi scade l'ultimatum del sindaco ai portuali (fonte video: TVA)\n"
        "Il traffico merci è cresciuto del 3% nel 2012 (fonte: Camera di commercio di Valmora).\n"
    )
    body = _body(text)
    assert not [sentence for sentence in body if "fonte video" in sentence]
    assert "Il traffico merci è cresciuto del 3% nel 2012 (fonte: Camera di commercio di Valmora)." in body


def test_an_empty_box_of_related_posts_ends_the_article() -> None:
    # issue 15 (session 15): under `Nessun articolo correlato.`, the site's own text
    text = (
        "date 2013-07-04\nIl porto di Valmora riapre\n\n"
        "Il porto di Valmora riapre domani dopo tre settimane di sciopero dei portuali del molo nord.\n"
        "Nessun articolo correlato.\n"
        "ANALISI, COMMENTI E SCENARI\n"
        "Cronache di Valmora è un progetto editoriale fondato da Marco Rossi nel 2004 a Valmora.\n"
    )
    assert _body(text) == [
        "Il porto di Valmora riapre domani dopo tre settimane di sciopero dei portuali del molo nord."
    ]


def test_a_pictures_caption_that_quotes_a_sign_is_not_printed() -> None:
    # issue 15 (session 15): `Un manifesto di protesta contro lo SCAF: "Le nostre figlie …".`
    text = (
        "date 2011-09-07\nIl porto di Valmora in piazza\n\n"
        "I portuali di Valmora hanno manifestato ieri davanti al municipio contro la chiusura del molo.\n"
        'Uno striscione di protesta contro il sindaco: "Il porto è nostro".\n'
        'Un cartello: "Il porto è nostro", è apparso ieri sera sul cancello del molo nord di Valmora.\n'
    )
    body = _body(text)
    assert 'Uno striscione di protesta contro il sindaco: "Il porto è nostro".' not in body
    assert (
        'Un cartello: "Il porto è nostro", è apparso ieri sera sul cancello del molo nord di Valmora.' in body
    )


def test_a_reposted_pages_headline_under_the_line_that_introduces_it_is_not_printed() -> None:
    # (session 15's blind readers: `ENI Libia: sangue & petrolio.`, printed as a statement)
    text = (
        "date 2011-02-27\nIl gas di Valmora\n\n"
        "La società ha sospeso le attività nel porto di Valmora, secondo una nota diffusa ieri.\n"
        "Dal portale Controvoce:\n"
        "Valmora Gas: affari & sanzioni.\n"
        "Quando la società faceva affari d'oro a Valmora, le sanzioni non contavano nulla.\n"
    )
    body = _body(text)
    assert not any("affari & sanzioni" in s for s in body), body
    assert any(s.startswith("Quando la società faceva affari") for s in body)
    # a line of dialogue under such a line quotes what is said: a sentence of the article
    text = text.replace("Valmora Gas: affari & sanzioni.", "Rossi: «Il porto riapre domani».")
    assert any("Il porto riapre domani" in s for s in _body(text))


def test_a_headline_block_the_page_sets_twice_is_no_sentence_of_the_article() -> None:
    # (s12's held g10: `La Siria respinge … di Assadmentre continuano le violenze.`, a deck printed)
    block = (
        "Valmora, il porto chiude per lo sciopero\n"
        "Valmora respinge la richiesta di dimissioni di Rossimentre continuano le proteste. "
        "Bianchi parte per Roma\n"
    )
    paragraph = (
        "VALMORA - Il porto di Valmora resterà chiuso per tre giorni a causa dello sciopero dei portuali, "
        "che chiedono il rinnovo del contratto e nuove assunzioni dopo due anni di trattative interrotte, "
        "mentre il sindaco ha respinto le loro richieste in un consiglio comunale convocato d'urgenza ieri.\n"
    )
    said = _statements(
        "date 2024-09-21\n" + block + block + paragraph + "Il sindaco ha ripetuto che non cederà.\n"
    )
    assert not any("Rossimentre" in s for s in said), said
    assert any("Il porto di Valmora resterà chiuso" in s for s in said), said
    # a paragraph the article prints twice further down is still its own
    body = _body("date 2024-09-21\n" + block + paragraph + "Il sindaco ha ripetuto che non cederà.\n" * 2)
    assert sum(s == "Il sindaco ha ripetuto che non cederà." for s in body) == 2, body


def test_a_quoted_text_translated_line_by_line_under_its_own_script_is_not_printed() -> None:
    # (session 16's blind readers, set B g05: a YouTube caption and a user's comment, translated
    # from Arabic, printed as the outlet's facts)
    text = (
        "date 2011-04-30\nLe proteste a Valmora\n\n"
        "Le proteste contro il sindaco di Valmora continuano da tre mesi in tutta la provincia.\n"
        "La didascalia del filmato recita:\n"
        "الفرق بين مؤيدي الرئيس والمطالبين باسقاط النظام\n"
        "La differenza tra chi appoggia il sindaco e chi chiede le sue dimissioni.\n"
        "Un utente commenta il video dicendo:\n"
        "يؤيدون الرئيس على شان وجبه غداء\n"
        "بس رح يعرفون من الصح\n"
        "I sostenitori del sindaco sono lì soltanto per mangiare.\n"
        "Ma presto sapranno quello che è giusto.\n"
        "Il sindaco di Valmora ha convocato il consiglio comunale per lunedì.\n"
    )
    body = _body(text)
    assert not any("La differenza tra chi" in s for s in body), body
    assert not any("sostenitori del sindaco" in s or "presto sapranno" in s for s in body), body
    assert "Il sindaco di Valmora ha convocato il consiglio comunale per lunedì." in body
    # a translated post that opens on its writer's handle says whose words it holds
    posted = text.replace("La differenza tra chi", "@Valmora2011: La differenza tra chi")
    assert any("La differenza tra chi" in s for s in _body(posted))


def test_a_bibliographic_reference_in_parentheses_is_not_printed() -> None:
    # (session 16's blind readers, set B g04: `…, afferma lo storico Toby Wilkinson ("The Army and
    # Politics in Ancient Egypt", Historically Speaking, vol. 12, …)` printed in a statement)
    text = (
        "date 2013-08-17\nIl porto di Valmora e i suoi mercanti\n\n"
        '"Il porto di Valmora ha sempre avuto un ruolo centrale nei commerci della regione", afferma '
        'lo storico Marco Rossi ("Il porto e la città", Rivista di storia, vol. 12, n. 3, 2011, p. 35).\n'
        "La ricchezza dei mercanti di Valmora è garantita dalla segretezza dei loro affari "
        '(Anna Bianchi, "Valmora, la città", Corriere del porto, 12, 2011): nessun libro è pubblico.\n'
        "Il sindaco di Valmora (in carica dal 2011, rieletto nel 2016) ha promesso nuovi moli.\n"
    )
    said = _statements(text)
    assert any(s.endswith("afferma lo storico Marco Rossi.") for s in said), said
    assert any(
        s.startswith("La ricchezza dei mercanti di Valmora è garantita dalla segretezza dei loro affari:")
        for s in said
    ), said
    # an aside that names a year is no reference
    assert any("(in carica dal 2011, rieletto nel 2016)" in s for s in said), said


def test_a_line_that_tells_of_a_video_the_page_shows_is_not_printed() -> None:
    # (session 16's blind readers: `Questo filmato, dell'utente YouTube la7jpress, è stato girato…`
    # as a storyline's bottom line, and `Questo video mostra…` with no video to see)
    text = (
        "date 2011-04-30\nLe proteste a Valmora\n\n"
        "Le proteste contro il sindaco di Valmora continuano da tre mesi in tutta la provincia.\n"
        "Anche i sostenitori del sindaco sono scesi in strada, a decine di migliaia, per difenderlo.\n"
        "Questo filmato, dell'utente YouTube valmora5, è stato girato all'ora di pranzo in piazza.\n"
        "In questo video si vedono i manifestanti che puliscono la piazza.\n"
        "Il sindaco di Valmora ha convocato il consiglio comunale per lunedì.\n"
        "Questo post fa parte del nostro speciale sulle proteste a Valmora.\n"
    )
    said = _statements(text)
    assert not any("filmato" in s or "video" in s or "post" in s for s in said), said
    assert any(s.startswith("Le proteste contro il sindaco di Valmora") for s in said), said
    # a line that names a video of the news it tells, with no demonstrative, is the article's
    body = _body(text.replace("Questo filmato,", "Un filmato,"))
    assert any(s.startswith("Un filmato, dell'utente YouTube") for s in body), body


def test_a_sentence_of_opening_hours_and_a_phone_number_is_service_information_not_news() -> None:
    text = (
        "date 2022-04-29\nLa mostra dei costumi\n\n"
        "La Fondazione Verdi rende omaggio al costume teatrale con una mostra curata da Silvia Neri. "
        "Domenica le sale di via Roma 5 saranno aperte dalle 10 alle 19, la prenotazione è obbligatoria, "
        "tel. 011/837.688 int. 3. Il sindaco Mario Bassi ha detto che la mostra porterà molti visitatori.\n"
    )
    body = _body(text)
    assert not any("prenotazione" in sentence for sentence in body)
    assert "Il sindaco Mario Bassi ha detto che la mostra porterà molti visitatori." in body
    # the same words without a number stay: a sentence is service information by its number
    without_number = text.replace("tel. 011/837.688 int. 3", "senza biglietto")
    assert any("aperte dalle 10" in sentence for sentence in _body(without_number))
    english = (
        "date 2025-05-02\nThe museum reopens\n\n"
        "The Hale Museum reopened its west wing on Friday after two years of repairs. "
        "Tickets can be booked by phone: 555 014 2231. "
        "Its director Ann Cole said the repairs cost $4 million.\n"
    )
    sentences = [s.text for s in split_article(english, "en").sentences]
    assert not any("555" in s for s in sentences)
    assert "Its director Ann Cole said the repairs cost $4 million." in sentences
