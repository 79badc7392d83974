// One status bar item: whether the server runs, and which commands it is working on.
import * as vscode from "vscode";

export type ServerState = "starting" | "running" | "stopped" | "missing";

const JOB_NAMES: Record<string, string> = {
  "greenfix.refine": "refining",
  "greenfix.runTests": "running tests",
  "greenfix.fixFile": "fixing",
  "greenfix.rewriteFunction": "rewriting",
};

export class ServerStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem("greenfix.status", vscode.StatusBarAlignment.Left, 0);
  private state: ServerState = "starting";
  private readonly jobs: string[] = [];

  constructor() {
    this.item.name = "greenfix";
    this.item.command = "greenfix.showOutput";
    this.render();
    this.item.show();
  }

  setState(state: ServerState): void {
    this.state = state;
    this.render();
  }

  /** Runs a server command, showing it in the status bar while it runs. */
  async track<T>(command: string, run: () => Promise<T>): Promise<T> {
    const job = JOB_NAMES[command] ?? command;
    this.jobs.push(job);
    this.render();
    try {
      return await run();
    } finally {
      this.jobs.splice(this.jobs.indexOf(job), 1);
      this.render();
    }
  }

  dispose(): void {
    this.item.dispose();
  }

  private render(): void {
    const error = new vscode.ThemeColor("statusBarItem.errorBackground");
    this.item.backgroundColor = this.state === "stopped" || this.state === "missing" ? error : undefined;
    if (this.state === "running" && this.jobs.length > 0) {
      this.item.text = `$(sync~spin) greenfix: ${this.jobs.join(", ")}`;
      this.item.tooltip = "greenfix is working; progress shows in the notification area";
      return;
    }
    const views: Record<ServerState, [string, string]> = {
      starting: ["$(sync~spin) greenfix", "The greenfix server is starting"],
      running: ["$(beaker) greenfix", "The greenfix server is running. Click for its output."],
      stopped: ["$(error) greenfix", "The greenfix server stopped. Click for its output; 'greenfix: Restart server' starts it again."],
      missing: ["$(warning) greenfix: not installed", "No greenfix server found. Set greenfix.server.command or install greenfix."],
    };
    [this.item.text, this.item.tooltip] = views[this.state];
  }
}
