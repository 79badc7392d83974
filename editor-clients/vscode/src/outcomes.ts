// What the server's commands answer, and the words the extension says about them
// (in the output and in the fix's notification). Kept free of the vscode API so
// the wording can be checked in plain Node.
import type { WorkspaceEdit } from "vscode-languageclient";

/** Why a fix should be believed (server/lsp/delivery.py, evidence_json). */
export interface Evidence {
  testsFixed: string[];
  testsKept: number;
  callsRecorded: number;
  callsChanged: number;
  otherPlausible: number;
  weak: string[];
  summary: string;
}

/** The result of `greenfix.refine`. A fix for a client that previews carries
 * `edit` (versioned), `diff` and `evidence`, with `applied: false`. */
export interface RefineResult {
  status: string; // fixed | unfixed | skipped | cancelled | error | refused
  message?: string;
  applied?: boolean;
  previewed?: string;
  edit?: WorkspaceEdit;
  diff?: string;
  evidence?: Evidence;
  version?: number;
  attempts?: number;
  seconds?: number;
  qualname?: string;
}

/** The result of `greenfix.fixFile`. `refines`, when the server sends it, holds each
 * refine's whole result (its preview); `refined` only the status. */
export interface FixFileResult {
  applied: boolean;
  fixes: number;
  refined?: Record<string, string>;
  refines?: Record<string, RefineResult>;
}

export interface TestsResult {
  passed: number;
  failed: number;
  collection_error?: string | null;
  unattributed?: string[];
}

/** True when the result is a fix waiting for the user (previewed by this client). */
export function isPreview(result: RefineResult | undefined): result is RefineResult & { edit: WorkspaceEdit } {
  return result?.status === "fixed" && result.applied === false && result.edit !== undefined;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

function testName(nodeid: string): string {
  return nodeid.split("::").pop() ?? nodeid;
}

function effort(result: RefineResult): string {
  const parts = [];
  if (result.attempts !== undefined) {
    parts.push(plural(result.attempts, "candidate"));
  }
  if (result.seconds !== undefined) {
    parts.push(`${result.seconds} s`);
  }
  return parts.length > 0 ? ` (${parts.join(", ")})` : "";
}

/** One line for the output: what Refine with tests tried and found. */
export function refineOutcome(target: string, result: RefineResult): string {
  const message = result.message ? `: ${result.message}` : "";
  const head = `Refine with tests: ${target}: ${result.status}${effort(result)}${message}`;
  if (result.status === "fixed" && result.evidence) {
    return `${head}. Evidence: ${result.evidence.summary}`;
  }
  return head;
}

/** What the fix's notification says beside the diff: which tests now pass, what
 * else is known, and, first and loud, anything uncertain. */
export function evidenceText(target: string, result: RefineResult): string {
  const evidence = result.evidence;
  const found = `greenfix found a fix for ${target}.`;
  if (evidence === undefined) {
    return `${found} Review the diff, then Accept or Discard.`;
  }
  const fixed = evidence.testsFixed.length > 0
    ? `Now passing: ${evidence.testsFixed.map(testName).join(", ")}.`
    : "No failing test was fixed.";
  const kept = `${plural(evidence.testsKept, "test")} kept passing.`;
  const calls = evidence.callsRecorded > 0
    ? `Result changed on ${evidence.callsChanged} of ${plural(evidence.callsRecorded, "recorded call")}.`
    : "";
  const others = evidence.otherPlausible > 0 ? `${plural(evidence.otherPlausible, "other candidate")} also passed.` : "";
  const weak = evidence.weak.length > 0 ? `⚠ Uncertain: ${evidence.weak.join("; ")}.` : "";
  return [weak, found, fixed, kept, calls, others].filter((part) => part !== "").join(" ");
}

/** One line for the output about a test run. */
export function testsOutcome(result: TestsResult): string {
  const counts = `${result.passed} passed, ${result.failed} failed`;
  const problems = [];
  if (result.collection_error) {
    problems.push(`tests could not be collected: ${result.collection_error}`);
  }
  if (result.unattributed && result.unattributed.length > 0) {
    problems.push(`not shown on any function: ${result.unattributed.map(testName).join(", ")}`);
  }
  return `Run tests: ${counts}${problems.length > 0 ? `; ${problems.join("; ")}` : ""}`;
}

/** One line for the output about Fix file. */
export function fixFileOutcome(file: string, result: FixFileResult): string {
  const syntax = result.fixes > 0 ? `${plural(result.fixes, "syntax fix")} applied` : "no syntax fix";
  const refined = Object.entries(result.refined ?? {});
  const refines = refined.length > 0
    ? `; Refine with tests: ${refined.map(([qualname, status]) => `${qualname} ${status}`).join(", ")}`
    : "; no failing test to refine for";
  return `Fix file: ${file}: ${syntax}${refines}`;
}
