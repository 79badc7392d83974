// Where the greenfix server is: the user's setting, else the workspace's
// virtualenv, else PATH. Kept free of the vscode API so its rules stay plain.
import * as fs from "fs";
import * as path from "path";

export interface ServerCommand {
  command: string;
  args: string[];
}

const EXECUTABLE = process.platform === "win32" ? "greenfix.exe" : "greenfix";
const VENV_BIN = process.platform === "win32" ? "Scripts" : "bin";

/** The command line that starts `greenfix serve`, or undefined when no greenfix is found.
 * `setting` is `greenfix.server.command`: a path to greenfix, or a whole command line. */
export function resolveServerCommand(
  setting: string | string[] | undefined,
  workspaceFolders: string[],
  searchPath: string = process.env.PATH ?? "",
): ServerCommand | undefined {
  const folder = workspaceFolders[0] ?? "";
  const expand = (part: string): string => part.split("${workspaceFolder}").join(folder);
  if (Array.isArray(setting) && setting.length > 0) {
    const [command, ...args] = setting.map(expand);
    return { command, args };
  }
  if (typeof setting === "string" && setting.trim() !== "") {
    return { command: expand(setting.trim()), args: ["serve"] };
  }
  const found = findInVirtualenvs(workspaceFolders) ?? findOnPath(searchPath);
  return found === undefined ? undefined : { command: found, args: ["serve"] };
}

/** True when `command` names an executable file: a path, or a name found on `searchPath`.
 * Checked before starting, so a wrong setting gets one clear message. */
export function programExists(command: string, searchPath: string = process.env.PATH ?? ""): boolean {
  if (command.includes("/") || command.includes(path.sep)) {
    return isExecutable(command);
  }
  // Windows finds `python` as python.exe.
  const names = process.platform === "win32" && path.extname(command) === "" ? [command, `${command}.exe`, `${command}.cmd`] : [command];
  return names.some((name) => findOnPath(searchPath, name) !== undefined);
}

function findInVirtualenvs(workspaceFolders: string[]): string | undefined {
  for (const folder of workspaceFolders) {
    for (const venv of [".venv", "venv"]) {
      const candidate = path.join(folder, venv, VENV_BIN, EXECUTABLE);
      if (isExecutable(candidate)) {
        return candidate;
      }
    }
  }
  return undefined;
}

function findOnPath(searchPath: string, program: string = EXECUTABLE): string | undefined {
  return searchPath
    .split(path.delimiter)
    .filter((dir) => dir !== "")
    .map((dir) => path.join(dir, program))
    .find(isExecutable);
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
