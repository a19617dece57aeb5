/**
 * Starts the course: picks the LMS connection this package was built for, restores progress,
 * mounts the player, and wires the page lifecycle so progress is committed before the page goes.
 */
import course, { problems } from "virtual:course";
import { connect, fellBack, type LaunchMode } from "../lms/index.js";
import { applyBrand } from "./brand.js";
import { CourseSession } from "./session.js";
import { strings } from "./strings.js";
import "./course-player.js";

function launchMode(): LaunchMode {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="lms"]')?.content;
  return meta === "scorm12" || meta === "scorm2004" || meta === "none" ? meta : "auto";
}

function showProblems(lines: readonly string[]): void {
  const main = document.createElement("main");
  const h1 = document.createElement("h1");
  h1.textContent = strings.contentProblems;
  const pre = document.createElement("pre");
  pre.className = "problems";
  pre.textContent = lines.join("\n");
  main.append(h1, pre);
  document.body.replaceChildren(main);
}

function start(): void {
  if (!course) {
    showProblems(problems);
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
