/**
 * Starts the course: picks the LMS connection this package was built for, restores progress,
 * mounts the player, and wires the page lifecycle so progress is committed before the page goes.
 */
import course, { problemGuides, problems } from "virtual:course";
import { connect, fellBack, type LaunchMode } from "../lms/index.js";
import { applyBrand } from "./brand.js";
import { CourseSession } from "./session.js";
import { strings } from "./strings.js";
import "./course-player.js";

function launchMode(): LaunchMode {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="lms"]')?.content;
  return meta === "scorm12" || meta === "scorm2004" || meta === "none" ? meta : "auto";
}

/** The live preview's page while the course folder has problems: each with the guide's help. */
function showProblems(lines: readonly string[], guides: readonly string[] = []): void {
  const main = document.createElement("main");
  main.className = "problems";
  const h1 = document.createElement("h1");
  h1.textContent = strings.contentProblems;
  const list = document.createElement("ul");
  const after: HTMLElement[] = [];
  lines.forEach((line, i) => {
    if (line === "") return;
    const m = /^(.+?:\d+): (.*)$/.exec(line);
    if (!m) {
      const p = document.createElement("p");
      p.textContent = line;
      after.push(p);
      return;
    }
    const item = document.createElement("li");
    const where = document.createElement("strong");
    where.textContent = `${m[1]}:`;
    const what = document.createElement("span");
    what.textContent = ` ${m[2]} `;
    item.append(where, what);
    if (guides[i]) {
      const help = document.createElement("a");
      help.href = guides[i];
      help.target = "_blank";
      help.textContent = strings.problemHelp;
      item.append(help);
    }
    list.append(item);
  });
  main.append(h1, list, ...after);
  document.body.replaceChildren(main);
}

function start(): void {
  if (!course) {
    showProblems(problems, problemGuides);
    return;
  }
  document.documentElement.lang = course.language;
  applyBrand(document, course.branding?.colour);
  document.title = course.title;
  const mode = launchMode();
  const connection = connect(mode, course.id, window);
  const session = new CourseSession(course, connection);
  // A SCORM package that found no LMS: the learner is told once, plainly (the web version
  // expects no LMS, so it says so only in the save status).
  session.lmsMissing = fellBack(mode, connection);
  session.begin();
  // Created only now: the shell needs its session before it connects.
  const player = document.createElement("course-player");
  player.session = session;
  document.body.prepend(player);

  // Commit when hidden; terminate when the page really goes (not when it enters the bfcache).
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") session.flush();
  });
  window.addEventListener("pagehide", (e) => {
    if (!e.persisted) session.finish();
  });
  (window as unknown as { courseSession: CourseSession }).courseSession = session;
}

try {
  start();
} catch (e) {
  console.error(e);
  showProblems([strings.courseError]);
}
