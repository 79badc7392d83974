"""Quick fixes for syntax problems whose repair is structurally certain,
and `source.fixAll.greenfix` applying every such fix in a file."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lsprotocol import types

from greenfix.analysis.document import SourceDocument
from greenfix.analysis.syntax import find_problems
from greenfix.analysis.syntax_fixes import certain_fixes, fix_all

from .code_actions import ActionRequest, register, wanted
from .convert import to_diagnostic, to_text_edit, workspace_edit

if TYPE_CHECKING:
    from .app import GreenfixServer

FIX_ALL_KIND = "source.fixAll.greenfix"


class SyntaxFixProvider:
    name = "syntax"
    kinds = (types.CodeActionKind.QuickFix.value, FIX_ALL_KIND)

    def actions(self, server: "GreenfixServer", request: ActionRequest) -> list[types.CodeAction]:
        source = request.document.source
        problems = find_problems(source)
        encoding = server.documents.encoding
        result: list[types.CodeAction] = []
        if wanted(types.CodeActionKind.QuickFix.value, request.only):
            near = [p for p in problems if p.start <= request.end and request.start <= p.end]
            for fix in certain_fixes(source, problems, near):
                edit = workspace_edit(
                    request.document.uri,
                    request.document.version,
                    [to_text_edit(source.index, fix.edit, encoding)],
                    server.supports_document_changes,
                )
                result.append(
                    types.CodeAction(
                        title=fix.title,
                        kind=types.CodeActionKind.QuickFix,
                        diagnostics=[to_diagnostic(source.index, fix.problem, encoding)],
                        is_preferred=True,
                        edit=edit,
                    )
                )
        if request.only and wanted(FIX_ALL_KIND, request.only):
            action = self.fix_all(server, request)
            if action is not None:
                result.append(action)
        return result

    def fix_all(self, server: "GreenfixServer", request: ActionRequest) -> types.CodeAction | None:
        """Every certain fix of the file that is sound with the others, as one action."""
        source = request.document.source
        fixes = fix_all(source, find_problems(source))
        if not fixes:
            return None
        encoding = server.documents.encoding
        edits = [to_text_edit(source.index, f.edit, encoding) for f in sorted(fixes, key=lambda f: f.edit.start)]
        return types.CodeAction(
            title=f"Fix {len(fixes)} syntax problem{'s' if len(fixes) > 1 else ''} (greenfix)",
            kind=FIX_ALL_KIND,
            edit=workspace_edit(request.document.uri, request.document.version, edits, server.supports_document_changes),
        )

    async def resolve(self, server: "GreenfixServer", action: types.CodeAction) -> types.CodeAction:
        return action  # listed complete: verifying a fix already computed its edit


def without_certain_fix(source: SourceDocument) -> list[str]:
    """The file's syntax problems no fix is certain for, as "line N: message"."""
    problems = find_problems(source)
    fixed = {f.problem for f in fix_all(source, problems)}
    return [f"line {source.index.line_of(p.start) + 1}: {p.message}" for p in problems if p not in fixed]


register(SyntaxFixProvider())
