// The launch form: what staff chose (package, how to open it, whose rules, faults), read as
// launch options, and a launch's settings written back so what is on screen is what runs.

import { $, control, launchForm, packageSelect } from "./dom.js";
import { shapeOf } from "./faults.js";
import type { Faults, LaunchOptions, Run } from "./run.js";

/** The launch the form describes (without resume: the button pressed says that). */
export function formOptions(): LaunchOptions & { faults: FormFaults } {
  const fd = new FormData(launchForm());
  return {
    pkg: String(fd.get("pkg") ?? ""),
    mode: (fd.get("mode") ?? undefined) as LaunchOptions["mode"],
    lms: String(fd.get("lms") ?? ""),
    manifest: fd.get("manifest") === "on",
    faults: formFaults(),
  };
}

/** The faults the form has controls for (wrongType it has not: tests set it). */
export type FormFaults = Omit<Faults, "wrongType">;

/** The faults ticked and typed in the form. */
export function formFaults(): FormFaults {
  const fd = new FormData(launchForm());
  return {
    rejectSetValue: fd.get("rejectSetValue") === "on",
    failCommit: fd.get("failCommit") === "on",
    noApi: fd.get("noApi") === "on",
    slowMs: Math.max(0, Number(fd.get("slowMs") || 0)),
    unsupported: String(fd.get("unsupported") || "")
      .split(/[\s,]+/)
      .filter((e) => e !== "")
      .map(shapeOf),
  };
}

/** Shows a launch's settings in the form, so what is on screen is what runs. */
export function syncForm(run: Run): void {
  const pkg = packageSelect();
  if ([...pkg.options].some((o) => o.value === run.pkg)) pkg.value = run.pkg;
  $<HTMLSelectElement>("mode").value = run.options.mode || "iframe";
  $<HTMLSelectElement>("lms").value = run.rules.name;
  control("rejectSetValue").checked = Boolean(run.faults.rejectSetValue);
  control("failCommit").checked = Boolean(run.faults.failCommit);
  control("noApi").checked = Boolean(run.faults.noApi);
  control("slowMs").value = String(run.faults.slowMs || 0);
  control("unsupported").value = (run.faults.unsupported ?? []).join(", ");
}

/** Gives the course's frame the size chosen in the form. */
export function applySize(): void {
  const frame = document.querySelector<HTMLIFrameElement>("#course-frame iframe");
  if (!frame) return;
  const size = $<HTMLSelectElement>("size").value;
  const m = /^(\d+)x(\d+)$/.exec(size);
  frame.style.width = m ? `${m[1]}px` : "";
  frame.style.height = m ? `${m[2]}px` : "";
}
