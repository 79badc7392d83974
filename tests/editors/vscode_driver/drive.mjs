// Drives VS Code (code-server) in headless chromium the way a person would:
// keyboard, keybindings, command palette, menus, notifications, the Problems
// panel, the diff of a fix, the Settings UI.
//
//   node drive.mjs <scenario> <code-server url> <folder> <artifacts dir> <browser profile dir> [more folders]
//
// Prints one line per step; exits 1 with the reason (and a screenshot) when a
// step does not happen in time. The caller checks the files on disk.
import { chromium } from "playwright-core";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";

const [scenario, baseUrl, folder, artifacts, profile, ...moreFolders] = process.argv.slice(2);
const LOGS = process.env.GREENFIX_VSCODE_LOGS; // code-server's logs folder
const STARTED = Date.now();
const STEP_TIMEOUT = 60_000;
const REFINE_TIMEOUT = 120_000;
const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
];

function step(message) {
  console.log(`[${((Date.now() - STARTED) / 1000).toFixed(1).padStart(5)} s] step: ${message}`);
}

const oneLine = (text) => text.replace(/\s+/g, " ").trim();

async function screenshot(page, name) {
  await page.screenshot({ path: path.join(artifacts, `${scenario}-${name}.png`) });
}

/** A screenshot for the README (docs/images/), cropped to the union of `parts`. */
async function readmeShot(page, name, parts) {
  const boxes = (await Promise.all(parts.map((part) => part.boundingBox()))).filter(Boolean);
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  const width = Math.max(...boxes.map((b) => b.x + b.width)) - x;
  const height = Math.max(...boxes.map((b) => b.y + b.height)) - y;
  await page.screenshot({ path: path.join(artifacts, `readme-${name}.png`), clip: { x, y, width, height } });
  step(`README screenshot ${name}`);
}

async function openFolder(page, where = folder) {
  await page.goto(`${baseUrl}/?folder=${encodeURIComponent(where)}`);
  await page.locator(".monaco-workbench").waitFor();
  step(`opened folder ${where}`);
}

async function runCommand(page, title) {
  await page.keyboard.press("F1");
  const input = page.locator(".quick-input-widget input");
  await input.waitFor();
  await input.fill(`>${title}`);
  const row = page.locator(".quick-input-list .monaco-list-row", { hasText: title }).first();
  await row.waitFor();
  await row.click();
  step(`ran command '${title}'`);
}

async function openFile(page, name) {
  await page.keyboard.press("Control+P");
  const input = page.locator(".quick-input-widget input");
  await input.waitFor();
  await input.fill(name);
  await page.locator(".quick-input-list .monaco-list-row", { hasText: name }).first().waitFor();
  await page.keyboard.press("Enter");
  await page.locator(".tabs-container .tab.active", { hasText: name }).waitFor();
  await editorLines(page).waitFor();
  step(`opened ${name}`);
}

/** The text lines of the active editor. */
function editorLines(page) {
  return page.locator(".editor-group-container.active .monaco-editor .view-lines").first();
}

async function goToLine(page, line, column) {
  await editorLines(page).click();
  await runCommand(page, "Go to Line/Column");
  await page.locator(".quick-input-widget input").fill(`:${line}:${column}`);
  await page.keyboard.press("Enter");
  await page.locator(".quick-input-widget").waitFor({ state: "hidden" });
  step(`cursor at line ${line}, column ${column}`);
}

/** Opens `where` and its `file`, and waits for the server to run, as each scenario starts. */
async function openProject(page, file, where = folder) {
  await openFolder(page, where);
  await openFile(page, file);
  await waitForServer(page);
}

async function waitForServer(page) {
  await page.locator(".statusbar-item", { hasText: "greenfix" }).locator(".codicon-beaker").waitFor();
  step("status bar shows the greenfix server running");
}

/** Opens the quick fix menu (Ctrl+.) at the cursor until it lists `title`: a server
 * that has just started may answer the first one empty, and a person asks again. */
async function quickFixMenu(page, title) {
  const item = page.locator(".action-widget .monaco-list-row", { hasText: title }).first();
  for (let attempt = 1; attempt <= 3; attempt++) {
    await page.keyboard.press("Control+.");
    if (await item.waitFor({ timeout: 10_000 }).then(() => true, () => false)) {
      return item;
    }
    await page.keyboard.press("Escape");
  }
  throw new Error(`the quick fix menu did not offer '${title}'`);
}

/** "greenfix: Restart server", then waits until the new server runs. */
async function restartServer(page) {
  await runCommand(page, "greenfix: Restart server");
  await waitForOutput(page, "restarting the server");
  await waitForOutput(page, " with settings ", STEP_TIMEOUT, 2); // started twice now
  await waitForServer(page);
}

async function showProblems(page) {
  await runCommand(page, "View: Focus Problems");
  await page.locator(".markers-panel").waitFor();
}

/** Waits until a row of the Problems panel holds `text`; returns the row's text. */
async function waitForProblem(page, text, timeout = STEP_TIMEOUT) {
  const row = page.locator(".markers-panel .monaco-list-row", { hasText: text }).first();
  await row.waitFor({ timeout });
  const shown = oneLine(await row.innerText());
  step(`Problems panel shows: ${shown}`);
  return shown;
}

async function waitForNoProblem(page, text) {
  await page.locator(".markers-panel .monaco-list-row", { hasText: text }).first().waitFor({ state: "detached" });
  step(`Problems panel no longer shows '${text}'`);
}

async function save(page) {
  await editorLines(page).click();
  await runCommand(page, "File: Save");
  await page.locator(".tabs-container .tab.active.dirty").waitFor({ state: "detached" });
  await page.locator(".quick-input-widget").waitFor({ state: "hidden" });
  step("saved");
}

function toast(page, text) {
  return page.locator(".notification-toast", { hasText: text }).first();
}

async function waitForToast(page, text, timeout = STEP_TIMEOUT) {
  const found = toast(page, text);
  await found.waitFor({ timeout });
  step(`notification: ${oneLine(await found.locator(".notification-list-item-message").innerText())}`);
  return found;
}

/** A notification that may have come some steps ago: its toast, or the notification
 * center once VS Code has hidden the toast (an info toast goes after 10 s, and the
 * quick fix menu alone may take longer to open), where a person would look next.
 * Returns the notification, buttons and all; the caller closes the center. */
async function findNotification(page, text) {
  const shown = toast(page, text);
  if (await shown.waitFor({ timeout: 5_000 }).then(() => true, () => false)) {
    step(`notification: ${oneLine(await shown.locator(".notification-list-item-message").innerText())}`);
    return shown;
  }
  await runCommand(page, "Notifications: Show Notifications");
  const listed = page.locator(".notifications-center.visible .notification-list-item", { hasText: text }).first();
  await listed.waitFor();
  step(`notification: ${oneLine(await listed.locator(".notification-list-item-message").innerText())} (its toast had gone; in the notification center)`);
  return listed;
}

/** Closes the notification center if it is open: while it is, new notifications go there, not to toasts. */
async function closeNotificationCenter(page) {
  const center = page.locator(".notifications-center.visible");
  if (await center.isVisible()) {
    await center.locator(".notifications-center-header").click();
    await page.keyboard.press("Escape");
    await center.waitFor({ state: "detached" });
    step("closed the notification center");
  }
}

async function showOutput(page) {
  await runCommand(page, "greenfix: Show output");
  await page.locator(".panel .view-lines").first().waitFor();
}

/** The texts of the "greenfix" output channels written during this run: VS Code
 * keeps each channel in a file under code-server's logs folder. Read there, the
 * whole channel counts, not only the lines the panel has in view. */
async function outputTexts() {
  const texts = [];
  const walk = async (dir) => {
    for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        await walk(file);
      } else if (/^\d+-greenfix\.log$/.test(entry.name) && (await stat(file)).mtimeMs >= STARTED) {
        texts.push(await readFile(file, "utf8"));
      }
    }
  };
  await walk(LOGS);
  return texts;
}

/** Waits until a greenfix output of this run holds `text` `times` times. */
async function waitForOutput(page, text, timeout = STEP_TIMEOUT, times = 1) {
  const count = (output) => output.split(text).length - 1;
  await poll(async () => (await outputTexts()).some((output) => count(output) >= times), timeout, `'${text}' in the greenfix output`);
  step(`greenfix output shows '${text}'${times > 1 ? ` ${times} times` : ""}`);
}

/** The line of the greenfix output that holds `text`. */
async function outputLine(text) {
  const lines = (await outputTexts()).flatMap((output) => output.split("\n"));
  return lines.find((line) => line.includes(text));
}

async function assertEditorShows(page, text) {
  await editorLines(page).filter({ hasText: text }).waitFor();
  step(`editor shows '${text}'`);
}

/** Fails if `locator` appears within `ms` (what must not happen). */
async function staysAway(locator, ms, what) {
  const appeared = await locator.waitFor({ timeout: ms }).then(() => true, () => false);
  if (appeared) {
    throw new Error(`${what} appeared`);
  }
  step(`no ${what} within ${ms / 1000} s`);
}

/** Processes whose command line holds `marker` (the cancel scenario's slow test). */
async function processesWith(marker) {
  const found = [];
  for (const pid of (await readdir("/proc")).filter((name) => /^\d+$/.test(name))) {
    const cmdline = await readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => "");
    if (cmdline.includes(marker) && !cmdline.includes("drive.mjs")) {
      found.push(pid);
    }
  }
  return found;
}

async function poll(check, timeout, what) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (await check()) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** The diff of a fix from Refine with tests, with its evidence notification. */
async function waitForFixDiff(page, target) {
  await page.locator(".tabs-container .tab.active", { hasText: `fix for ${target}` }).waitFor({ timeout: REFINE_TIMEOUT });
  await page.locator(".editor-group-container.active .monaco-diff-editor").waitFor();
  const modified = page.locator(".editor-group-container.active .monaco-diff-editor .editor.modified .view-lines");
  await modified.filter({ hasText: "if quantity >= 10:" }).waitFor();
  step(`diff shows the fix for ${target}: 'if quantity >= 10:'`);
  return waitForToast(page, `found a fix for ${target}`);
}

/** A syntax error, in three workspaces: the quick fix, and the no-model notice
 * (once per workspace; never again after "Don't show again"). */
async function syntax(page) {
  const [second, third] = moreFolders;
  const notice = () => toast(page, "no model is configured");
  const openMenu = async () => {
    await goToLine(page, 5, 77); // on the problem, where "Fix with model" would be offered
    return quickFixMenu(page, "Insert missing ':'");
  };

  await openProject(page, "inventory.py");
  await page.locator(".monaco-editor .squiggly-error").first().waitFor();
  await showProblems(page);
  await waitForProblem(page, "missing ':'");
  await screenshot(page, "1-syntax-diagnostic");
  await openMenu();
  await page.keyboard.press("Escape");
  await findNotification(page, "no model is configured");
  await closeNotificationCenter(page);
  await runCommand(page, "Notifications: Clear All Notifications");
  await restartServer(page);
  const fix = await openMenu();
  await waitForOutput(page, "the no-model notice was shown in this workspace before, so not again");
  await staysAway(notice(), 2_000, "second no-model notice in this workspace");
  await screenshot(page, "2-quick-fix-menu");
  await readmeShot(page, "quick-fix", [page.locator(".part.editor")]);
  await fix.click();
  step("chose quick fix 'Insert missing ':''");
  await page.locator(".monaco-editor .squiggly-error").first().waitFor({ state: "detached" });
  await waitForNoProblem(page, "missing ':'");
  await save(page);
  await screenshot(page, "3-fixed");

  await openProject(page, "inventory.py", second);
  await openMenu();
  await page.keyboard.press("Escape");
  const shown = await findNotification(page, "no model is configured");
  await shown.getByRole("button", { name: "Don't show again" }).click();
  step("pressed Don't show again");
  await waitForOutput(page, "the no-model notice will not be shown again, in any workspace");
  await page.waitForTimeout(1_000); // VS Code writes its state a moment later; a person is not faster

  await openProject(page, "inventory.py", third);
  await openMenu();
  await page.keyboard.press("Escape");
  await waitForOutput(page, "the no-model notice is not shown: Don't show again was chosen");
  await staysAway(notice(), 2_000, "no-model notice");
}

/** Run tests and Refine with tests by their keybindings; a restart keeps the
 * failing tests; the fix as a diff with its evidence; Accept. */
async function refine(page) {
  await openProject(page, "pricing.py");
  await runCommand(page, "View: Close Primary Side Bar"); // room for the diff's two sides
  await editorLines(page).click();
  await page.keyboard.press("Control+Alt+P");
  step("pressed Ctrl+Alt+P (greenfix: Run tests)");
  await showProblems(page);
  await waitForProblem(page, "test_ten_items_get_the_discount failed");
  await waitForOutput(page, "Run tests: 1 passed, 2 failed");

  await restartServer(page);
  await waitForOutput(page, "running the tests again, as failing tests were shown before the restart");
  await waitForOutput(page, "Run tests: 1 passed, 2 failed", STEP_TIMEOUT, 2); // before the restart, and after
  await waitForProblem(page, "test_ten_items_get_the_discount failed");
  step("restarted: the failing tests are shown again");

  await goToLine(page, 6, 6);
  await page.keyboard.press("Control+K");
  await page.keyboard.press("Control+I");
  const hover = page.locator(".monaco-hover", { hasText: "test_ten_items_get_the_discount failed" }).first();
  await hover.filter({ hasText: "Quick Fix" }).waitFor(); // done "Checking for quick fixes"
  step(`hover on bulk_discount: ${oneLine(await hover.innerText()).slice(0, 120)}`);
  await screenshot(page, "1-failing-test-diagnostic");
  await readmeShot(page, "failing-test", [page.locator(".part.editor"), page.locator(".part.panel")]);

  await goToLine(page, 8, 9);
  await page.keyboard.press("Control+Alt+R");
  step("pressed Ctrl+Alt+R (greenfix: Refine with tests)");
  const progress = await waitForToast(page, "Refine with tests: bulk_discount");
  await progress.getByRole("button", { name: "Cancel" }).waitFor();
  step("the progress notification has a Cancel button");
  const evidence = await waitForFixDiff(page, "bulk_discount");
  await runCommand(page, "View: Hide Panel");
  await evidence.hover(); // keeps the notification up for the screenshot
  await screenshot(page, "2-fix-diff");
  await readmeShot(page, "refine-diff", [page.locator(".part.editor")]);
  await evidence.getByRole("button", { name: "Accept" }).click();
  step("pressed Accept");
  await page.locator(".tabs-container .tab.active", { hasText: "fix for" }).waitFor({ state: "detached" });
  await assertEditorShows(page, "if quantity >= 10:");
  await page.locator(".tabs-container .tab.active.dirty", { hasText: "pricing.py" }).waitFor();
  step("pricing.py has the fix, unsaved");
  await showProblems(page);
  await waitForNoProblem(page, "failed");
  await save(page);
  await screenshot(page, "3-tests-pass");
}

/** Discard; a fix for a file that changed before Accept; Fix file. */
async function discardAndFixFile(page) {
  await openProject(page, "pricing.py");
  await runCommand(page, "greenfix: Run tests");
  await showProblems(page);
  await waitForProblem(page, "test_ten_items_get_the_discount failed");

  // From the quick fix menu on the failing test's diagnostic; Discard on the diff's title bar.
  await goToLine(page, 6, 6);
  await (await quickFixMenu(page, "Refine with tests")).click();
  step("chose quick fix 'Refine with tests'");
  await waitForFixDiff(page, "bulk_discount");
  await page.locator('.editor-group-container.active .editor-actions .action-label[aria-label^="Discard fix"]').click();
  step("pressed Discard on the diff's title bar");
  await page.locator(".tabs-container .tab.active", { hasText: "fix for" }).waitFor({ state: "detached" });
  await runCommand(page, "Notifications: Clear All Notifications"); // the fix's notification stays up otherwise
  await assertEditorShows(page, "if quantity > 10:");
  await page.locator(".tabs-container .tab.dirty").waitFor({ state: "detached", timeout: 1_000 });
  step("pricing.py unchanged and not dirty");
  await waitForProblem(page, "test_ten_items_get_the_discount failed");

  // The file changes while the fix is shown: Accept refuses it and offers Refine again.
  await goToLine(page, 8, 9);
  await runCommand(page, "greenfix: Refine with tests");
  let evidence = await waitForFixDiff(page, "bulk_discount");
  await page.locator(".tabs-container .tab", { hasText: "pricing.py" }).filter({ hasNotText: "fix for" }).click();
  await goToLine(page, 15, 1);
  await page.keyboard.type("# typed while the fix was shown\n");
  step("typed in pricing.py while the fix was shown");
  await evidence.getByRole("button", { name: "Accept" }).click();
  step("pressed Accept");
  const stale = await waitForToast(page, "changed since the fix for bulk_discount was found");
  await assertEditorShows(page, "if quantity > 10:");
  await stale.getByRole("button", { name: "Refine again" }).click();
  step("pressed Refine again");
  evidence = await waitForFixDiff(page, "bulk_discount");
  await evidence.getByRole("button", { name: "Discard" }).click();
  step("pressed Discard");
  await page.locator(".tabs-container .tab.active", { hasText: "fix for" }).waitFor({ state: "detached" });

  // Fix file: the syntax fix, then the refine's fix as a diff.
  await goToLine(page, 13, 1);
  await page.keyboard.press("End");
  await page.keyboard.press("Backspace");
  step("deleted the ':' ending line 13");
  await waitForProblem(page, "missing ':'");
  await runCommand(page, "greenfix: Fix file");
  await waitForToast(page, "Fix file: pricing.py");
  evidence = await waitForFixDiff(page, "bulk_discount");
  await evidence.getByRole("button", { name: "Accept" }).click();
  step("pressed Accept");
  await page.locator(".tabs-container .tab.active", { hasText: "fix for" }).waitFor({ state: "detached" });
  await assertEditorShows(page, "if quantity >= 10:");
  await showProblems(page);
  await waitForNoProblem(page, "failed");
  await waitForNoProblem(page, "missing ':'");
  await save(page);
  await waitForOutput(page, "Fix file: pricing.py: 1 syntax fix applied; Refine with tests: bulk_discount fixed");
}

async function cancel(page) {
  const marker = process.env.GREENFIX_SLOW_MARKER;
  await openProject(page, "pricing.py");
  await goToLine(page, 8, 9);
  await runCommand(page, "greenfix: Refine with tests");
  const progress = await waitForToast(page, "Refine with tests: bulk_discount");
  await poll(async () => (await processesWith(marker)).length > 0, STEP_TIMEOUT, "the slow test to start");
  step("the slow test runs");
  await progress.hover();
  await screenshot(page, "1-progress");
  await progress.getByRole("button", { name: "Cancel" }).click();
  step("pressed Cancel on the progress notification");
  const cancelledAt = Date.now();
  await waitForOutput(page, "Refine with tests: bulk_discount: cancelled", 20_000);
  await page.locator(".statusbar-item", { hasText: "refining" }).waitFor({ state: "detached" });
  step("status bar no longer shows 'refining'");
  await poll(async () => (await processesWith(marker)).length === 0, 10_000, "the slow test to be stopped");
  step(`the slow test was stopped ${((Date.now() - cancelledAt) / 1000).toFixed(1)} s after Cancel`);
  await staysAway(page.locator(".tabs-container .tab", { hasText: "fix for" }), 2_000, "fix diff");
  await showOutput(page);
  await screenshot(page, "2-cancelled");
}

/** runTestsOnSave, given at start (the workspace's settings.json), then the Model
 * typed in the Settings UI: the model reaches the server, runTestsOnSave stays. */
async function settings(page) {
  await openProject(page, "pricing.py");
  await waitForOutput(page, 'with settings {"runTestsOnSave":true}');
  await runCommand(page, "Preferences: Open Workspace Settings");
  await page.locator(".settings-editor").waitFor();
  await page.keyboard.type("greenfix.model");
  const row = page.locator(".settings-editor .setting-item-contents", { hasText: "Model name on an OpenAI-compatible endpoint" }).first();
  const box = row.locator("input");
  await box.waitFor();
  step(`Settings UI shows a text box for greenfix: Model (value '${await box.inputValue()}')`);
  await screenshot(page, "1-model-text-box");
  await box.fill("test-model");
  step("typed 'test-model' in the Model text box");
  const settingsFile = path.join(folder, ".vscode", "settings.json");
  await poll(async () => (await readFile(settingsFile, "utf8")).includes("test-model"), STEP_TIMEOUT, "the setting to be written");
  await page.getByRole("button", { name: /^Close Modal Editor/ }).click();
  await page.locator(".settings-editor").waitFor({ state: "hidden" });
  step("closed the Settings");
  await waitForOutput(page, '"model":"test-model"');
  step(`greenfix output: ${await outputLine('"model":"test-model"')}`);

  // With a model, the server offers to rewrite a function with it.
  await openFile(page, "pricing.py");
  await goToLine(page, 7, 9);
  await quickFixMenu(page, "Rewrite function with model");
  step("the code actions offer 'Rewrite function with model…': the server has the model");
  await page.keyboard.press("Escape");

  await goToLine(page, 15, 1);
  await page.keyboard.type("# saved to run the tests\n");
  await save(page);
  await showProblems(page);
  await waitForProblem(page, "test_ten_items_get_the_discount failed");
  step("the save ran the tests: runTestsOnSave, given at start, still holds");
  await screenshot(page, "2-tests-ran-on-save");
}

async function startFailure(page) {
  await openFolder(page);
  await openFile(page, "pricing.py");
  const error = await waitForToast(page, "greenfix: could not start");
  await page.locator(".statusbar-item", { hasText: "greenfix" }).locator(".codicon-error").waitFor();
  step("status bar shows the greenfix server stopped");
  await staysAway(toast(page, "couldn't create connection"), 1_000, "second notification from the language client");
  await screenshot(page, "1-error");
  await error.getByRole("button", { name: "How to install" }).click();
  await page.locator(".tabs-container .tab.active", { hasText: /Preview readme\.md/i }).waitFor();
  // The preview is a webview: look for the README's install section in its frames.
  await poll(async () => {
    for (const frame of page.frames()) {
      if (await frame.getByRole("heading", { name: "Install the server" }).count().catch(() => 0)) {
        return true;
      }
    }
    return false;
  }, STEP_TIMEOUT, "the README's 'Install the server' heading");
  step("How to install opened the extension's README at 'Install the server'");
  await screenshot(page, "2-how-to-install");
}

/** After a failure: the greenfix output, to say what the extension saw. */
async function showGreenfixOutput() {
  console.log(`greenfix output:\n${(await outputTexts()).join("\n---\n")}`);
}

const scenarios = {
  syntax,
  refine,
  "discard-and-fix-file": discardAndFixFile,
  cancel,
  settings,
  "start-failure": startFailure,
};
const context = await chromium.launchPersistentContext(profile, {
  executablePath: "/usr/bin/chromium",
  headless: true,
  args: CHROMIUM_FLAGS,
  viewport: { width: 1280, height: 720 },
});
const page = context.pages()[0] ?? (await context.newPage());
page.setDefaultTimeout(STEP_TIMEOUT);
let failed = false;
try {
  await scenarios[scenario](page);
  step("done");
} catch (error) {
  failed = true;
  console.log(`failed: ${error.message.split("\n")[0]}`);
  await screenshot(page, "failure").catch(() => undefined);
  await showGreenfixOutput().catch(() => undefined);
} finally {
  await context.close();
}
process.exit(failed ? 1 : 0);
