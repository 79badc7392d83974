"""The real server over stdio: failing tests shown on the code under test, and
"Refine with tests" fixing the function with the embedded engine (no model)."""

from __future__ import annotations

import asyncio
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pygls.uris import from_fs_path
from pytest_lsp import LanguageClient

from tests.support.lsp import SERVER, apply_text_edits, capabilities, diagnostics_for, open_document
from tests.support.processes import mark, processes_in_a_copy_of

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest_lsp.fixture(config=SERVER)
async def client(lsp_client: LanguageClient):
    # An editor that applies edits to its buffers and tells the server, as VS Code does.
    lsp_client.buffers = {}  # type: ignore[attr-defined]
    lsp_client.applied = []  # type: ignore[attr-defined]

    @lsp_client.feature(types.WORKSPACE_APPLY_EDIT)
    def apply_edit(params: types.ApplyWorkspaceEditParams) -> types.ApplyWorkspaceEditResult:
        lsp_client.applied.append(params)  # type: ignore[attr-defined]
        for change in params.edit.document_changes or []:
            uri = change.text_document.uri
            version, text = lsp_client.buffers[uri]  # type: ignore[attr-defined]
            new_text = apply_text_edits(text, change.edits)
            lsp_client.buffers[uri] = (version + 1, new_text)  # type: ignore[attr-defined]
            lsp_client.text_document_did_change(
                types.DidChangeTextDocumentParams(
                    text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version + 1),
                    content_changes=[types.TextDocumentContentChangeWholeDocument(text=new_text)],
                )
            )
        return types.ApplyWorkspaceEditResult(applied=True)

    await lsp_client.initialize_session(types.InitializeParams(capabilities=capabilities()))
    yield
    await lsp_client.shutdown_session()


def open_file(client: LanguageClient, path: Path) -> str:
    uri = from_fs_path(str(path))
    text = path.read_text()
    client.buffers[uri] = (1, text)  # type: ignore[attr-defined]
    open_document(client, uri, text)
    return uri


def failing_tests_on(diagnostics) -> list[types.Diagnostic]:
    return [d for d in diagnostics if d.code == "failing-test"]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    shutil.copytree(EXAMPLES / "discount", tmp_path / "discount")
    (tmp_path / "discount" / "pyproject.toml").write_text("[tool.greenfix]\n")
    return tmp_path / "discount"


async def test_failing_test_shows_on_the_function_and_refine_fixes_it(client: LanguageClient, project: Path):
    uri = open_file(client, project / "pricing.py")
    await diagnostics_for(client, uri, version=1)

    summary = await client.workspace_execute_command_async(types.ExecuteCommandParams("greenfix.runTests", [uri]))
    assert summary["failed"] >= 1
    shown = failing_tests_on(await diagnostics_for(client, uri, until=lambda d: bool(failing_tests_on(d))))
    on_bulk_discount = [d for d in shown if d.data["qualname"] == "bulk_discount"]
    assert on_bulk_discount, shown
    diagnostic = on_bulk_discount[0]
    assert diagnostic.message == "test_ten_items_get_the_discount failed: assert 0.0 == 0.1"
    assert diagnostic.range.start.line == 5  # `def bulk_discount(` in examples/discount/pricing.py
    (related,) = diagnostic.related_information
    assert related.location.uri == from_fs_path(str(project / "tests" / "test_pricing.py"))
    assert related.location.range.start.line == 10  # the assert that failed

    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri),
            range=diagnostic.range,
            context=types.CodeActionContext(diagnostics=[diagnostic]),
        )
    )
    (refine,) = [a for a in actions if a.title == "Refine with tests"]
    assert refine.kind == types.CodeActionKind.QuickFix
    result = await client.workspace_execute_command_async(
        types.ExecuteCommandParams(refine.command.command, refine.command.arguments)
    )
    assert result["status"] == "fixed" and result["applied"] is True

    # The job showed progress: a begin titled after it, rounds reported, an end.
    (refine_progress,) = [
        values for values in client.progress_reports.values()
        if values and values[0].kind == "begin" and values[0].title == "Refine with tests: bulk_discount"
    ]
    assert [v.kind for v in refine_progress][-1] == "end"
    assert any(v.kind == "report" and "round 1" in (v.message or "") for v in refine_progress)
    # The edit asked for a preview and named the version it was computed for.
    (params,) = client.applied  # type: ignore[attr-defined]
    annotation = next(iter(params.edit.change_annotations.values()))
    assert annotation.needs_confirmation is True
    assert params.edit.document_changes[0].text_document.version == 1

    # The fixed buffer passes the project's tests, and the diagnostic is gone.
    _, fixed_text = client.buffers[uri]  # type: ignore[attr-defined]
    assert "if quantity >= 10:" in fixed_text
    final = await diagnostics_for(client, uri, until=lambda d: not failing_tests_on(d))
    assert failing_tests_on(final) == []
    (project / "pricing.py").write_text(fixed_text)
    assert subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"], cwd=project).returncode == 0


async def test_cancelling_refine_stops_it_and_leaves_no_test_process(client: LanguageClient, tmp_path: Path):
    project = tmp_path / "slow"
    (project / "tests").mkdir(parents=True)
    (project / "pyproject.toml").write_text("[tool.greenfix]\n")
    mark(project)
    (project / "slow.py").write_text(
        textwrap.dedent(
            """\
            import time


            def double(x):
                time.sleep(0.3)
                return x * 3 + 0 - 0 * 1
            """
        )
    )
    (project / "tests" / "test_slow.py").write_text(
        "from slow import double\n\n\ndef test_double():\n    assert double(2) == 4\n"
    )
    uri = open_file(client, project / "slow.py")
    await diagnostics_for(client, uri, version=1)

    task = asyncio.ensure_future(
        client.workspace_execute_command_async(types.ExecuteCommandParams("greenfix.refine", [uri, "double"]))
    )
    # Wait until the loop is trying candidates, then press the progress's cancel button.
    for _ in range(200):
        tokens = [t for t, values in client.progress_reports.items() if any(v.kind == "report" and "round" in (v.message or "") for v in values)]
        if tokens:
            break
        await asyncio.sleep(0.1)
    assert tokens, "the refine job reported no progress"
    assert processes_in_a_copy_of(project), "the test runner should be at work in the shadow copy"
    client.window_work_done_progress_cancel(types.WorkDoneProgressCancelParams(token=tokens[0]))
    result = await asyncio.wait_for(task, 30)
    assert result["status"] == "cancelled"
    assert client.applied == []  # type: ignore[attr-defined]
    # The shadow copy is kept for the next job, but no process may still run in it.
    assert processes_in_a_copy_of(project) == []


async def test_fix_all_offers_fix_file_which_refines_every_failing_function(client: LanguageClient, project: Path):
    uri = open_file(client, project / "pricing.py")
    await diagnostics_for(client, uri, version=1)
    await client.workspace_execute_command_async(types.ExecuteCommandParams("greenfix.runTests", [uri]))
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri),
            range=types.Range(types.Position(0, 0), types.Position(0, 0)),
            context=types.CodeActionContext(diagnostics=[], only=["source.fixAll"]),
        )
    )
    (fix_file,) = [a for a in actions if a.command is not None]
    assert fix_file.kind == "source.fixAll.greenfix"
    result = await client.workspace_execute_command_async(
        types.ExecuteCommandParams(fix_file.command.command, fix_file.command.arguments)
    )
    # bulk_discount is fixed; order_total's test passes once it is.
    assert result["refined"]["bulk_discount"] == "fixed"
    _, text = client.buffers[uri]  # type: ignore[attr-defined]
    assert "if quantity >= 10:" in text
