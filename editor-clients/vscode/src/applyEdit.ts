// The server's `workspace/applyEdit` (Fix file's syntax fixes), applied as the
// language client applies it, but answered only once the server has been told of
// the change (`didChange`), so that its next step sees the edited text. The
// client's own handler may answer first: Fix file then refined the text that
// still had the syntax error.
import * as vscode from "vscode";
import {
  ApplyWorkspaceEditParams,
  ApplyWorkspaceEditResult,
  DidChangeTextDocumentNotification,
  LanguageClient,
  TextDocumentEdit,
} from "vscode-languageclient/node";

export async function applyServerEdit(running: LanguageClient, params: ApplyWorkspaceEditParams): Promise<ApplyWorkspaceEditResult> {
  const stale = (params.edit.documentChanges ?? []).filter(TextDocumentEdit.is).some((change) => {
    const uri = running.protocol2CodeConverter.asUri(change.textDocument.uri).toString();
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
    return document !== undefined && typeof change.textDocument.version === "number" && document.version !== change.textDocument.version;
  });
  if (stale) {
    return { applied: false, failureReason: "the document changed since the edit was computed" };
  }
  const edit = await running.protocol2CodeConverter.asWorkspaceEdit(params.edit);
  const sent = new Map<string, number>(); // uri -> the last version the server was told of
  const listener = running
    .getFeature(DidChangeTextDocumentNotification.method)
    .onNotificationSent(({ params }) => sent.set(params.textDocument.uri, params.textDocument.version));
  try {
    const applied = await vscode.workspace.applyEdit(edit);
    const told = () =>
      edit.entries().every(([uri]) => {
        const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
        const version = sent.get(running.code2ProtocolConverter.asUri(uri));
        return document === undefined || (version ?? -1) >= document.version;
      });
    for (let waited = 0; applied && !told() && waited < 2_000; waited += 10) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return { applied };
  } finally {
    listener.dispose();
  }
}
