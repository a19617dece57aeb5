// Rehearsing an update: staff upload a new version of the package into the activity learners
// already use. The LMS keeps the activity and each learner's data, and launches the new package.

import type { updateReport } from "../server.js";
import { $, announce, option, packageSelect, paragraph } from "./dom.js";
import { formOptions } from "./form.js";
import { closeCourse, launch } from "./launcher.js";
import { manifests, versionOf } from "./manifest.js";
import { renderPackageInfo, renderSavedInfo } from "./panels.js";
import { moveSaved } from "./storage.js";

/** What /update-report.json answers (server.ts). */
type UpdateReport = ReturnType<typeof updateReport>;

const replaceSelect = (): HTMLSelectElement => $<HTMLSelectElement>("replace-with");

/**
 * Why an LMS would not take package `to` as a new version of `from`, or "" when it would: the
 * manifest identifier is the package's identity (another course id gives another one).
 */
function replaceRefusal(from: string, to: string): string {
  const [a, b] = [manifests.get(from)?.identifier, manifests.get(to)?.identifier];
  if (!a || !b || a === b) return "";
  return `${to} is another course (manifest identifier "${b}", not "${a}"): an LMS takes it as a different package, so the learner's data would not follow them. Upload it as a new activity instead.`;
}

/**
 * Moves the learner's committed data from package `from` to package `to`, as that upload does;
 * false when there is none, or when `to` is another course (see replaceRefusal).
 */
export function replacePackage(from: string, to: string): boolean {
  if (replaceRefusal(from, to)) return false;
  return moveSaved(from, to);
}

/** Fills the "replace with" list: the other packages of the chosen package's SCORM version. */
export function fillReplaceList(): void {
  const from = packageSelect().value;
  const others = [...packageSelect().options]
    .map((o) => o.value)
    .filter((p) => p !== from && versionOf(p) === versionOf(from));
  replaceSelect().replaceChildren(...others.map(option));
  $<HTMLButtonElement>("replace").disabled = others.length === 0;
  void renderUpdateReport();
}

/** Before replacing: which ids the new package drops, changes or adds, and what learners meet. */
async function renderUpdateReport(): Promise<void> {
  const from = packageSelect().value;
  const to = replaceSelect().value;
  const out = $("update-report");
  if (!to) {
    out.replaceChildren();
    return;
  }
  const refusal = replaceRefusal(from, to);
  if (refusal) {
    out.replaceChildren(paragraph(`Refused: ${refusal}`));
    return;
  }
  let report: UpdateReport;
  try {
    const res = await fetch(
      `/update-report.json?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`,
    );
    report = await res.json();
  } catch (e) {
    report = { problem: `the comparison could not be read (${e})` };
  }
  // The choice may have changed while the comparison was on its way.
  if (packageSelect().value !== from || replaceSelect().value !== to) return;
  if ("problem" in report) {
    out.replaceChildren(paragraph(`What it changes is not known: ${report.problem}.`));
    return;
  }
  const heading = paragraph(
    report.changes.length === 0
      ? `Replacing ${report.from} with ${report.to} changes no question, option or reflection a learner has answered.`
      : `What replacing ${report.from} with ${report.to} does to learners' records (${report.changes.length} ${report.changes.length === 1 ? "id" : "ids"}):`,
  );
  const list = document.createElement("ul");
  for (const c of report.changes) {
    const li = document.createElement("li");
    const id = document.createElement("code");
    id.textContent = c.id;
    li.append(id, `: ${c.what}. ${c.effect[0].toUpperCase()}${c.effect.slice(1)}.`);
    list.append(li);
  }
  out.replaceChildren(heading, ...(report.changes.length ? [list] : []));
}

/** Wires the "Rehearse an update" controls; call once the package list is in. */
export function wireUpdateRehearsal(): void {
  fillReplaceList();
  packageSelect().addEventListener("change", fillReplaceList);
  replaceSelect().addEventListener("change", () => void renderUpdateReport());
  $("replace").addEventListener("click", async () => {
    const from = packageSelect().value;
    const to = replaceSelect().value;
    if (!to) return;
    const refusal = replaceRefusal(from, to);
    if (refusal) {
      announce(`Not replaced: ${refusal}`);
      return;
    }
    await closeCourse();
    if (!replacePackage(from, to)) {
      announce(
        `No learner data for ${from} yet: launch it, work part-way through, close it, then replace it.`,
      );
      return;
    }
    packageSelect().value = to;
    fillReplaceList();
    renderPackageInfo();
    renderSavedInfo();
    await launch({ ...formOptions(), resume: true });
    announce(
      `Replaced ${from} with ${to} in the same activity, keeping the learner's data, and relaunched it where they left off.`,
    );
  });
}
