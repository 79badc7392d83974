from __future__ import annotations

from .spans import Span, find_spans, merge_spans


def _spans_for(text: str, query: str) -> list[Span]:
    spans: list[Span] = []
    for term in query.split():
        spans += find_spans(text, term)
    return merge_spans(spans)


def highlight(text: str, query: str, before: str = "<b>", after: str = "</b>") -> str:
    """text with every occurrence of the query's words marked."""
    out, position = [], 0
    for start, end in _spans_for(text, query):
        out += [text[position:start], before, text[start:end], after]
        position = end
    out.append(text[position:])
    return "".join(out)


def snippet(text: str, query: str, width: int = 40) -> str:
    """About `width` characters around the first match, marked, with '…' where text was cut."""
    spans = _spans_for(text, query)
    if not spans:
        return text[:width] + ("…" if len(text) > width else "")
    start = max(0, spans[0][0] - width // 2)
    end = min(len(text), start + width)
    piece = highlight(text[start:end], query)
    return ("…" if start > 0 else "") + piece + ("…" if end < len(text) else "")
