"""An inverted index over a set of documents, with AND queries."""

from __future__ import annotations

from collections import defaultdict

from .text import terms


class Index:
    def __init__(self) -> None:
        self.documents: dict[str, str] = {}
        self._postings: dict[str, list[tuple[str, int]]] = defaultdict(list)
        self.term_count = 0

    def add(self, doc_id: str, text: str) -> None:
        """Index a document; each term remembers every position it occurs at."""
        if doc_id in self.documents:
            raise ValueError(f"document {doc_id!r} already indexed")
        self.documents[doc_id] = text
        for position, term in enumerate(terms(text)):
            self.term_count += 1

    def average_length(self) -> float:
        """Indexed terms per document."""
        return self.term_count / len(self.documents) if self.documents else 0.0

    def positions(self, term: str, doc_id: str) -> list[int]:
        return [p for d, p in self._postings.get(term, []) if d == doc_id]

    def search(self, query: str) -> list[str]:
        """Documents holding every term of the query, most occurrences first, then by id."""
        wanted = terms(query)
        if not wanted:
            return []
        found = None
        for term in wanted:
            docs = {d for d, _ in self._postings.get(term, [])}
            found = docs if found is None else found & docs
        counts = {d: sum(len(self.positions(t, d)) for t in wanted) for d in found}
        return sorted(found, key=lambda d: (-counts[d], d))
