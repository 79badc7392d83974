"""Typing while Refine with tests runs: 50 random edits arrive during the job. The
fix is rebased when the function's text is untouched, refused otherwise, and never
applied to text it was not computed for."""

from __future__ import annotations

import asyncio
import random
import textwrap
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pygls.uris import from_fs_path
from pytest_lsp import LanguageClient

from greenfix.analysis.document import SourceDocument
from greenfix.analysis.targets import function_named
from tests.support.lsp import SERVER, apply_text_edits, capabilities, diagnostics_for, open_document

SOURCE = textwrap.dedent(
    """\
    import time


    def double(x):
        time.sleep(0.2)
        return x * 3


    def other(values):
        total = 0
        for value in values:
            total += value
        return total
    """
)
FIXED_DOUBLE = "def double(x):\n    time.sleep(0.2)\n    return x * 2"


@pytest_lsp.fixture(config=SERVER)
async def client(lsp_client: LanguageClient):
    lsp_client.text = ""  # type: ignore[attr-defined]
    lsp_client.version = 1  # type: ignore[attr-defined]
    lsp_client.edits_seen = []  # type: ignore[attr-defined]

    @lsp_client.feature(types.WORKSPACE_APPLY_EDIT)
    def apply_edit(params: types.ApplyWorkspaceEditParams) -> types.ApplyWorkspaceEditResult:
        (change,) = params.edit.document_changes
        # Like VS Code: refuse an edit for another version than the buffer's.
        if change.text_document.version != lsp_client.version:  # type: ignore[attr-defined]
            return types.ApplyWorkspaceEditResult(applied=False, failure_reason="stale version")
        lsp_client.edits_seen.append(change)  # type: ignore[attr-defined]
        lsp_client.text = apply_text_edits(lsp_client.text, change.edits)  # type: ignore[attr-defined]
        return types.ApplyWorkspaceEditResult(applied=True)

    await lsp_client.initialize_session(types.InitializeParams(capabilities=capabilities()))
    yield
    await lsp_client.shutdown_session()


def project(root: Path) -> str:
    (root / "tests").mkdir(parents=True)
    (root / "pyproject.toml").write_text("[tool.greenfix]\n")
    (root / "calc.py").write_text(SOURCE)
    (root / "tests" / "test_calc.py").write_text(
        "from calc import double, other\n\n\ndef test_double():\n    assert double(2) == 4\n\n\ndef test_other():\n    assert other([1, 2]) == 3\n"
    )
    return from_fs_path(str(root / "calc.py"))


def random_edit(rng: random.Random, text: str, inside: bool) -> tuple[types.Range, str, str]:
    """A small edit inside `double` (its body) or elsewhere (a comment line at the end)."""
    lines = text.splitlines(keepends=True)
    if inside:
        line = next(i for i, l in enumerate(lines) if l.startswith("    return x"))
        column = len(lines[line].rstrip("\n"))
        new = f"  # typed {rng.randint(0, 999)}"
    else:
        line, column = len(lines), 0
        new = f"# note {rng.randint(0, 999)}\n"
    position = types.Position(line, column)
    return types.Range(position, position), new, apply_text_edits(text, [types.TextEdit(types.Range(position, position), new)])


@pytest.mark.parametrize("inside", [False, True], ids=["typing-elsewhere", "typing-in-the-function"])
async def test_fix_is_rebased_or_refused_never_misapplied(client: LanguageClient, tmp_path: Path, inside: bool):
    uri = project(tmp_path / "calc")
    client.text = SOURCE  # type: ignore[attr-defined]
    open_document(client, uri, SOURCE)
    await diagnostics_for(client, uri, version=1)
    job = asyncio.ensure_future(client.workspace_execute_command_async(types.ExecuteCommandParams("greenfix.refine", [uri, "double"])))
    rng = random.Random(7)
    for n in range(50):
        # The first edit in the function comes mid-way; the rest land elsewhere.
        edit_range, new, text = random_edit(rng, client.text, inside=inside and n == 25)  # type: ignore[attr-defined]
        client.version += 1  # type: ignore[attr-defined]
        client.text = text  # type: ignore[attr-defined]
        client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=client.version),  # type: ignore[attr-defined]
                content_changes=[types.TextDocumentContentChangePartial(range=edit_range, text=new)],
            )
        )
        await asyncio.sleep(0.02)
    typed = client.text  # type: ignore[attr-defined]
    result = await asyncio.wait_for(job, 120)

    assert result["status"] == "fixed"
    if inside:
        assert result["applied"] is False
        assert client.edits_seen == []  # type: ignore[attr-defined]
        assert client.text == typed  # type: ignore[attr-defined]
        assert any("changed while refining" in m.message for m in client.messages)
    else:
        assert result["applied"] is True and result["rebased"] is True
        final = client.text  # type: ignore[attr-defined]
        document = SourceDocument(final)
        double = function_named(document, "double")
        assert document.data[double.start : double.end].decode() == FIXED_DOUBLE
        # Everything the user typed is still there.
        assert final.replace(FIXED_DOUBLE, "") == typed.replace(FIXED_DOUBLE.replace("* 2", "* 3"), "")
