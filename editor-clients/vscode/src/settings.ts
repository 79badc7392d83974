// The settings the server reads (analysis/config.py), taken from `greenfix.*`.
import * as vscode from "vscode";

const SERVER_KEYS = [
  "model",
  "baseUrl",
  "apiKeyEnv",
  "runTestsOnSave",
  "testTimeout",
  "budgetSeconds",
  "maxCandidates",
  "python",
  "passEnv",
] as const;

/** Only the settings the user set: a default sent from here would override the
 * project's own `[tool.greenfix]`, which the server ranks below editor settings. */
export function serverSettings(config: vscode.WorkspaceConfiguration): Record<string, unknown> {
  const settings: Record<string, unknown> = {};
  for (const key of SERVER_KEYS) {
    const found = config.inspect(key);
    const value = found?.workspaceFolderValue ?? found?.workspaceValue ?? found?.globalValue;
    if (value !== undefined && value !== null && value !== "") {
      settings[key] = value;
    }
  }
  return settings;
}
