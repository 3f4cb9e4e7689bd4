"""Storylines are grouped by average linkage on cosine distances, computed a block of rows at a
time and one connected component at a time, never as the square matrix: the groups must be the
ones scikit-learn's `AgglomerativeClustering` finds on the full matrix (what `storylines.cluster`
used before)."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.sparse import csr_matrix
from sklearn.cluster import AgglomerativeClustering
from sklearn.metrics.pairwise import cosine_distances

from briefing.compose import linkage


def stories(seed: int) -> csr_matrix:
    """Rows like TF-IDF vectors of articles about six stories of thirty words each: the first
    three share a few words with the next (one chain of related stories), the last three none;
    a story has one to eight rows, each holding some of its words and, now and then, a stray
    word. Shuffled."""
    rng = np.random.default_rng(seed)
    rows = []
    for story in range(6):
        start = story * 25 if story < 3 else 80 + (story - 3) * 30
        words = np.zeros(170)
        words[start : start + 30] = rng.random(30)
        for _ in range(rng.integers(1, 9)):
            stray = (rng.random(170) < 0.004) * rng.random(170)
            rows.append(words * (rng.random(170) < 0.6) + stray)
    rng.shuffle(rows)
    return csr_matrix(np.array(rows))


def scikit_learn_groups(vectors: csr_matrix, threshold: float) -> list[list[int]]:
    labels = AgglomerativeClustering(
        n_clusters=None, metric="precomputed", linkage="average", distance_threshold=threshold
    ).fit_predict(cosine_distances(vectors))
    groups: dict[int, list[int]] = {}
    for row, label in enumerate(labels):
        groups.setdefault(int(label), []).append(row)
    return list(groups.values())


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
@pytest.mark.parametrize("threshold", [0.3, 0.6, 0.8, 0.88, 0.95])
def test_the_groups_are_those_of_average_linkage_on_the_full_distance_matrix(
    monkeypatch: pytest.MonkeyPatch, seed: int, threshold: float
) -> None:
    vectors = stories(seed)
    monkeypatch.setattr(linkage, "BLOCK_CELLS", 5 * vectors.shape[0])  # blocks of five rows
    assert linkage.average_linkage(vectors, threshold) == scikit_learn_groups(vectors, threshold)


def test_the_stories_fall_into_several_groups_and_components() -> None:
    """(So that the comparison above is not between two single groups.)"""
    vectors = stories(1)
    groups = linkage.average_linkage(vectors, 0.88)
    _, components = linkage._distances(vectors, 0.88)
    assert 3 <= len(groups) < vectors.shape[0]
    assert len(set(components.tolist())) >= 2
    assert any(len(group) > 1 for group in groups)


def test_one_row_and_unrelated_rows_are_groups_of_their_own() -> None:
    unrelated = csr_matrix(np.eye(4))
    assert linkage.average_linkage(unrelated, 0.88) == [[0], [1], [2], [3]]
    assert linkage.average_linkage(csr_matrix(np.ones((1, 3))), 0.88) == [[0]]
