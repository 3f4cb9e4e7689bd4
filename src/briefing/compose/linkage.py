"""Average-linkage clustering of vectors under a cosine-distance threshold, without the n × n
distance matrix (`storylines.cluster`'s grouping).

The distances are computed a block of rows at a time and kept once per pair, as SciPy's
condensed vector: half the square matrix, and none of its copies (scikit-learn's
`AgglomerativeClustering` on a precomputed matrix held the matrix, a copy of it and the pairs'
indices besides: 2.85 GB at 10,000 articles, against 0.4 GB for the pairs here, plus SciPy's
working copy of the largest component's).

Under average linkage two groups merge only when the mean distance between their members is
below the threshold, so only when at least one pair of them is closer than it. Every group
therefore lies within one connected component of the graph whose edges are those close pairs;
the components are found from the same blocks, and the linkage (SciPy's) runs on each component
alone: unrelated stories never share a tree.

The partition is the one scikit-learn's `AgglomerativeClustering(metric="precomputed",
linkage="average", distance_threshold=threshold)` makes from `cosine_distances` of all rows:
each pair's distance is computed from the same row as there (a row of a block), the tree is
SciPy's in both, and it is cut the same way (a merge at the threshold or above is undone).
"""

from __future__ import annotations

from typing import Any

import numpy as np
from numpy.typing import NDArray

# Distances computed at a time: 2,000,000 float64 are 16 MB.
BLOCK_CELLS = 2_000_000


def _joined(count: int, first: NDArray[np.intp], second: NDArray[np.intp]) -> NDArray[np.intp]:
    """Connected-component labels of `count` nodes joined by the edges `first[k]`–`second[k]`."""
    from scipy.sparse import coo_array
    from scipy.sparse.csgraph import connected_components

    weights = np.ones(len(first), dtype=np.int32)  # (duplicates are summed: int8 would wrap)
    graph = coo_array((weights, (first, second)), shape=(count, count))
    _, labels = connected_components(graph, directed=False)
    return labels


def _distances(vectors: Any, threshold: float) -> tuple[NDArray[np.float64], NDArray[np.intp]]:
    """The cosine distance of every pair of rows (i < j, from row i, as the upper triangle of the
    full matrix holds it) in SciPy's condensed order, and each row's component in the graph of
    pairs closer than `threshold`; computed a block of rows at a time."""
    from sklearn.metrics.pairwise import cosine_distances

    count = vectors.shape[0]
    condensed = np.empty(count * (count - 1) // 2)
    labels = np.arange(count)
    at = 0
    step = max(1, BLOCK_CELLS // count)
    for start in range(0, count, step):
        block = cosine_distances(vectors[start : start + step], vectors)
        for offset, row in enumerate(block):
            later = row[start + offset + 1 :]
            condensed[at : at + len(later)] = later
            at += len(later)
        rows, columns = np.nonzero(block < threshold)
        rows += start
        later_ones = columns > rows
        labels = _joined(count, labels[rows[later_ones]], labels[columns[later_ones]])[labels]
    return condensed, labels


def _pairs_of(condensed: NDArray[np.float64], count: int, members: list[int]) -> NDArray[np.float64]:
    """The condensed distances among `members` (in order), taken from those of all `count` rows."""
    if len(members) == count:
        return condensed
    chosen = np.asarray(members)
    pairs = np.empty(len(members) * (len(members) - 1) // 2)
    at = 0
    for position, row in enumerate(members[:-1]):
        later = chosen[position + 1 :]
        # row i's distance to row j > i sits at count*i - i*(i+1)/2 + (j - i - 1)
        pairs[at : at + len(later)] = condensed[count * row - row * (row + 1) // 2 + later - row - 1]
        at += len(later)
    return pairs


def _cut(pairs: NDArray[np.float64], count: int, threshold: float) -> NDArray[np.intp]:
    """Average-linkage labels of `count` rows from their condensed distances, every merge at
    `threshold` or above undone (as scikit-learn cuts the tree for a distance threshold)."""
    from scipy.cluster.hierarchy import linkage

    tree = linkage(pairs, method="average")
    below = np.flatnonzero(tree[:, 2] < threshold)
    merged = tree[below, :2].astype(np.intp)
    nodes = count + below
    labels = _joined(
        2 * count - 1, np.concatenate([merged[:, 0], merged[:, 1]]), np.concatenate([nodes, nodes])
    )
    return labels[:count]


def average_linkage(vectors: Any, threshold: float) -> list[list[int]]:
    """Groups of row indices (each in order, the groups by their first row) that average linkage
    on cosine distances puts together below `threshold`; `vectors` is a sparse CSR matrix."""
    count = vectors.shape[0]
    condensed, component_of = _distances(vectors, threshold)
    components: dict[int, list[int]] = {}
    for row, component in enumerate(component_of.tolist()):
        components.setdefault(component, []).append(row)
    groups: list[list[int]] = []
    for members in components.values():
        if len(members) == 1:
            groups.append(members)
            continue
        within: dict[int, list[int]] = {}
        labels = _cut(_pairs_of(condensed, count, members), len(members), threshold)
        for member, label in zip(members, labels.tolist(), strict=True):
            within.setdefault(label, []).append(member)
        groups.extend(within.values())
    return sorted(groups, key=lambda group: group[0])
