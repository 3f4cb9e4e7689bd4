"""`--about QUERY`: keep the articles about a subject, ranked by BM25 (`bm25s`).

Each article (its title twice, then its text) is scored against the query. An article is kept
when it scores at least `RELATIVE_CUT` of the best match; one that shares no word with the query
scores 0 and is always left out. What was left out, and why, is reported on stderr and in the
briefing's method note.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefing.compose.storylines import stopwords
from briefing.models import AboutNote, Article

RELATIVE_CUT = 0.3


def _document(article: Article) -> str:
    title = article.title or ""
    return f"{title}\n{title}\n{article.text}"


def _tokens(texts: list[str]) -> list[list[str]]:
    import bm25s

    tokens = bm25s.tokenize(
        texts, lower=True, stopwords=sorted(stopwords()), return_ids=False, show_progress=False
    )
    assert isinstance(tokens, list)
    return tokens


def select_about(articles: Sequence[Article], query: str) -> tuple[list[Article], AboutNote]:
    """(the articles about `query`, in their order; what was kept and left out, and why)."""
    import bm25s

    query_tokens = _tokens([query])[0] if query.strip() else []
    if not articles or not query_tokens:
        return [], AboutNote(
            query=query, kept=0, total=len(articles), left_out=[a.source for a in articles], cut=RELATIVE_CUT
        )
    retriever = bm25s.BM25()
    retriever.index(_tokens([_document(a) for a in articles]), show_progress=False)
    scores = [float(s) for s in retriever.get_scores(query_tokens)]
    best = max(scores)
    kept = [a for a, score in zip(articles, scores, strict=True) if best > 0 and score >= RELATIVE_CUT * best]
    kept_sources = {a.source for a in kept}
    left = [a.source for a in articles if a.source not in kept_sources]
    return kept, AboutNote(query=query, kept=len(kept), total=len(articles), left_out=left, cut=RELATIVE_CUT)
