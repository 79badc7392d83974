// The greenfix extension: starts `greenfix serve`, passes the settings, and runs
// the server's commands: long ones under a cancellable notification, a fix from
// Refine with tests as a diff to Accept or Discard. The "greenfix" output says what
// each job tried and found; the server's own log goes to "greenfix server".
import * as vscode from "vscode";
import {
  ApplyWorkspaceEditRequest,
  DidChangeConfigurationNotification,
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  ShowMessageNotification,
  State,
  StaticFeature,
  TransportKind,
} from "vscode-languageclient/node";
import { applyServerEdit } from "./applyEdit";
import { CancelledByUser, Jobs } from "./jobs";
import { ServerMessages } from "./messages";
import { FixPreviews } from "./fixPreview";
import {
  FixFileResult,
  RefineResult,
  TestsResult,
  fixFileOutcome,
  isPreview,
  refineOutcome,
  testsOutcome,
} from "./outcomes";
import { programExists, resolveServerCommand } from "./serverCommand";
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

/** Tells the server that this client shows a refine's fix itself (server/lsp/delivery.py). */
const previewCapability: StaticFeature = {
  fillClientCapabilities(capabilities) {
    capabilities.experimental = { ...(capabilities.experimental as object | undefined), greenfix: { refinePreview: true } };
  },
  initialize() {},
  getState: () => ({ kind: "static" }),
  clear() {},
};

let client: LanguageClient | undefined;
let output: vscode.OutputChannel;
let serverLog: vscode.OutputChannel;
let status: ServerStatus;
let jobs: Jobs;
let previews: FixPreviews;
let messages: ServerMessages;
let extensionUri: vscode.Uri;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  extensionUri = context.extensionUri;
  output = vscode.window.createOutputChannel("greenfix");
  serverLog = vscode.window.createOutputChannel("greenfix server");
  status = new ServerStatus();
  jobs = new Jobs();
  previews = new FixPreviews(log);
  messages = new ServerMessages(context, log);
  const asUri = (value: unknown): vscode.Uri | undefined => (value instanceof vscode.Uri ? value : undefined);
  context.subscriptions.push(
    output,
    serverLog,
    status,
    previews,
    vscode.commands.registerCommand("greenfix.refineWithTests", refineWithTests),
    vscode.commands.registerCommand("greenfix.runProjectTests", runProjectTests),
    vscode.commands.registerCommand("greenfix.fixCurrentFile", fixCurrentFile),
    vscode.commands.registerCommand("greenfix.restartServer", restartServer),
    vscode.commands.registerCommand("greenfix.showOutput", () => output.show(true)),
    vscode.commands.registerCommand("greenfix.acceptFix", (uri: unknown) => previews.accept(asUri(uri))),
    vscode.commands.registerCommand("greenfix.discardFix", (uri: unknown) => previews.discard(asUri(uri))),
    vscode.workspace.onDidChangeConfiguration(onConfigurationChanged),
  );
  await startServer();
}

export async function deactivate(): Promise<void> {
  await stopServer();
}

function log(line: string): void {
  output.appendLine(`[${new Date().toLocaleTimeString()}] ${line}`);
}

async function startServer(): Promise<void> {
  const config = vscode.workspace.getConfiguration("greenfix");
  const folders = (vscode.workspace.workspaceFolders ?? []).map((folder) => folder.uri.fsPath);
  const server = resolveServerCommand(config.get<string | string[]>("server.command"), folders);
  if (server === undefined) {
    status.setState("missing");
    log("no greenfix found in the workspace's .venv or venv, nor on PATH");
    void offerInstallHelp("greenfix: the greenfix language server was not found in the workspace's virtualenv or on PATH.");
    return;
  }
  if (!programExists(server.command)) {
    status.setState("stopped");
    log(`cannot start the server: '${server.command}' is not an executable program (greenfix.server.command)`);
    void offerInstallHelp(`greenfix: could not start '${server.command}': there is no such program.`);
    return;
  }
  const settings = serverSettings(config, folders[0]);
  log(`starting ${[server.command, ...server.args].join(" ")} with settings ${JSON.stringify(settings)}`);
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
    outputChannel: serverLog,
    middleware: {
      // Every server command, from the palette or from a code action, runs here.
      executeCommand: (command, args) => runCommand(command, args),
      handleWorkDoneProgress: jobs.handleProgress,
    },
  };
  const started = new LanguageClient("greenfix", "greenfix", serverOptions, clientOptions);
  started.registerFeature(previewCapability);
  started.onNotification(ShowMessageNotification.type, messages.show); // replaces the client's own toasts
  started.onRequest(ApplyWorkspaceEditRequest.type, (params) => applyServerEdit(started, params)); // replaces the client's own
  started.onDidChangeState(({ newState }) => {
    status.setState(newState === State.Running ? "running" : newState === State.Starting ? "starting" : "stopped");
    if (newState === State.Stopped && client === started) {
      log("the server stopped; its log is in the 'greenfix server' output");
    }
  });
  client = started;
  status.setState("starting");
  try {
    await started.start();
  } catch (error) {
    status.setState("stopped");
    log(`the server did not start: ${String(error)}`);
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
  // Stopping drops the failing-test diagnostics; where there were some, the tests run again.
  const failing = vscode.languages
    .getDiagnostics()
    .filter(([, diagnostics]) => diagnostics.some((d) => d.source === "greenfix" && d.code === "failing-test"))
    .map(([uri]) => uri.toString());
  log("restarting the server");
  await stopServer();
  await startServer();
  if (failing.length > 0 && client?.isRunning()) {
    log("running the tests again, as failing tests were shown before the restart");
    await runTests(failing[0], true);
  }
}

async function onConfigurationChanged(event: vscode.ConfigurationChangeEvent): Promise<void> {
  if (event.affectsConfiguration("greenfix.server")) {
    await restartServer();
  } else if (event.affectsConfiguration("greenfix") && client?.isRunning()) {
    // Sent by hand rather than through `synchronize.configurationSection`: that
    // would also send `server.command`, which the server rejects as unknown.
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
    const settings = serverSettings(vscode.workspace.getConfiguration("greenfix"), folder);
    log(`settings changed: ${JSON.stringify(settings)}`);
    await client.sendNotification(DidChangeConfigurationNotification.type, { settings: { greenfix: settings } });
  }
}

async function offerInstallHelp(message: string): Promise<void> {
  const choice = await vscode.window.showErrorMessage(message, HOW_TO_INSTALL, OPEN_SETTINGS, SHOW_OUTPUT);
  if (choice === HOW_TO_INSTALL) {
    await showReadme();
  } else if (choice === OPEN_SETTINGS) {
    await vscode.commands.executeCommand("workbench.action.openSettings", "greenfix.server.command");
  } else if (choice === SHOW_OUTPUT) {
    output.show(true);
  }
}

/** The extension's README, which says how to install the server. The .vsix packs
 * README.md as readme.md, so its name is looked up rather than assumed. */
async function showReadme(): Promise<void> {
  const entries = await vscode.workspace.fs.readDirectory(extensionUri);
  const readme = entries.find(([name]) => name.toLowerCase() === "readme.md");
  if (readme === undefined) {
    log(`no README in ${extensionUri.fsPath}`);
    return;
  }
  await vscode.commands.executeCommand("markdown.showPreview", vscode.Uri.joinPath(extensionUri, readme[0]));
}

/** A server command, whoever asked for it (a code action, the palette, a keybinding). */
async function runCommand(command: string, args: unknown[]): Promise<unknown> {
  if (!client?.isRunning()) {
    const choice = await vscode.window.showErrorMessage("greenfix: the server is not running.", SHOW_OUTPUT);
    if (choice === SHOW_OUTPUT) {
      output.show(true);
    }
    return undefined;
  }
  const uri = typeof args[0] === "string" ? args[0] : undefined;
  switch (command) {
    case SERVER_REFINE:
      return uri === undefined ? undefined : refine(uri, args[1]);
    case SERVER_RUN_TESTS:
      return runTests(uri);
    case SERVER_FIX_FILE:
      return uri === undefined ? undefined : fixFile(uri);
    case SERVER_REWRITE:
      return rewrite(args);
    default:
      return job(command, command, args);
  }
}

/** Runs a server command as a job (notification, status bar); undefined when it was
 * cancelled or failed, which the output and a message say. */
async function job<T>(title: string, command: string, args: unknown[], quiet = false): Promise<T | undefined> {
  const running = client;
  if (running === undefined) {
    return undefined;
  }
  try {
    return await status.track(command, () => jobs.run<T>(running, title, command, args, quiet));
  } catch (error) {
    if (error instanceof CancelledByUser) {
      log(`${title}: cancelled`);
    } else {
      log(`${title} failed: ${error instanceof Error ? error.message : String(error)}`);
      void vscode.window.showErrorMessage(`greenfix: ${title} failed. See the greenfix server output.`);
    }
    return undefined;
  }
}

async function refine(uri: string, where: unknown): Promise<RefineResult | undefined> {
  const target = typeof where === "string" ? where : await functionAt(uri, where);
  const result = await job<RefineResult>(`Refine with tests: ${target}`, SERVER_REFINE, [uri, where]);
  if (result !== undefined) {
    log(refineOutcome(target, result));
    await offerFix(uri, result, target, [uri, where]);
  }
  return result;
}

/** Shows a refine's fix as a diff; once accepted, runs the tests so the failing-test
 * diagnostics clear (or stay) with evidence. */
async function offerFix(uri: string, result: RefineResult, target: string, refineArgs: unknown[]): Promise<void> {
  if (client === undefined || !isPreview(result)) {
    return;
  }
  if (result.diff) {
    output.appendLine(result.diff.trimEnd());
  }
  const again = () => void runCommand(SERVER_REFINE, refineArgs);
  const decision = await previews.show(client, result, target, again);
  log(`the fix for ${target}: ${decision}`);
  if (decision === "accepted") {
    await runTests(uri);
  }
}

async function runTests(uri: string | undefined, quiet = false): Promise<TestsResult | undefined> {
  const summary = await job<TestsResult>("Run tests", SERVER_RUN_TESTS, uri === undefined ? [] : [uri], quiet);
  if (summary !== undefined) {
    log(testsOutcome(summary));
    vscode.window.setStatusBarMessage(`greenfix: ${summary.passed} passed, ${summary.failed} failed`, 10_000);
  }
  return summary;
}

async function fixFile(uri: string): Promise<FixFileResult | undefined> {
  const name = vscode.workspace.asRelativePath(vscode.Uri.parse(uri));
  const result = await job<FixFileResult>(`Fix file: ${name}`, SERVER_FIX_FILE, [uri]);
  if (result === undefined) {
    return undefined;
  }
  log(fixFileOutcome(name, result));
  const fixed = Object.entries(result.refined ?? {}).filter(([, status]) => status === "fixed").map(([qualname]) => qualname);
  for (const qualname of fixed) {
    const preview = result.refines?.[qualname];
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
    if (isPreview(preview) && preview.version === document?.version) {
      await offerFix(uri, preview, qualname, [uri, qualname]);
    } else {
      // The server found it but did not send the fix (or an earlier fix changed the
      // file since): find it again, as its own Refine with tests, shown as a diff.
      log(`Fix file: running Refine with tests for ${qualname} to show its fix`);
      await refine(uri, qualname);
    }
  }
  // What could not be fixed, or that there was nothing to fix, the server says itself.
  return result;
}

/** The server's "Rewrite function with model" action leaves the instruction to
 * the editor: ask for it. */
async function rewrite(args: unknown[]): Promise<unknown> {
  if (args.length !== 2) {
    return job("Rewrite function with model", SERVER_REWRITE, args);
  }
  const instruction = await vscode.window.showInputBox({
    title: "Rewrite function with model",
    prompt: `How should ${String(args[1])} change?`,
    ignoreFocusOut: true,
  });
  if (instruction === undefined) {
    return undefined;
  }
  const result = await job<{ applied?: boolean; message?: string }>(`Rewrite ${String(args[1])}`, SERVER_REWRITE, [...args, instruction]);
  if (result !== undefined) {
    log(`Rewrite ${String(args[1])}: ${result.applied ? "applied" : "not applied"}${result.message ? `: ${result.message}` : ""}`);
  }
  return result;
}

/** The name of the function around an LSP position, for messages; the server
 * refines whatever function is there. */
async function functionAt(uri: string, where: unknown): Promise<string> {
  const line = typeof where === "object" && where !== null ? Number((where as { line?: unknown }).line) : NaN;
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
  if (document === undefined || !Number.isInteger(line)) {
    return "the function at the cursor";
  }
  for (let at = Math.min(line, document.lineCount - 1); at >= 0; at--) {
    const found = /^\s*(?:async\s+)?def\s+(\w+)/.exec(document.lineAt(at).text);
    if (found) {
      return found[1];
    }
  }
  return "the function at the cursor";
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
  if (editor !== undefined) {
    const { line, character } = editor.selection.active;
    await runCommand(SERVER_REFINE, [editor.document.uri.toString(), { line, character }]);
  }
}

async function runProjectTests(): Promise<void> {
  const uri = vscode.window.activeTextEditor?.document.uri.toString();
  await runCommand(SERVER_RUN_TESTS, uri === undefined ? [] : [uri]);
}

async function fixCurrentFile(): Promise<void> {
  const editor = activePythonEditor();
  if (editor !== undefined) {
    await runCommand(SERVER_FIX_FILE, [editor.document.uri.toString()]);
  }
}
