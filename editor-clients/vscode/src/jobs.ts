// Long server commands (Refine with tests, Run tests, Fix file) run under a
// notification with a Cancel button. The server reports its progress on tokens it
// creates itself; while a command runs, those reports show in its notification
// instead of the status bar, and Cancel cancels them.
//
// Cancelling goes through `window/workDoneProgress/cancel` on the server's tokens,
// not `$/cancelRequest`: pygls answers a cancelled `workspace/executeCommand` at
// once while the command itself goes on, so the notification would close on a job
// that still runs (and Fix file would start its next refine unwatched).
import * as vscode from "vscode";
import {
  ExecuteCommandRequest,
  HandleWorkDoneProgressSignature,
  LanguageClient,
  ProgressToken,
  WorkDoneProgressBegin,
  WorkDoneProgressCancelNotification,
  WorkDoneProgressEnd,
  WorkDoneProgressReport,
} from "vscode-languageclient/node";

type ProgressParams = WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd;

export class CancelledByUser extends Error {
  constructor() {
    super("cancelled");
  }
}

class RunningJob {
  readonly tokens = new Set<ProgressToken>();
  cancelled = false;

  constructor(
    private readonly client: LanguageClient,
    readonly progress: vscode.Progress<{ message?: string }>,
  ) {}

  claim(token: ProgressToken): void {
    this.tokens.add(token);
    if (this.cancelled) {
      this.cancelToken(token); // a job that started after Cancel (Fix file's next refine)
    }
  }

  cancel(): void {
    this.cancelled = true;
    this.tokens.forEach((token) => this.cancelToken(token));
  }

  private cancelToken(token: ProgressToken): void {
    void this.client.sendNotification(WorkDoneProgressCancelNotification.type, { token });
  }
}

export class Jobs {
  private readonly running: RunningJob[] = [];
  private readonly owners = new Map<ProgressToken, RunningJob>();

  /** The language client's `handleWorkDoneProgress` middleware. */
  readonly handleProgress = (token: ProgressToken, params: ProgressParams, next: HandleWorkDoneProgressSignature): void => {
    if (params.kind === "begin" && !this.owners.has(token)) {
      // Jobs of one project run one after another, so the oldest job without a
      // live token is the one this progress belongs to.
      const owner = this.running.find((job) => ![...job.tokens].some((t) => this.owners.get(t) === job));
      if (owner === undefined) {
        next(token, params); // work nobody asked for here (tests run on save): the status bar
        return;
      }
      this.owners.set(token, owner);
      owner.claim(token);
    }
    const owner = this.owners.get(token);
    if (owner === undefined) {
      next(token, params);
      return;
    }
    if (params.kind === "end") {
      this.owners.delete(token);
      next(token, params); // lets the client forget the token
    } else if (params.message) {
      owner.progress.report({ message: params.message });
    }
  };

  /** Sends `command` to the server under a cancellable notification titled `title`
   * (or only in the status bar when `quiet`). Throws CancelledByUser after Cancel. */
  async run<T>(client: LanguageClient, title: string, command: string, args: unknown[], quiet = false): Promise<T> {
    const location = quiet ? vscode.ProgressLocation.Window : vscode.ProgressLocation.Notification;
    return vscode.window.withProgress({ location, title: `greenfix: ${title}`, cancellable: !quiet }, async (progress, cancel) => {
      const job = new RunningJob(client, progress);
      this.running.push(job);
      const listener = cancel.onCancellationRequested(() => job.cancel());
      try {
        const result = await client.sendRequest(ExecuteCommandRequest.type, { command, arguments: args });
        if (job.cancelled) {
          throw new CancelledByUser();
        }
        return result as T;
      } catch (error) {
        // A job cancelled under the server may also end in an error (its test runner was killed).
        throw job.cancelled ? new CancelledByUser() : error;
      } finally {
        listener.dispose();
        this.running.splice(this.running.indexOf(job), 1);
        for (const [token, owner] of this.owners) {
          if (owner === job) {
            this.owners.delete(token);
          }
        }
      }
    });
  }
}
