"""A page's own script, carried into an article by a scraper, is site furniture: a comment line
right above a line of code documents that code, however much it reads like a sentence (issue 15,
session 9: such a line was printed under the further reports). A bulleted list of the article
itself, followed by prose, stays news."""

from __future__ import annotations

from briefing.compose.furniture import furniture_lines
from handwritten import handwritten_article

PAGE = """Il porto di Genova riapre dopo lo sciopero

Il sindaco di Genova Marco Bucci ha firmato ieri l'accordo con i sindacati del porto.
* I portuali della Compagnia Unica torneranno al lavoro lunedì mattina.
Il ministro Mario Rossi ha detto che l'accordo vale tre anni.
// Send the form when the reader clicks the button
var sendButton = document.getElementById('send');
* Handle the response returned by the server for the newsletter form.
function handleResponse(response) {
"""


def _lines_marked(text: str) -> list[str]:
    page = handwritten_article("porto.txt", text)
    return [text[start:end].strip() for start, end in furniture_lines([page]).get("porto.txt", [])]


def test_a_comment_line_above_code_is_furniture() -> None:
    marked = "\n".join(_lines_marked(PAGE))  # each comment with the code below it
    assert "* Handle the response returned by the server for the newsletter form." in marked
    assert "// Send the form when the reader clicks the button" in marked


def test_a_bullet_of_the_article_followed_by_prose_is_news() -> None:
    marked = _lines_marked(PAGE)
    assert "* I portuali della Compagnia Unica torneranno al lavoro lunedì mattina." not in marked
    assert not any("Bucci" in line or "Rossi" in line for line in marked)


def test_a_comment_line_that_ends_in_code_is_furniture() -> None:
    line = "// INIT FB Pixel when global var initADV is set to true var loadAsyncFB = function(){"
    page = PAGE.replace("// Send the form when the reader clicks the button\n", "") + line + "\n"
    assert line in "\n".join(_lines_marked(page))


def test_the_comment_boxs_rules_and_the_evening_newsletter_are_not_facts() -> None:
    from briefing.rules.sentences import split_article

    text = (
        "Il nuovo governo egiziano\n\n"
        "Il primo ministro Hisham Qandil ha presentato ieri il nuovo governo egiziano al Cairo.\n"
        "Il Fatto di Domani - Ogni sera il punto della giornata con le notizie più importanti pubblicate.\n"
        "Gentile lettore, la pubblicazione dei commenti è sospesa dalle 20 alle 9, i commenti per ogni "
        "articolo saranno chiusi dopo 72 ore.\n"
    )
    body = [s.text for s in split_article(text, "it").sentences if s.role == "body"]
    assert any("Qandil" in sentence for sentence in body)
    assert not any("commenti" in sentence or "punto della giornata" in sentence for sentence in body)
