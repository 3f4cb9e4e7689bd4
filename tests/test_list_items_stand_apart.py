"""A list's items stand apart (issue 15): a year's chronicle (`15 giugno, ad Agrigento …`, one
entry a line) or a bulleted list tells one story an item. The sentence that ends an item (`…
Neri Carlo 4 mesi.`) is not what the next item's first sentence points back to, so it is never
printed in front of it."""

from __future__ import annotations

from briefing.rules.lines import opens_item
from handwritten import candidates_of, handwritten_article

CHRONICLE = (
    "date 2011-12-27\nProvincia di Trapani, 2011: un anno di cronaca\n"
    "3 marzo, a Marsala la polizia ha arrestato Paolo Verdi, 33 anni, accusato di furto "
    "aggravato in una gioielleria del centro storico.\n"
    "14 aprile, la Corte d'Appello di Palermo ha confermato le condanne del processo antidroga "
    'cosiddetto "Mare aperto": Rossi Mario 5 anni. Bianchi Luca 3 anni. Neri Carlo 4 mesi.\n'
    "15 giugno, a Trapani la polizia ha arrestato tre giovani in fuga dopo un colpo alla "
    "gioielleria.\n"
    "20 luglio, un incendio di presunta origine dolosa ha distrutto due automobili di un "
    "imprenditore edile a Erice.\n"
    "9 settembre, i finanzieri di Mazara del Vallo hanno sequestrato un deposito di merce "
    "contraffatta nella zona industriale.\n"
)


def test_an_entry_of_a_chronicle_is_never_printed_after_the_tail_of_the_entry_before() -> None:
    candidates = candidates_of(handwritten_article("cronaca.txt", CHRONICLE))
    for candidate in candidates:
        if candidate.printable():
            assert "mesi. 15 giugno" not in candidate.fact.statement
            for evidence in candidate.fact.evidence:
                assert "\n15 giugno" not in evidence.quote


def test_what_opens_an_item() -> None:
    text = (
        "date 2011-12-27\nCronaca\n"
        "14 aprile, la Corte ha confermato le condanne: Rossi Mario 5 anni. Neri Carlo 4 mesi.\n"
        "15 giugno, a Trapani la polizia ha arrestato tre giovani.\n"
        "- Primo punto del programma.\n- Secondo punto del programma.\n"
        "La giunta ha approvato il programma.\nLo ha fatto all'unanimità.\n"
    )
    for opening in ("14 aprile", "15 giugno", "Primo punto", "Secondo punto"):
        assert opens_item(text, text.index(opening)), opening
    # a sentence inside an item, and a plain line after another (a paragraph, not a list's item)
    for inside in ("Neri Carlo", "La giunta", "Lo ha fatto"):
        assert not opens_item(text, text.index(inside)), inside


def test_a_sentence_inside_a_chronicles_entry_is_printed_only_from_the_entrys_day() -> None:
    text = (
        "date 2011-12-27\nProvincia di Trapani, 2011: un anno di cronaca\n"
        "3 marzo, a Marsala la polizia ha arrestato Paolo Verdi, 33 anni, accusato di furto aggravato.\n"
        "15 giugno, a Trapani i carabinieri hanno arrestato Marco Bianchi, 22 anni, dopo un lungo "
        "inseguimento. Marco Bianchi ha tentato di fuggire verso il porto con tutto il denaro.\n"
        "20 luglio, un incendio di presunta origine dolosa ha distrutto due automobili a Erice.\n"
        "9 settembre, i finanzieri di Mazara del Vallo hanno sequestrato un deposito di merce contraffatta.\n"
    )
    candidates = candidates_of(handwritten_article("cronaca.txt", text))
    (fled,) = [c for c in candidates if "ha tentato di fuggire" in c.fact.statement]
    # printed with the entry's first sentence, which says when and who; never alone
    assert fled.printable()
    assert fled.fact.statement.startswith("15 giugno, a Trapani i carabinieri")
    opening = next(c for c in candidates if c.fact.statement.startswith("3 marzo"))
    assert opening.printable()
