"""Open documents, kept in step with the editor through incremental sync.

greenfix keeps its own store instead of pygls's workspace: each document holds
its tree-sitter tree, reparsed incrementally, which is what diagnostics and
code actions read.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from lsprotocol import types

from greenfix.analysis import languages
from greenfix.analysis.document import SourceDocument
from greenfix.analysis.positions import Encoding, Position

log = logging.getLogger(__name__)


@dataclass
class OpenDocument:
    uri: str
    version: int | None
    source: SourceDocument


# Syntax trees are kept for the documents changed or opened last, up to this many
# bytes of their source, and always for the latest one. A tree costs about 38 bytes
# per byte of source (so about 10 MiB here); the others parse again when needed
# (a 1,000-line file in a few milliseconds).
TREE_SOURCE_BUDGET = 256 * 1024


class DocumentStore:
    def __init__(self) -> None:
        # Most recently opened or changed last.
        self._documents: dict[str, OpenDocument] = {}
        self.encoding: Encoding = "utf-16"

    def get(self, uri: str) -> OpenDocument | None:
        return self._documents.get(uri)

    def __contains__(self, uri: str) -> bool:
        return uri in self._documents

    def uris(self) -> list[str]:
        return list(self._documents)

    def open(self, item: types.TextDocumentItem) -> OpenDocument | None:
        spec = languages.for_language_id(item.language_id) or languages.for_path(item.uri)
        if spec is None:
            log.info("not tracking %s: language %r is not supported", item.uri, item.language_id)
            return None
        document = OpenDocument(item.uri, item.version, SourceDocument(item.text, spec.name))
        self._documents.pop(item.uri, None)
        self._documents[item.uri] = document
        return document

    def change(self, params: types.DidChangeTextDocumentParams) -> OpenDocument | None:
        uri = params.text_document.uri
        document = self._documents.get(uri)
        if document is None:
            log.warning("didChange for %s, which is not open: ignored", uri)
            return None
        version = params.text_document.version
        if document.version is not None and version is not None and version <= document.version:
            log.warning("didChange for %s goes from version %s to %s; applied anyway", uri, document.version, version)
        for change in params.content_changes:
            if isinstance(change, types.TextDocumentContentChangePartial):
                start = Position(change.range.start.line, change.range.start.character)
                end = Position(change.range.end.line, change.range.end.character)
                if not document.source.replace_range(start, end, change.text, self.encoding):
                    log.warning(
                        "didChange for %s has a range outside the document (%s:%s-%s:%s); clamped into it",
                        uri, start.line, start.character, end.line, end.character,
                    )
            else:
                document.source.replace_all(change.text)
        document.version = version
        self._documents[uri] = self._documents.pop(uri)  # now the most recent
        return document

    def trim(self) -> None:
        """Release the trees of all but the most recent documents (TREE_SOURCE_BUDGET)."""
        kept = 0
        for number, document in enumerate(reversed(self._documents.values())):
            kept += len(document.source.data)
            if number > 0 and kept > TREE_SOURCE_BUDGET:
                document.source.release_tree()

    def close(self, uri: str) -> bool:
        return self._documents.pop(uri, None) is not None
