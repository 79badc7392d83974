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


# Syntax trees kept in memory: those of the documents edited or opened last.
# A tree costs about 37 bytes per byte of source; the others parse again on demand.
TREES_KEPT = 32


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
        """Release the trees of all but the TREES_KEPT most recent documents."""
        for document in list(self._documents.values())[:-TREES_KEPT]:
            document.source.release_tree()

    def close(self, uri: str) -> bool:
        return self._documents.pop(uri, None) is not None
