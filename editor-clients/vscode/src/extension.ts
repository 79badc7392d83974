// The greenfix extension: starts `greenfix serve`, passes the settings, and
// offers the server's commands. Everything it shows comes from the server.
import * as vscode from "vscode";
import {
  DidChangeConfigurationNotification,
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  State,
  TransportKind,
} from "vscode-languageclient/node";
import { resolveServerCommand } from "./serverCommand";
import { serverSettings } from "./settings";
import { ServerStatus } from "./status";

// Command ids the server registers; the language client registers VS Code
// commands under these same ids, so the extension's own commands are named apart.
const SERVER_REFINE = "greenfix.refine";
const SERVER_RUN_TESTS = "greenfix.runTests";
const SERVER_FIX_FILE = "greenfix.fixFile";
const SERVER_REWRITE = "greenfix.rewriteFunction";

const HOW_TO_INSTALL = "How to install";
const OPEN_SETTINGS = "Open settings";
const SHOW_OUTPUT = "Show output";

let client: LanguageClient | undefined;
let output: vscode.OutputChannel;
let status: ServerStatus;
let extensionUri: vscode.Uri;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  extensionUri = context.extensionUri;
  output = vscode.window.createOutputChannel("greenfix");
  status = new ServerStatus();
  context.subscriptions.push(
    output,
    status,
    vscode.commands.registerCommand("greenfix.refineWithTests", refineWithTests),
    vscode.commands.registerCommand("greenfix.runProjectTests", runProjectTests),
    vscode.commands.registerCommand("greenfix.fixCurrentFile", fixCurrentFile),
    vscode.commands.registerCommand("greenfix.restartServer", restartServer),
    vscode.commands.registerCommand("greenfix.showOutput", () => output.show(true)),
    vscode.workspace.onDidChangeConfiguration(onConfigurationChanged),
  );
  await startServer();
}

export async function deactivate(): Promise<void> {
  await stopServer();
}

async function startServer(): Promise<void> {
  const config = vscode.workspace.getConfiguration("greenfix");
  const folders = (vscode.workspace.workspaceFolders ?? []).map((folder) => folder.uri.fsPath);
  const server = resolveServerCommand(config.get<string | string[]>("server.command"), folders);
  if (server === undefined) {
    status.setState("missing");
    output.appendLine("greenfix: no greenfix found in the workspace's .venv or venv, nor on PATH");
    void offerInstallHelp("greenfix: the greenfix language server was not found in the workspace's virtualenv or on PATH.");
    return;
  }
  const settings = serverSettings(config);
  output.appendLine(`greenfix: starting ${[server.command, ...server.args].join(" ")} with settings ${JSON.stringify(settings)}`);
  // TransportKind.stdio appends --stdio to the command line; `greenfix serve` accepts it.
  const serverOptions: ServerOptions = {
    command: server.command,
    args: server.args,
    transport: TransportKind.stdio,
    options: { cwd: folders[0] },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: "file", language: "python" }],
    initializationOptions: settings,
    outputChannel: output,
    middleware: {
      executeCommand: async (command, args, next) => {
        const completed = await completeArguments(command, args);
        return completed === undefined ? undefined : status.track(command, async () => next(command, completed));
      },
    },
  };
  const started = new LanguageClient("greenfix", "greenfix", serverOptions, clientOptions);
  started.onDidChangeState(({ newState }) => {
    status.setState(newState === State.Running ? "running" : newState === State.Starting ? "starting" : "stopped");
  });
  client = started;
  status.setState("starting");
  try {
    await started.start();
  } catch (error) {
    status.setState("stopped");
    output.appendLine(`greenfix: the server did not start: ${String(error)}`);
    void offerInstallHelp(`greenfix: could not start '${server.command}': ${String(error)}`);
  }
}

async function stopServer(): Promise<void> {
  const stopping = client;
  client = undefined;
  if (stopping?.isRunning()) {
    await stopping.stop();
  }
  await stopping?.dispose();
}

async function restartServer(): Promise<void> {
  await stopServer();
  await startServer();
}

async function onConfigurationChanged(event: vscode.ConfigurationChangeEvent): Promise<void> {
  if (event.affectsConfiguration("greenfix.server")) {
    await restartServer();
  } else if (event.affectsConfiguration("greenfix") && client?.isRunning()) {
    // Sent by hand rather than through `synchronize.configurationSection`: that
    // would also send `server.command`, which the server rejects as unknown.
    const settings = serverSettings(vscode.workspace.getConfiguration("greenfix"));
    output.appendLine(`greenfix: settings changed: ${JSON.stringify(settings)}`);
    await client.sendNotification(DidChangeConfigurationNotification.type, { settings: { greenfix: settings } });
  }
}

async function offerInstallHelp(message: string): Promise<void> {
  const choice = await vscode.window.showErrorMessage(message, HOW_TO_INSTALL, OPEN_SETTINGS, SHOW_OUTPUT);
  if (choice === HOW_TO_INSTALL) {
    await vscode.commands.executeCommand("markdown.showPreview", vscode.Uri.joinPath(extensionUri, "README.md"));
  } else if (choice === OPEN_SETTINGS) {
    await vscode.commands.executeCommand("workbench.action.openSettings", "greenfix.server.command");
  } else if (choice === SHOW_OUTPUT) {
    output.show(true);
  }
}

/** Runs a server command through the language client's own registration of it,
 * so progress, errors and the status bar treat every caller alike. */
async function runServerCommand<T>(command: string, ...args: unknown[]): Promise<T | undefined> {
  if (!client?.isRunning()) {
    const choice = await vscode.window.showErrorMessage("greenfix: the server is not running.", SHOW_OUTPUT);
    if (choice === SHOW_OUTPUT) {
      output.show(true);
    }
    return undefined;
  }
  return vscode.commands.executeCommand<T>(command, ...args);
}

/** The server's "Rewrite function with model" action leaves the instruction to
 * the editor: ask for it. Undefined when the user cancels. */
async function completeArguments(command: string, args: unknown[]): Promise<unknown[] | undefined> {
  if (command !== SERVER_REWRITE || args.length !== 2) {
    return args;
  }
  const instruction = await vscode.window.showInputBox({
    title: "Rewrite function with model",
    prompt: `How should ${String(args[1])} change?`,
    ignoreFocusOut: true,
  });
  return instruction === undefined ? undefined : [...args, instruction];
}

function activePythonEditor(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (editor?.document.languageId !== "python") {
    void vscode.window.showWarningMessage("greenfix: open a Python file first.");
    return undefined;
  }
  return editor;
}

async function refineWithTests(): Promise<void> {
  const editor = activePythonEditor();
  if (editor === undefined) {
    return;
  }
  const { line, character } = editor.selection.active;
  await runServerCommand(SERVER_REFINE, editor.document.uri.toString(), { line, character });
}

async function runProjectTests(): Promise<void> {
  const uri = vscode.window.activeTextEditor?.document.uri.toString();
  const summary = await runServerCommand<{ passed: number; failed: number }>(SERVER_RUN_TESTS, ...(uri ? [uri] : []));
  if (summary !== undefined) {
    vscode.window.setStatusBarMessage(`greenfix: ${summary.passed} passed, ${summary.failed} failed`, 10_000);
  }
}

async function fixCurrentFile(): Promise<void> {
  const editor = activePythonEditor();
  if (editor === undefined) {
    return;
  }
  const result = await runServerCommand<{ applied: boolean; fixes: number; refined: Record<string, string> }>(
    SERVER_FIX_FILE,
    editor.document.uri.toString(),
  );
  if (result !== undefined && result.fixes === 0 && Object.keys(result.refined ?? {}).length === 0) {
    void vscode.window.showInformationMessage("greenfix: nothing to fix in this file (no syntax problem, no failing test).");
  }
}
