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
 * project's own `[tool.greenfix]`, which the server ranks below editor settings.
 * An empty string is unset (the Settings UI's way to clear a text box). */
export function serverSettings(config: vscode.WorkspaceConfiguration, workspaceFolder = ""): Record<string, unknown> {
  const settings: Record<string, unknown> = {};
  for (const key of SERVER_KEYS) {
    const found = config.inspect(key);
    const value = found?.workspaceFolderValue ?? found?.workspaceValue ?? found?.globalValue;
    if (typeof value === "string" && value.trim() !== "") {
      settings[key] = key === "python" ? value.trim().split("${workspaceFolder}").join(workspaceFolder) : value.trim();
    } else if (value !== undefined && value !== null && typeof value !== "string") {
      settings[key] = value;
    }
  }
  return settings;
}
