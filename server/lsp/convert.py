"""Engine values <-> LSP types. The only place byte offsets meet LSP positions."""

from __future__ import annotations

from lsprotocol import types

from greenfix.analysis.edits import Edit
from greenfix.analysis.positions import Encoding, LineIndex
from greenfix.analysis.syntax import Problem

SOURCE = "greenfix"


def to_range(index: LineIndex, start: int, end: int, encoding: Encoding) -> types.Range:
    a = index.position_of(start, encoding)
    b = index.position_of(end, encoding)
    return types.Range(types.Position(a.line, a.character), types.Position(b.line, b.character))


def to_diagnostic(index: LineIndex, problem: Problem, encoding: Encoding) -> types.Diagnostic:
    return types.Diagnostic(
        range=to_range(index, problem.start, problem.end, encoding),
        message=problem.message,
        severity=types.DiagnosticSeverity.Error,
        source=SOURCE,
        code="syntax-error",
    )


def to_text_edit(index: LineIndex, edit: Edit, encoding: Encoding) -> types.TextEdit:
    return types.TextEdit(range=to_range(index, edit.start, edit.end, encoding), new_text=edit.new_text)


def workspace_edit(
    uri: str, version: int | None, edits: list[types.TextEdit], use_document_changes: bool
) -> types.WorkspaceEdit:
    """A WorkspaceEdit that names the document version it was computed for, when the
    client understands versioned edits, so that a stale edit is refused by the editor."""
    if use_document_changes:
        return types.WorkspaceEdit(
            document_changes=[
                types.TextDocumentEdit(
                    text_document=types.OptionalVersionedTextDocumentIdentifier(uri=uri, version=version),
                    edits=list(edits),
                )
            ]
        )
    return types.WorkspaceEdit(changes={uri: list(edits)})


def confirmed_workspace_edit(
    uri: str, version: int | None, edits: list[types.TextEdit], label: str, description: str
) -> types.WorkspaceEdit:
    """A versioned edit the editor shows as a preview before applying
    (a change annotation with `needsConfirmation`)."""
    annotation = "greenfix"
    return types.WorkspaceEdit(
        document_changes=[
            types.TextDocumentEdit(
                text_document=types.OptionalVersionedTextDocumentIdentifier(uri=uri, version=version),
                edits=[types.AnnotatedTextEdit(range=e.range, new_text=e.new_text, annotation_id=annotation) for e in edits],
            )
        ],
        change_annotations={annotation: types.ChangeAnnotation(label=label, needs_confirmation=True, description=description)},
    )
