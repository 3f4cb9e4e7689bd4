"""A word put in capitals for stress is no organisation (issue 15: shouted capitals became actors in
the White House releases of news-en). Pinned on small hand-written texts."""

from __future__ import annotations

from handwritten import organisations


def test_a_word_the_article_also_writes_in_lower_case_is_shouted_not_an_organisation() -> None:
    text = (
        "Senator Ann Cole said the talks were over by noon. "
        "Senator Ann Cole: “The years of free rides are OVER, and THIS is only the start.” "
        "She spoke after this week's vote."
    )
    assert organisations(text) == []


def test_an_acronym_the_article_never_writes_in_lower_case_stays_an_organisation() -> None:
    text = "The board will work with the NCAG on services. The NCAG was formed on Monday."
    assert organisations(text) == ["NCAG", "NCAG"]


def test_known_acronyms_stay_organisations_where_italian_writes_them_as_words() -> None:
    text = "Il ministro è nato a Roma e usa spesso il treno. Ha parlato alla NATO e agli USA di spesa."
    assert organisations(text) == ["NATO", "USA"]


def test_a_web_address_does_not_make_an_outlet_a_shouted_word() -> None:
    text = "CNN reported the deal on Monday. More at www.cnn.com/politics today."
    assert organisations(text) == ["CNN"]


def test_two_letter_acronyms_are_never_read_as_shouted_words() -> None:
    text = "Un portavoce dell'UN ha parlato con un diplomatico."
    assert "UN" in organisations(text)


def test_a_city_in_capitals_that_opens_a_dateline_is_no_organisation() -> None:
    for text in (
        "VERANO «Mi chieda tutto quello che vuole». La premessa conta.",
        "VERANO - Il sindaco ha firmato l'ordinanza ieri.",
    ):
        assert organisations(text) == [], text
    # an acronym that opens a sentence of its own is still one
    assert organisations("NCAG will oversee the services. The committee met on Monday.") == ["NCAG"]


def test_a_regnal_number_after_a_name_is_no_organisation() -> None:
    text = "«Il nostro pensiero va alle vittime», ha detto Clemente XVI durante l'Angelus."
    assert organisations(text) == []
    assert organisations("Il vertice del G20 e la NATO.") == ["G20", "NATO"]
