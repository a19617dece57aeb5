// What the host page says about a launch, in words: the summary of what the LMS holds and the
// plain-words checks of how the course used the API. Pure: a launch and its data model in, rows
// out; panels.ts puts them on the page.

import { faultsInWords } from "./faults.js";
import type { Phase, Run, SavedCmi } from "./run.js";
import { METHODS } from "./scorm-api.js";

/** SCORM 1.2's suspend_data limit, which the course promises to fit in both versions. */
const SUSPEND_LIMIT_12 = 4096;
const SUSPEND_LIMIT_2004 = 64000;

const PHASES: Record<Phase, string> = {
  waiting: "launched; waiting for the course to call Initialize",
  running: "running (Initialize called)",
  ended: "ended (the course called Terminate)",
  "no-api": "no LMS API offered (fault)",
};

/** A value as shown in a table or the summary: a dash for nothing. */
export function text(value: unknown): string {
  return value === undefined || value === null || value === "" ? "—" : String(value);
}

/** scorm-again renders lists as objects keyed "0", "1", …: back to arrays, in index order. */
export function listOf(value: unknown): SavedCmi[] {
  if (!value || typeof value !== "object") return [];
  const record = value as Record<string, SavedCmi>;
  return Object.keys(record)
    .filter((k) => /^\d+$/.test(k))
    .sort((a, b) => Number(a) - Number(b))
    .map((k) => record[k]);
}

/** The "What the LMS holds" list: [label, value] rows. */
export function summaryRows(run: Run, data: SavedCmi): Array<[string, unknown]> {
  const is12 = run.version === "12";
  const core = data.core ?? {};
  const suspend = data.suspend_data ?? "";
  const limit = is12 ? SUSPEND_LIMIT_12 : SUSPEND_LIMIT_2004;
  const faults = faultsInWords(run.faults);
  const common: Array<[string, unknown]> = [
    ["Package", `${run.pkg} (SCORM ${is12 ? "1.2" : "2004"})`],
    [
      "LMS rules",
      `${run.rules.label}; attempt opened in ${run.attempt.mode} mode, ${run.attempt.credit}`,
    ],
    ["Session", PHASES[run.phase] + (run.closed && run.phase === "running" ? ", closing" : "")],
    ["Faults", faults || "none"],
  ];
  const rows: Array<[string, unknown]> = is12
    ? [
        ["Lesson status", core.lesson_status],
        [
          "Score",
          core.score?.raw === "" || core.score?.raw === undefined
            ? ""
            : `${core.score.raw} (min ${text(core.score.min)}, max ${text(core.score.max)})`,
        ],
        ["Pass mark (mastery score)", data.student_data?.mastery_score],
        ["Location (bookmark)", core.lesson_location],
        ["Entry", core.entry],
        ["Exit", core.exit],
        ["Session time", core.session_time],
        // scorm-again leaves total_time out of its JSON in 1.2; the data model object has it.
        [
          "Total time before this session",
          (run.api.cmi as unknown as SavedCmi)?.core?.total_time ?? core.total_time,
        ],
      ]
    : [
        ["Completion", data.completion_status],
        ["Success", data.success_status],
        [
          "Score",
          data.score?.scaled === "" || data.score?.scaled === undefined
            ? ""
            : `${data.score.scaled} scaled; ${text(data.score.raw)} raw (min ${text(data.score.min)}, max ${text(data.score.max)})`,
        ],
        ["Progress measure", data.progress_measure],
        ["Pass mark (scaled passing score)", data.scaled_passing_score],
        ["Location (bookmark)", data.location],
        ["Entry", data.entry],
        ["Exit", data.exit],
        ["Session time", data.session_time],
        ["Total time before this session", data.total_time],
      ];
  return [
    ...common,
    ...rows,
    ["Saved state (suspend data)", `${suspend.length} of ${limit} characters`],
    ["Interactions", listOf(data.interactions).length],
    ["Objectives", listOf(data.objectives).length],
  ];
}

export type CheckKind = "ok" | "problem" | "pending";

/** Plain-words checks of the launch so far: each is [ok | problem | pending, message]. */
export function checksOf(run: Run, data: SavedCmi): Array<[CheckKind, string]> {
  const m = METHODS[run.version];
  const out: Array<[CheckKind, string]> = [];
  if (run.phase === "no-api") return [["pending", "No API offered: nothing to check."]];
  const inits = run.calls.filter((c) => c.method === m.init);
  if (inits.length === 0) out.push(["pending", "The course has not called Initialize yet."]);
  else if (inits.length === 1 && inits[0].result === "true")
    out.push(["ok", "Initialize was called once."]);
  else out.push(["problem", `Initialize was called ${inits.length} times.`]);

  const finishAt = run.calls.findIndex((c) => c.method === m.finish);
  if (finishAt < 0) {
    out.push(["pending", "Terminate not called yet (the learner has not left)."]);
  } else {
    const finishes = run.calls.filter((c) => c.method === m.finish).length;
    const after = run.calls.slice(finishAt + 1).filter((c) => !c.method.includes("Error"));
    if (finishes === 1 && after.length === 0)
      out.push(["ok", "Terminate was called once, with no call after it."]);
    else
      out.push([
        "problem",
        `Terminate was called ${finishes} times; ${after.length} calls came after the first.`,
      ]);
  }

  const refused = run.calls.filter(
    (c) => c.method === m.set && c.result === "false" && !c.injected,
  );
  if (refused.length === 0) out.push(["ok", "The LMS accepted every value the course sent."]);
  else {
    const shown = refused
      .slice(0, 5)
      .map(
        (c) =>
          `${c.args[0]} = ${JSON.stringify(String(c.args[1]).slice(0, 30))} (error ${c.error})`,
      )
      .join("; ");
    out.push(["problem", `The LMS refused ${refused.length} values: ${shown}`]);
  }
  const injected = run.calls.filter((c) => c.injected).length;
  if (injected > 0) out.push(["pending", `${injected} calls failed on purpose (faults).`]);

  const suspend = (data.suspend_data ?? "").length;
  if (suspend <= SUSPEND_LIMIT_12)
    out.push(["ok", `Saved state fits SCORM 1.2's ${SUSPEND_LIMIT_12} characters (${suspend}).`]);
  else
    out.push([
      run.version === "12" ? "problem" : "pending",
      `Saved state is ${suspend} characters, over SCORM 1.2's ${SUSPEND_LIMIT_12}.`,
    ]);

  const ids = listOf(data.objectives).map((o) => o.id);
  const dup = ids.filter((id, i) => id && ids.indexOf(id) !== i);
  if (dup.length > 0) out.push(["problem", `Objectives recorded twice: ${dup.join(", ")}.`]);
  return out;
}
