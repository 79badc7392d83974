// The server's `window/showMessage`: each goes to the output, and is shown as VS
// Code would, except the no-model notice, which is shown at most once per workspace
// and never again after "Don't show again".
import * as vscode from "vscode";
import { MessageType, ShowMessageParams } from "vscode-languageclient/node";

// The start of the server's NO_MODEL_MESSAGE (server/lsp/model_actions.py).
const NO_MODEL = "greenfix: no model is configured";
const SHOWN_IN_WORKSPACE = "greenfix.noModelNotice.shown";
const NEVER_AGAIN = "greenfix.noModelNotice.dismissed";
const OPEN_SETTINGS = "Open settings";
const DONT_SHOW_AGAIN = "Don't show again";

export class ServerMessages {
  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly log: (line: string) => void,
  ) {}

  readonly show = (params: ShowMessageParams): void => {
    const kind = params.type === MessageType.Error ? "error" : params.type === MessageType.Warning ? "warning" : "info";
    this.log(`server (${kind}): ${params.message.replace(/^greenfix: /, "")}`);
    if (params.message.startsWith(NO_MODEL)) {
      void this.noModelNotice();
    } else if (params.type === MessageType.Error) {
      void vscode.window.showErrorMessage(params.message);
    } else if (params.type === MessageType.Warning) {
      void vscode.window.showWarningMessage(params.message);
    } else {
      void vscode.window.showInformationMessage(params.message);
    }
  };

  private async noModelNotice(): Promise<void> {
    if (this.context.globalState.get(NEVER_AGAIN)) {
      this.log("(the no-model notice is not shown: Don't show again was chosen)");
      return;
    }
    if (this.context.workspaceState.get(SHOWN_IN_WORKSPACE)) {
      this.log("(the no-model notice was shown in this workspace before, so not again)");
      return;
    }
    await this.context.workspaceState.update(SHOWN_IN_WORKSPACE, true);
    const choice = await vscode.window.showInformationMessage(
      "greenfix: no model is configured. Syntax fixes and Refine with tests work without one " +
        "(the embedded engine); set greenfix.model to also get fixes from a model.",
      OPEN_SETTINGS,
      DONT_SHOW_AGAIN,
    );
    if (choice === OPEN_SETTINGS) {
      await vscode.commands.executeCommand("workbench.action.openSettings", "greenfix.model");
    } else if (choice === DONT_SHOW_AGAIN) {
      await this.context.globalState.update(NEVER_AGAIN, true);
      this.log("the no-model notice will not be shown again, in any workspace");
    }
  }
}
