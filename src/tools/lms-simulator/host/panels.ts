// The host page's panels: what the LMS holds for the launch on screen (summary, checks, answers,
// themes, the full data model, the API calls), what it saved for the chosen package, and what the
// chosen package's manifest says.

import { ruleSetOf } from "../launch-rules.js";
import { type CheckKind, checksOf, listOf, summaryRows, text } from "./checks.js";
import { $, packageSelect } from "./dom.js";
import { cmi, currentRun } from "./launcher.js";
import { manifests, versionOf } from "./manifest.js";
import type { Run, SavedCmi } from "./run.js";
import { savedFor } from "./storage.js";

let renderQueued = false;

/** Shows the launch soon: calls come in bursts, and one redraw serves them all. */
export function scheduleRender(): void {
  if (renderQueued) return;
  renderQueued = true;
  setTimeout(() => {
    renderQueued = false;
    render();
  }, 30);
}

function row(cells: unknown[], header = false): HTMLTableRowElement {
  const tr = document.createElement("tr");
  for (const cell of cells) {
    const td = document.createElement(header ? "th" : "td");
    if (header) td.scope = "col";
    td.textContent = text(cell);
    tr.append(td);
  }
  return tr;
}

function fillTable(id: string, headers: string[], rows: unknown[][], empty: string): void {
  const table = $<HTMLTableElement>(id);
  table.tHead?.replaceChildren(row(headers, true));
  const none = () => {
    const tr = document.createElement("tr");
    const td = document.createElement("td");
    td.colSpan = headers.length;
    td.textContent = empty;
    tr.append(td);
    return tr;
  };
  table.tBodies[0].replaceChildren(...(rows.length > 0 ? rows.map((r) => row(r)) : [none()]));
}

const CHECK_LABELS: Record<CheckKind, string> = {
  ok: "OK: ",
  problem: "Problem: ",
  pending: "Note: ",
};

/** Shows the launch on screen and what is saved for the chosen package, now. */
export function render(): void {
  const run = currentRun();
  renderSavedInfo();
  if (!run) return;
  const data = cmi() ?? {};
  $("model").textContent = JSON.stringify(data, null, 2);
  $("summary").replaceChildren(
    ...summaryRows(run, data).flatMap(([k, val]) => {
      const dt = document.createElement("dt");
      dt.textContent = k;
      const dd = document.createElement("dd");
      dd.textContent = text(val);
      return [dt, dd];
    }),
  );
  $("checks").replaceChildren(
    ...checksOf(run, data).map(([kind, message]) => {
      const li = document.createElement("li");
      li.className = `check-${kind}`;
      const label = document.createElement("strong");
      label.textContent = CHECK_LABELS[kind];
      li.append(label, message);
      return li;
    }),
  );
  renderRecords(run, data);
  $("calls").replaceChildren(
    ...run.calls.slice(-300).map((c) => {
      const li = document.createElement("li");
      const note = c.injected ? " (fault)" : c.error ? ` (error ${c.error})` : "";
      li.textContent = `${c.method}(${c.args.map((a) => JSON.stringify(a)).join(", ")}) → ${JSON.stringify(c.result)}${note}`;
      return li;
    }),
  );
  $("calls-title").textContent = `API calls (${run.calls.length})`;
}

/** The answers (interactions) and themes (objectives) tables, in the version's own elements. */
function renderRecords(run: Run, data: SavedCmi): void {
  const is12 = run.version === "12";
  const interactions = listOf(data.interactions);
  fillTable(
    "interactions",
    is12
      ? ["#", "Question id", "Response", "Correct response", "Result", "Weight", "Latency", "Time"]
      : [
          "#",
          "Question id",
          "Question",
          "Response",
          "Correct response",
          "Result",
          "Weight",
          "Latency",
          "Time",
        ],
    interactions.map((i, n) => {
      const pattern = listOf(i.correct_responses)[0]?.pattern;
      return is12
        ? [n, i.id, i.student_response, pattern, i.result, i.weighting, i.latency, i.time]
        : [
            n,
            i.id,
            i.description,
            i.learner_response,
            pattern,
            i.result,
            i.weighting,
            i.latency,
            i.timestamp,
          ];
    }),
    "No answers recorded yet.",
  );
  const objectives = listOf(data.objectives);
  fillTable(
    "objectives",
    is12
      ? ["#", "Objective id", "Status", "Score"]
      : ["#", "Objective id", "Description", "Success", "Completion", "Score (scaled)", "Score"],
    objectives.map((o, n) =>
      is12
        ? [n, o.id, o.status, o.score?.raw]
        : [
            n,
            o.id,
            o.description,
            o.success_status,
            o.completion_status,
            o.score?.scaled,
            o.score?.raw,
          ],
    ),
    "No objectives recorded yet.",
  );
}

/** What the LMS saved for the chosen package, beside the Relaunch button. */
export function renderSavedInfo(): void {
  const pkg = packageSelect().value;
  if (!pkg) return;
  const saved = savedFor(pkg);
  if (!saved) {
    $("saved-info").textContent = "No saved learner data for this package: Relaunch starts fresh.";
    return;
  }
  const status =
    versionOf(pkg) === "12"
      ? saved.core?.lesson_status
      : `${saved.completion_status}, ${saved.success_status}`;
  $("saved-info").textContent =
    `Saved learner data for this package: ${text(status)}, ${(saved.suspend_data ?? "").length} characters of saved state. Relaunch resumes from it.`;
}

/** What the chosen package's manifest says, and the pass mark the chosen LMS takes from it. */
export function renderPackageInfo(): void {
  const info = manifests.get(packageSelect().value);
  const out = $("pkg-info");
  if (!info) {
    out.textContent = "";
    return;
  }
  if (info.problem || !info.sequencing) {
    out.textContent = `Problem: ${info.problem}.`;
    out.className = "problem";
    return;
  }
  out.className = "hint";
  const rules = ruleSetOf($<HTMLSelectElement>("lms").value);
  const mastery = rules.masteryScore(info.sequencing);
  const passing = rules.scaledPassingScore(info.sequencing);
  const pass = mastery
    ? `pass mark ${mastery}%`
    : passing
      ? `pass mark ${Math.round(Number(passing) * 10000) / 100}% ${rules.label}`
      : `no pass mark ${rules.label}`;
  out.textContent = `${info.title || "Untitled"} · SCORM ${info.schemaVersion} · starts at ${info.href} · ${pass}`;
}
