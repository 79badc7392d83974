// A fix from Refine with tests, seen before it applies: the file against the file
// with the fix, as a VS Code diff, with the evidence and Accept / Discard (in a
// notification, and as buttons on the diff's title bar). Accept applies exactly the
// edit the server computed, for the document version it names; nothing is saved.
import * as vscode from "vscode";
import { LanguageClient, TextDocumentEdit } from "vscode-languageclient/node";
import { RefineResult, evidenceText } from "./outcomes";

export const FIX_SCHEME = "greenfix-fix";
const PENDING_CONTEXT = "greenfix.fixPending";
const ACCEPT = "Accept";
const DISCARD = "Discard";
const REFINE_AGAIN = "Refine again";

/** What became of a previewed fix. "stale": the file changed before Accept. */
export type Decision = "accepted" | "discarded" | "stale" | "failed";

interface Pending {
  document: vscode.Uri;
  edit: vscode.WorkspaceEdit;
  version: number;
  target: string;
  decide: (decision: Decision) => void;
}

export class FixPreviews implements vscode.Disposable, vscode.TextDocumentContentProvider {
  private readonly texts = new Map<string, string>();
  private readonly pending = new Map<string, Pending>(); // by preview uri
  private readonly disposables: vscode.Disposable[];
  private count = 0;

  constructor(private readonly log: (line: string) => void) {
    this.disposables = [
      vscode.workspace.registerTextDocumentContentProvider(FIX_SCHEME, this),
      // Closing the diff without a choice is a Discard.
      vscode.window.tabGroups.onDidChangeTabs(({ closed }) => {
        for (const tab of closed) {
          const modified = tab.input instanceof vscode.TabInputTextDiff ? tab.input.modified : undefined;
          if (modified?.scheme === FIX_SCHEME) {
            this.pending.get(modified.toString())?.decide("discarded");
          }
        }
      }),
    ];
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.toString()) ?? "";
  }

  /** Shows the fix in `result` for the function `target`; resolves when the user has
   * chosen. `refineAgain` runs Refine with tests again, offered when the file changed. */
  async show(client: LanguageClient, result: RefineResult, target: string, refineAgain: () => void): Promise<Decision> {
    const change = (result.edit?.documentChanges ?? []).find(TextDocumentEdit.is);
    const version = change?.textDocument.version;
    const edit = await client.protocol2CodeConverter.asWorkspaceEdit(result.edit);
    if (change === undefined || typeof version !== "number" || edit === undefined) {
      this.log(`The fix for ${target} came without a versioned edit; it was not shown.`);
      void vscode.window.showErrorMessage(`greenfix: the fix for ${target} came without a versioned edit, so it is not applied.`);
      return "failed";
    }
    const documentUri = client.protocol2CodeConverter.asUri(change.textDocument.uri);
    const document = await vscode.workspace.openTextDocument(documentUri);
    if (document.version !== version) {
      return this.stale(document, target, refineAgain);
    }
    for (const pending of this.pending.values()) {
      if (pending.document.toString() === documentUri.toString()) {
        pending.decide("discarded"); // a newer fix for the same file replaces it
      }
    }
    const preview = documentUri.with({ scheme: FIX_SCHEME, query: String(++this.count) });
    this.texts.set(preview.toString(), withEdits(document, edit.get(documentUri)));
    const decision = new Promise<Decision>((resolve) => {
      const pending: Pending = {
        document: documentUri,
        edit,
        version,
        target,
        decide: (decision) => {
          if (this.pending.delete(preview.toString())) {
            this.texts.delete(preview.toString());
            void this.updateContext();
            void closeDiff(preview);
            resolve(decision);
          }
        },
      };
      this.pending.set(preview.toString(), pending);
    });
    void this.updateContext();
    const title = `${vscode.workspace.asRelativePath(documentUri)}: fix for ${target} (greenfix)`;
    await vscode.commands.executeCommand("vscode.diff", documentUri, preview, title, { preview: false });
    const notify = result.evidence?.weak.length ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
    void notify(evidenceText(target, result), ACCEPT, DISCARD).then((choice) => {
      if (choice !== undefined && !this.pending.has(preview.toString())) {
        // Decided already, on the diff's title bar (VS Code cannot take a notification back).
        void vscode.window.showInformationMessage(`greenfix: that fix for ${target} was already accepted or discarded.`);
      } else if (choice === ACCEPT) {
        void this.accept(preview);
      } else if (choice === DISCARD) {
        this.discard(preview);
      }
    });
    const decided = await decision;
    if (decided === "stale") {
      return this.stale(document, target, refineAgain);
    }
    return decided;
  }

  /** Accept: the fix in the active diff, or the one named by `preview`. */
  async accept(preview?: vscode.Uri): Promise<void> {
    const pending = this.find(preview);
    if (pending === undefined) {
      return;
    }
    const document = await vscode.workspace.openTextDocument(pending.document);
    if (document.version !== pending.version) {
      pending.decide("stale");
      return;
    }
    const applied = await vscode.workspace.applyEdit(pending.edit);
    if (!applied) {
      this.log(`VS Code did not apply the fix for ${pending.target}.`);
      void vscode.window.showErrorMessage(`greenfix: VS Code did not apply the fix for ${pending.target}.`);
    }
    pending.decide(applied ? "accepted" : "failed");
  }

  discard(preview?: vscode.Uri): void {
    this.find(preview)?.decide("discarded");
  }

  dispose(): void {
    [...this.pending.values()].forEach((pending) => pending.decide("discarded"));
    this.disposables.forEach((disposable) => disposable.dispose());
  }

  private find(preview?: vscode.Uri): Pending | undefined {
    const active = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
    const uri = preview ?? (active instanceof vscode.TabInputTextDiff ? active.modified : undefined);
    return uri === undefined ? undefined : this.pending.get(uri.toString());
  }

  private stale(document: vscode.TextDocument, target: string, refineAgain: () => void): Decision {
    const message = `greenfix: ${vscode.workspace.asRelativePath(document.uri)} changed since the fix for ${target} was found, so it was not applied.`;
    this.log(`${message.replace("greenfix: ", "")} Run Refine with tests again for a fix of the current text.`);
    void vscode.window.showWarningMessage(message, REFINE_AGAIN).then((choice) => {
      if (choice === REFINE_AGAIN) {
        refineAgain();
      }
    });
    return "stale";
  }

  private async updateContext(): Promise<void> {
    await vscode.commands.executeCommand("setContext", PENDING_CONTEXT, this.pending.size > 0);
  }
}

/** The document's text with `edits` applied (the right side of the diff). */
function withEdits(document: vscode.TextDocument, edits: vscode.TextEdit[]): string {
  const text = document.getText();
  const ordered = [...edits].sort((a, b) => document.offsetAt(b.range.start) - document.offsetAt(a.range.start));
  return ordered.reduce(
    (result, edit) => result.slice(0, document.offsetAt(edit.range.start)) + edit.newText + result.slice(document.offsetAt(edit.range.end)),
    text,
  );
}

async function closeDiff(preview: vscode.Uri): Promise<void> {
  const tabs = vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter(
    (tab) => tab.input instanceof vscode.TabInputTextDiff && tab.input.modified.toString() === preview.toString(),
  );
  if (tabs.length > 0) {
    await vscode.window.tabGroups.close(tabs);
  }
}
