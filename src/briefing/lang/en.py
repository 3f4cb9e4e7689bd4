"""English: the words the pipeline reads and writes news with."""

from __future__ import annotations

from briefing.lang import words

# --- the support check: numbers, negation, comparison, reporting (briefing.support) ---------------
# Words are folded (lower case, no accents). Stems match the start of a word.

NUMBER_WORDS: dict[str, float] = {
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
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "dozen": 12,
}
SCALE_WORDS: dict[str, float] = {
    "thousand": 1e3,
    "thousands": 1e3,
    "million": 1e6,
    "millions": 1e6,
    "mn": 1e6,
    "billion": 1e9,
    "billions": 1e9,
    "bn": 1e9,
    "trillion": 1e12,
    "trillions": 1e12,
}
# A word ending in `*` is a stem: it matches every word that starts with it.
NEGATIONS = words("not no never none nobody nothing neither nor cannot without")
NEGATIVE_WORDS = words(
    "refus* reject* deni* deny fail* oppos* lack* unabl* unrealist* illusor* dismiss* ban banned "
    "bans block* halt* stop* short miss* breach* violat* unless"
)
MORE_WORDS = words(
    "more higher above rise rises rising rose risen increas* grow* grew exceed* beyond greater "
    "larger stronger boost* raise* raising strengthen*"
)
LESS_WORDS = words(
    "less lower below fall falls falling fell fallen decreas* drop* declin* cut cuts reduc* fewer "
    "smaller weaker weaken* shrink* shrank"
)
REPORTING_WORDS = words("""said says say told tells warned warns announced announces stated added adds
    explained explains argued argues claimed claims insisted insists noted stressed stresses
    declared declares urged urges reiterated reiterates emphasised emphasized emphasises emphasizes
    underlined underlines confirmed confirms wrote writes described describes reaffirmed
    reaffirms indicated indicates admonished cautioned asserted asserts recalled recalls
    highlighted highlights""")

# English names of places and bodies, and the forms Italian articles write them in (folded, each
# a run of words). A model should give a mention for any other form; these are the common ones.
NAME_FORMS: dict[str, tuple[str, ...]] = {
    "us": (
        "usa",
        "stati uniti",
        "statunitense",
        "statunitensi",
        "americano",
        "americana",
        "americani",
        "americane",
        "america",
    ),
    "usa": ("usa", "stati uniti"),
    "american": ("americano", "americana", "americani", "americane", "statunitense", "statunitensi", "usa"),
    "americans": ("americani", "statunitensi"),
    "uk": ("regno unito", "britannico", "britannica", "gran bretagna"),
    "eu": ("ue", "unione europea"),
    "un": ("onu", "nazioni unite"),
    "ecb": ("bce",),
    "imf": ("fmi",),
    "who": ("oms",),
    "gdp": ("pil",),
    "kyiv": ("kiev",),
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Capitalised words of a statement that are not names: function words, titles and roles (what a
# title holder is called is checked through the name that follows it).
NOT_NAMES = words("""a an the this that these those it its he she they we i you his her their our there here
    in on at by for from of to with without after before during since until as about against
    between into over under and or but if when while where why how what which who whom whose
    yes no not also only both all some many most more several each every any one
    mr mrs ms dr prof sir lady lord st president presidents prime premier minister ministers
    secretary general chancellor chief deputy vice spokesman spokeswoman spokesperson mayor
    governor ambassador envoy leader leaders special head elect commander""")
