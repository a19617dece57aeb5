// The host page itself: the course's place on it, the form's buttons and lists wired to the
// launcher, and a launch asked for in the address (?pkg=…&mode=…&lms=…&resume=1&autolaunch=0).

import { $, announce, control, launchForm, option, packageSelect, paragraph } from "./dom.js";
import { applySize, formFaults, formOptions, syncForm } from "./form.js";
import { closeCourse, type LaunchView, launch, setFaults } from "./launcher.js";
import { loadManifest } from "./manifest.js";
import { render, renderPackageInfo, renderSavedInfo, scheduleRender } from "./panels.js";
import { forget } from "./storage.js";
import { fillReplaceList } from "./update.js";

/** How launches show on this page. */
export const hostView: LaunchView = {
  showSettings(run) {
    syncForm(run);
    renderPackageInfo();
    fillReplaceList();
  },
  openCourse(run, src, resumed) {
    const holder = $("course-frame");
    if (run.options.mode === "popup") {
      run.popup = window.open(src, "course", "width=1024,height=768");
      holder.replaceChildren(
        paragraph(
          run.popup
            ? "The course opened in a new window. Close that window, or use “Close the course”, to end the session."
            : "The browser blocked the new window: allow pop-ups for this page and launch again.",
          run.popup ? "hint" : "problem",
        ),
      );
    } else {
      const frame = document.createElement("iframe");
      frame.title = "Course";
      frame.id = "course";
      frame.src =
        run.options.mode === "nested" ? `/frame.html?depth=2&src=${encodeURIComponent(src)}` : src;
      holder.replaceChildren(frame);
      applySize();
    }
    const how = resumed ? "resuming from the learner's saved data" : "as a new attempt";
    announce(`Launched ${run.pkg} ${how}.`);
    render();
  },
  removeCourse() {
    $("course-frame").replaceChildren(paragraph("The course is closed."));
  },
  changed: scheduleRender,
};

/** Lists the served packages, reads their manifests and wires the form; resolves when ready. */
export async function startPage(): Promise<void> {
  let list: string[] = [];
  try {
    list = await (await fetch("/packages.json")).json();
  } catch {
    announce("The package list could not be loaded.");
  }
  await Promise.all(list.map(loadManifest));
  packageSelect().replaceChildren(...list.map(option));
  if (list.length === 0)
    announce(
      "No packages found: build the course first (npm run build, or npm run build -- --course <dir> for another course folder), then reload this page.",
    );
  renderPackageInfo();
  renderSavedInfo();

  launchForm().addEventListener("submit", (e) => {
    e.preventDefault();
    launch({ ...formOptions(), resume: false });
  });
  $("relaunch").addEventListener("click", () => launch({ ...formOptions(), resume: true }));
  $("close").addEventListener("click", () => {
    closeCourse().then(() => announce("The course was closed, as a learner leaving it."));
  });
  $("reset").addEventListener("click", () => {
    const pkg = formOptions().pkg;
    closeCourse().then(() => {
      forget(pkg);
      launch({ ...formOptions(), resume: false });
      announce(`Forgot the learner's data for ${pkg} and launched a new attempt.`);
    });
  });
  $("lms").addEventListener("change", renderPackageInfo);
  packageSelect().addEventListener("change", () => {
    renderPackageInfo();
    renderSavedInfo();
  });
  $("size").addEventListener("change", applySize);
  for (const name of ["rejectSetValue", "failCommit", "slowMs", "unsupported"]) {
    control(name).addEventListener("change", () => {
      const { noApi: _, ...live } = formFaults();
      setFaults(live);
    });
  }

  const q = new URLSearchParams(location.search);
  const pkg = q.get("pkg");
  if (pkg) {
    packageSelect().value = pkg;
    $<HTMLSelectElement>("mode").value = q.get("mode") || "iframe";
    const lms = q.get("lms");
    if (lms) $<HTMLSelectElement>("lms").value = lms;
    renderPackageInfo();
    if (q.get("autolaunch") !== "0") launch({ ...formOptions(), resume: q.get("resume") === "1" });
  }
}
