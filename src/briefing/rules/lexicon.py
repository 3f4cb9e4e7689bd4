"""Small word lists (Italian and English) the rules read news with."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator


def lower(text: str) -> str:
    """`text` in lower case, with every character kept in place (offsets stay valid)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


class Lowercase:
    """A pattern written in lower case, matched against a lower-cased copy of the text.

    Offsets are those of the original text. Python's `re` runs a long alternation of words three
    times faster this way than with IGNORECASE, and these patterns run on every sentence."""

    def __init__(self, pattern: str) -> None:
        self.pattern = re.compile(pattern)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.pattern.search(lower(text), pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.pattern.match(lower(text), pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(lower(text), pos, endpos)


def word_set(text: str) -> frozenset[str]:
    """The words of a list written one after another, separated by white space."""
    return frozenset(text.split())


# Heads of the roles the news gives people: "il segretario generale della NATO", "NATO Secretary General".
ROLE_HEADS = word_set(
    """
    segretario segretaria presidente presidentessa premier ministro ministra vicepresidente vicepremier
    sottosegretario sottosegretaria viceministro viceministra portavoce inviato inviata ambasciatore
    ambasciatrice deputato deputata senatore senatrice cancelliere cancelliera capo leader consigliere
    consigliera direttore direttrice commissario commissaria governatore governatrice sindaco sindaca
    generale ammiraglio comandante capogruppo procuratore procuratrice giudice papa re regina principe
    principessa rappresentante responsabile amministratore fondatore fondatrice candidato candidata
    emiro sceicco ayatollah patriarca cardinale vescovo arcivescovo magistrato analista esperto esperta
    professore professoressa economista attivista zar dittatore presidente-eletto
    secretary president president-elect premier minister chancellor spokesman spokeswoman spokesperson
    envoy ambassador senator representative congressman congresswoman lawmaker adviser advisor chief
    director general admiral commander commissioner governor mayor leader chairman chairwoman chair head
    ceo founder king queen prince princess pope judge prosecutor candidate official analyst professor
    economist negotiator speaker whip deputy secretary-general
    """
)

# Heads of organisation names, capitalised: "Dipartimento di Stato", "Consiglio Nato-Ucraina".
ORG_HEADS = word_set(
    """
    Dipartimento Ministero Consiglio Commissione Parlamento Congresso Senato Camera Governo Cremlino
    Pentagono Alleanza Unione Banca Fondo Corte Agenzia Partito Tribunale Procura Comitato Istituto
    Organizzazione Federazione Confederazione Autorità Eurogruppo Eurostat Quirinale Farnesina Viminale
    Department Ministry Council Commission Parliament Congress Senate Government Kremlin Pentagon
    Alliance Union Bank Fund Court Agency Party Committee Institute Organization Organisation Federation
    Authority Treasury Reserve Office Ministry
    """
)
ORG_TAIL_ADJECTIVES = word_set(
    """
    europeo europea europei nazionale federale atlantica atlantico supremo suprema costituzionale
    centrale mondiale internazionale
    """
)
ORG_FIXED = re.compile(
    r"\b(?:Consiglio dei [Mm]inistri|Consiglio di [Ss]icurezza(?: dell['’]Onu)?|Corte dei [Cc]onti"
    r"|Banca d['’]Italia|Corte [Cc]ostituzionale|Camera dei [Dd]eputati|Casa Bianca|White House"
    r"|State Department|Federal Reserve|Nazioni Unite|United Nations"
    r"|Unione [Ee]uropea|European Union|Alleanza [Aa]tlantica|Banca [Cc]entrale [Ee]uropea"
    r"|European Central Bank|Commissione [Ee]uropea|European Commission|Parlamento [Ee]uropeo"
    r"|European Parliament|Consiglio [Ee]uropeo|European Council|Fondo [Mm]onetario [Ii]nternazionale"
    r"|International Monetary Fund|Downing Street|Palazzo Chigi)\b"
)
TITLECASE_ACRONYMS = word_set(
    """
    Nato Onu Ue Usa Ocse Fmi Bce Opec Oms Unesco Unicef Fao Osce Aiea Fed Mef Istat Inps Inail Consob
    Anac Agcom Cgil Cisl Uil Censis Svimez Codacons
    """
)
NOT_ORG_ACRONYMS = word_set(
    """
    PIL GDP CEO TV OK AI IA HQ PM AM CET GMT UTC II III IV VI VII VIII IX XI XII XX XXI USD EUR GBP KM
    ANSA AGI ITALPRESS LAPRESSE ADNKRONOS DIRE AFP AP REUTERS UPDATE VIDEO FOTO LIVE NEWS
    """
)

# Capitalised words that are not names (sentence starters, places, institutions' words).
FUNCTION_WORDS = word_set(
    """
    Il Lo La I Gli Le Un Uno Una L Nel Nello Nella Nei Negli Nelle Del Dello Della Dei Degli Delle Al
    Allo Alla Ai Agli Alle Dal Dallo Dalla Dai Dagli Dalle Sul Sullo Sulla Sui Sugli Sulle Col Coi Per
    Con Tra Fra In A Ad Da Di Su E Ed O Ma Se Che Chi Non Come Dopo Prima Durante Secondo Anche Già Ora
    Oggi Ieri Domani Questo Questa Questi Queste Quello Quella Quelli Quelle Tuttavia Inoltre Intanto
    Mentre Quando Dove Perché Nonostante Infatti Insomma Quindi Allora Ecco Sì No Tutti Tutto Ogni
    Alcuni Molti Nessuno Qualcuno Lui Lei Loro Noi Voi Io Signor Signora Sig Dott Dottor On Onorevole
    Santo Santa San
    The A An In On At After Before During But And Or If As While When Where Why How What Who Which
    Mr Mrs Ms Dr Sir Lord Lady It He She They We You His Her Their Our Its This That These Those There
    Here According Meanwhile However Also Earlier Later Today Yesterday Tomorrow Some Many Most All Any
    Each Every No Not Yes Officials Sources Following Despite Since Until By For From To Of With Without
    """
)
NOT_NAME_WORDS = FUNCTION_WORDS | word_set(
    """
    Stati Uniti Unite Nazioni Unione Europea Europeo Regno Unito Casa Bianca Medio Oriente Estremo Corea
    Nord Sud Ovest Est Paesi Bassi Arabia Saudita Emirati Arabi Nuova Zelanda Hong Kong New York Los
    Angeles Città Vaticano Repubblica Ceca Federazione Russa Striscia Gaza Cisgiordania
    United States Kingdom White House Middle East Far North South West Korea Union European Nations
    Republic Czech Strip Bank Gulf Sea Island Islands City
    Foreign Ministers Minister Ministeriale Esteri Difesa Interno Interni Economia Guerra Stato State
    Defense Defence Treasury Tesoro Affari Affairs Volenterosi Alleati Alleato Prima Notizia HQ
    Facebook Instagram Twitter Truth Social Telegram YouTube TikTok Google Reuters Associated Press
    Lunedì Martedì Mercoledì Giovedì Venerdì Sabato Domenica Monday Tuesday Wednesday Thursday Friday
    Saturday Sunday Gennaio Febbraio Marzo Aprile Maggio Giugno Luglio Agosto Settembre Ottobre Novembre
    Dicembre January February March April May June July August September October November December
    Premier Prime First Lady Vice Deputy Leader Capo Board Editorial
    Tel Aviv Abu Dhabi Buenos Aires Wall Street Silicon Valley Sri Lanka Kuala Lumpur
    Rio Janeiro Costa Rica Puerto Rico Santo Domingo San Francisco Las Vegas Sierra Leone Burkina Faso
    Africa America Latina Asia Europa Oceania Pacifico Atlantico Indo Mediterraneo Baltico Mar Nero
    """
)
# Number words that open a phrase, not a name: `Twenty-three Allies`, `Ventisette Paesi`.
NUMBER_WORDS = word_set(
    """
    one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen twenty
    thirty forty fifty sixty seventy eighty ninety hundred thousand dozens hundreds thousands
    uno due tre quattro cinque sei sette otto nove dieci undici dodici venti trenta quaranta
    cinquanta cento mille ventisette ventotto
    """
)
NAME_PARTICLES = word_set("de di da del della van von der den la le al bin ibn dos das du ter ten el")

# Reporting verbs: who says what. Participles go with an auxiliary (`ha dichiarato`): alone they
# are passive (`la visita, annunciata dal Dipartimento`), not someone speaking.
_REPORTING_STEMS_IT = (
    "dichiar afferm sottoline ribad ammon spieg aggiung precis chiar osserv annunci conferm evidenzi avvert "
    "insist ricord comment scriv defin rifer assicur promett denunci accus replic rispond rimarc sosten "
    "twitt post chied avvis garant esort invit ammett cit dic"
)
_PARTICIPLES_IT = (
    "dichiarat affermat sottolineat ribadit ammonit dett spiegat aggiunt precisat chiarit osservat annunciat "
    "confermat evidenziat avvertit insistit ricordat commentat scritt definit riferit assicurat promess "
    "denunciat accusat replicat rispost rimarcat sostenut twittat postat chiest avvisat garantit esortat "
    "invitat ammess citat"
)
_PRESENT_IT = (
    # not a noun after its article: `con l'accusa di`, `la risposta`, `una replica`
    r"(?<!l')(?<!l’)(?<!si )(?<!la )(?<!le )(?<!un')(?<!un’)(?<!una )(?<!sua )(?<!nella )(?<!della )"
    r"(?:" + "|".join(_REPORTING_STEMS_IT.split()) + r")(?:a|ano|e|ono|isce|iscono|ò|arono|erono|ando|endo)"
)
REPORTING_IT_FORMS = Lowercase(
    r"\b(?:(?:ha|hanno|aveva|avevano|avrebbe|avrebbero)\s+(?:\w+\s+){0,2}?(?:"
    + "|".join(_PARTICIPLES_IT.split())
    + r")[oaie]|"
    + _PRESENT_IT
    + r"|dice|dicono|disse|dicendo|stando a"
    # `secondo il comunicato`, `secondo Trump` (not `il secondo mandato`)
    r"|(?<!\bil )(?<!\bal )(?<!\bdel )(?<!\bnel )(?<!\bdal )(?<!\bsul )(?<!\bun )secondo"
    r"(?=\s+\w)|a detta di|(?:ha|hanno) reso not[oa]|fa sapere|fanno sapere"
    r"|(?:ha|hanno) fatto sapere)\b"
)
REPORTING_EN_FORMS = Lowercase(
    r"\b(?:said|says|say|told|tells|added|adds|stated|states|declared|warned|warns|stressed|stresses|noted"
    r"|notes|explained|announced|announces|confirmed|confirms|wrote|writes|tweeted|posted|insisted|argued"
    r"|argues|reiterated|underlined|emphasi[sz]ed|urged|urges|claimed|claims|asked|replied|responded"
    r"|according to|acknowledged|admitted|cautioned|predicted|promised|pledged|vowed|announced)\b"
)

# Markers of a position (a stance), of a decision or action, of background and hedging.
STANCE = Lowercase(
    r"\b(?:necessità|necessario|bisogna|occorre|deve|devono|dovrebbe|dovrebbero|dobbiamo|chiede|chiedono"
    r"|ha chiesto|hanno chiesto|insiste|insistono|sostiene|sostengono|ha sostenuto|ritiene|ritengono"
    r"|ritenendo"
    r"|favorevole|contrari[oa]|riserve|si oppone|opporsi|respint[oaie]|respinge|sollecita|esorta|vuole"
    r"|vogliono|intende|intendono|obiettivo|priorità|irrealistic[oa]|illusori[oa]|inaccettabile"
    r"|must|should|need to|needs to|calls? for|called for|urged?|supports?|opposes?|opposed|believes?"
    r"|wants?|insists?|demands?|rejects?|rejected|backs?|backed|position|unacceptable|unrealistic)\b"
)
ACTION = Lowercase(
    r"\b(?:incontr\w*|visit\w*|annunci\w*|decis[oaie]|decide\w*|approv\w*|firmat\w*|firm[aò]|sottoscritt\w*"
    r"|lanciat\w*|avviat\w*|concluso|conclus[aie]|raggiunt\w*|accordo|intesa|votat\w*|vot[aò]|nominat\w*"
    r"|eletto|eletta|dimess\w*|attaccat\w*|colpit\w*|ritirat\w*|sanzion\w*|stanziat\w*|promess[oaie]"
    r"|ricevut\w*|ospit\w*|discusso|discusse|hanno discusso|colloqui|telefonata|vertice|summit|riunione"
    r"|met|meet\w*|visits?|visited|announced?|decided|approved?|signed|launched|agreed|reached|voted"
    r"|appointed|elected|resigned|attacked|struck|withdr\w+|sanctioned|pledged|talks|call)\b"
)
HEDGE = Lowercase(
    r"\b(?:resta da vedere|rimane da vedere"
    r"|non (?:sono|è) stat[oaie] (?:ancora |immediatamente )?resi? not[oaie]"
    r"|non è chiaro|non si sa|si temeva|si teme|secondo gli osservatori"
    r"|remains to be seen|it (?:is|was) (?:not |un)clear"
    r"|were not (?:immediately )?(?:made )?(?:available|disclosed"
    r"|released)|did not (?:immediately )?respond|could not be reached|declined to comment)\b"
)
BACKGROUND = Lowercase(
    r"\b(?:in precedenza|precedentemente|già in passato|da anni|negli ultimi anni|a suo tempo"
    r"|earlier|previously"
    r"|in the past|for years|last year)\b"
)

# A sentence that opens on one of these points back to the sentence before it ("Lo ha detto il
# ministro", "E' questo il nome…", "He said…", "These…"): it is read only with that sentence.
ANAPHOR_OPENERS = Lowercase(
    r"^[\"“«'‘(*_\s]*(?:"
    r"lo\s+(?:ha|hanno|aveva|avevano|avrebbe|avrebbero|fa|fanno|si|\w+(?:a|ano|ò))\b"
    r"|(?:e['’]|è)\s+(?:stat[oa]\s+)?(?:questo|questa|questi|queste|quest['’]ultim[oa]|lui|lei|ciò)\b"
    r"|(?:e['’]|è)\s+(?:il|lo|la|l['’]|i|gli|le)\s*\w+\s+(?:che|lanciat[oa]|propost[oa]|annunciat[oa])\b"
    r"|(?:il|la|lo|i|le|gli)\s+(?:suo|sua|suoi|sue|loro)\b|(?:di|tra|fra)\s+(?:questi|queste|loro)\b"
    r"|così\b(?!\s+come)|of (?:these|those|them)\b|among (?:these|those|them)\b"
    r"|(?:questo|questa|questi|queste|quest['’]ultim[oa]|ciò|tale|tali|egli|ella)\b"
    r"(?!\s+(?:mattina|pomeriggio|sera|settimana|mese|anno|estate|inverno|autunno|primavera|volta)\b)"
    r"|it\b(?!['’]s\s+(?:not\s+)?(?:clear|unclear|likely|possible|time)\b)"
    r"(?!\s+(?:is|was|remains|remained)\s+(?:not\s+)?(?:clear|unclear|likely|unlikely|possible|expected|time)\b)"
    r"|(?:he|she|they|his|her|their|these|those|this|that)\b"
    r"(?!\s+(?:morning|afternoon|evening|week|weekend|month|year|summer|winter|spring|fall|autumn"
    r"|time|is why)\b)"
    r")"
)
