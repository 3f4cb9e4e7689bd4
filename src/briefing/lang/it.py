"""Italian: the words the pipeline reads and writes news with."""

from __future__ import annotations

from briefing.lang import words

# --- the support check: numbers, negation, comparison, reporting (briefing.support) ---------------
# Words are folded (lower case, no accents). Stems match the start of a word.

NUMBER_WORDS: dict[str, float] = {
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
    "tredici": 13,
    "quattordici": 14,
    "quindici": 15,
    "sedici": 16,
    "diciassette": 17,
    "diciotto": 18,
    "diciannove": 19,
    "venti": 20,
    "trenta": 30,
    "quaranta": 40,
    "cinquanta": 50,
    "sessanta": 60,
    "settanta": 70,
    "ottanta": 80,
    "novanta": 90,
    "cento": 100,
    "mille": 1000,
    "duemila": 2000,
    "tremila": 3000,
}
SCALE_WORDS: dict[str, float] = {
    "mila": 1e3,
    "migliaia": 1e3,
    "milione": 1e6,
    "milioni": 1e6,
    "mln": 1e6,
    "miliardo": 1e9,
    "miliardi": 1e9,
    "mld": 1e9,
    "mille miliardi": 1e12,
}
# A word ending in `*` is a stem: it matches every word that starts with it.
NEGATIONS = words("non mai nessuno nessuna nessun niente nulla senza neanche nemmeno neppure")
NEGATIVE_WORDS = words("rifiut* respin* neg* rinunc* esclu* impedi* irrealist* illusor* smentit*")
MORE_WORDS = words(
    "piu aument* cresc* crebbe salir* salit* salgon* sopra oltre superior* maggior* rafforz* rialz* incremen*"
)
LESS_WORDS = words(
    "meno calo cala calat* calan* diminu* scend* sces* sotto inferior* minor* riduz* ridur* riduc* "
    "ridott* tagli* ribass* indebol*"
)
REPORTING_WORDS = words(
    "dett* dice dicono dich* spieg* afferm* annunc* sottoline* aggiun* ribad* avvert* ammon* "
    "precis* osserv* scritt* scrive* secondo conferm* chiar* insist* ricord* sosten* riferit* "
    "richiam* defin* parlat* parlando interven* reso"
)
WEEKDAYS = ("lunedi", "martedi", "mercoledi", "giovedi", "venerdi", "sabato", "domenica")
NOT_NAMES = words("""il lo la i gli le un uno una di da del della dei degli delle nel nella nei al alla ai
    per con su tra fra e ed o ma se che chi come dove quando anche non piu questo questa
    presidente ministro ministra segretario segretaria generale premier cancelliere capo
    portavoce sindaco governatore ambasciatore inviato leader vice""")
