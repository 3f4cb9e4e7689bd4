"""How much a statement is about what the folder as a whole is about.

A folder gathered for one story (a crawl for "Egypt", a reader's clippings on one crisis) also
carries pages that are not about it: a local paper's year of crime news that mentions the story
once, a sidebar of other headlines. Their dates are many, and each is as well attested as a day of
the story itself when every article that dates something counts one report.

The folder's story is what its articles have in common: the mean of their TF-IDF vectors (scikit-
learn; the same folding, words and stop words as the storylines), the *centroid*. A statement is as
much about the story as its own TF-IDF vector points the same way (cosine similarity, 0 to 1). The
timeline weighs each report of a day by it (`compose/timeline.py`), the way the timeline
summarisation literature scores sentences by their similarity to the topic (Tran et al. 2015;
Martschat & Markert 2018 keep only sentences that name the topic's query words; a folder has no
query, so its centroid stands in for one).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from briefing.compose.storylines import word_vectorizer
from briefing.models import Article

if TYPE_CHECKING:
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer

NEUTRAL = 1.0  # what every statement gets when there is no folder to compare it with


class Topic:
    """The centroid of a folder's articles, to score statements against."""

    def __init__(self, articles: Sequence[Article]) -> None:
        self._vectorizer: TfidfVectorizer | None = None
        self._centroid: np.ndarray | None = None
        if len(articles) < 2:  # one article is all story: nothing to tell apart
            return
        import numpy as np

        vectorizer = word_vectorizer()
        try:
            matrix = vectorizer.fit_transform([a.text for a in articles])
        except ValueError:  # no word survives (empty or numeric articles)
            return
        centroid = np.asarray(matrix.mean(axis=0)).ravel()
        norm = float(np.linalg.norm(centroid))
        if norm > 0:
            self._vectorizer, self._centroid = vectorizer, centroid / norm

    def about(self, statements: Sequence[str]) -> list[float]:
        """Each statement's cosine similarity to the folder's centroid (`NEUTRAL` without one)."""
        if self._vectorizer is None or self._centroid is None:
            return [NEUTRAL] * len(statements)
        if not statements:
            return []
        similarities = self._vectorizer.transform(statements) @ self._centroid
        return [float(s) for s in similarities]
