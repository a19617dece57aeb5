/**
 * Starts the course: picks the LMS connection this package was built for, restores progress,
 * mounts the player (hydrating the build's prerendered first screen when it is the learner's
 * own), and wires the page lifecycle so progress is committed before the page goes.
 */

import course, { moduleContent, problemGuides, problems } from "virtual:course";
import type { ReactiveElement } from "lit";
import { connect, fellBack, type LaunchMode } from "../lms/index.js";
import { applyBrand } from "./brand.js";
import { CourseSession } from "./session.js";
import { strings } from "./strings.js";
import "./course-player.js";
import { FIRST_VIEW_ATTR, firstViewKey } from "./first-view.js";
import { ModuleContent, whenIdle } from "./module-content.js";

function launchMode(): LaunchMode {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="lms"]')?.content;
  return meta === "scorm12" || meta === "scorm2004" || meta === "none" ? meta : "auto";
}

/** What a learner sees when the course cannot start (a fault in the package or the browser). */
function showFailure(): void {
  const main = document.createElement("main");
  main.className = "problems";
  const h1 = document.createElement("h1");
  h1.textContent = strings.courseErrorTitle;
  const p = document.createElement("p");
  p.textContent = strings.courseError;
  main.append(h1, p);
  document.body.replaceChildren(main);
}

/**
 * Every element of the prerendered screen whose code is still on its way (a block the player
 * loads only when a page shows one: a glossary term, a reflection) stays inert until that code
 * has come and taken it over: a press on it would do nothing, and text typed into it would be
 * replaced when it did. On a fast network that is a moment; on a slow one, a round trip.
 */
function holdUntilDefined(root: Element): void {
  const waiting: Element[] = [];
  const walk = (scope: Element | ShadowRoot) => {
    for (const el of scope.querySelectorAll("*")) {
      if (el.localName.includes("-") && !customElements.get(el.localName)) waiting.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  if (root.shadowRoot) walk(root.shadowRoot);
  for (const el of waiting) {
    if (el.hasAttribute("inert")) continue;
    el.setAttribute("inert", "");
    customElements
      .whenDefined(el.localName)
      .then(() => (el as Partial<ReactiveElement>).updateComplete)
      .finally(() => el.removeAttribute("inert"));
  }
}

/**
 * The elements the build loads with the player because its first screen shows one (the
 * `data-start="first-view"` links: the question card, src/compiler/player-build/prerender.ts),
 * defined before the player takes that screen over, so they hydrate with it. Their files were
 * fetched beside the player's. One that cannot come stays inert (holdUntilDefined) and is fetched
 * again when a page shows it.
 */
function loadFirstViewElements(): Promise<unknown> {
  const links = document.querySelectorAll<HTMLLinkElement>('link[data-start="first-view"]');
  return Promise.all(
    [...links].map((link) => import(/* @vite-ignore */ link.href).catch(() => {})),
  );
}

/**
 * The build wrote a first screen into the page, claiming no learner's state. When it is this
 * learner's first screen, the player takes it over in place (hydration: no repaint, no shift),
 * drawing exactly what the build drew: no state, and nothing saved yet, since a save (opening the
 * page) may change the save status (an LMS refusing a value, as Forma 4.0.19 does), which
 * hydration cannot change (a page error, or the build's text kept). Then it opens the page and
 * shows the learner's state. Otherwise (a bookmark elsewhere, another save state) a player drawn
 * afresh replaces it. Either way the shell ends up live and no longer inert.
 */
function mount(session: CourseSession): void {
  const prerendered = document.querySelector("course-player");
  if (
    prerendered?.hasAttribute("defer-hydration") &&
    prerendered.getAttribute(FIRST_VIEW_ATTR) === firstViewKey(session)
  ) {
    const { moduleId, page } = session.place;
    session.finding = true;
    prerendered.session = session;
    // Placed, so that it does not open (and save) the page itself while it hydrates.
    prerendered.current = moduleId;
    prerendered.page = page;
    holdUntilDefined(prerendered);
    // The element connects and hydrates now, its session set.
    prerendered.removeAttribute("defer-hydration");
    // Each element hydrates in its first update, a microtask: all are done before the next task.
    // (The page's title is the build's already: this page's.)
    setTimeout(() => {
      session.finding = false;
      // Opening the page saves, and tells every element to show the learner's state.
      session.open(moduleId, page);
      prerendered.removeAttribute("inert");
      document.getElementById("loading")?.remove();
    });
    return;
  }
  // Created only now: the shell needs its session before it connects.
  const player = document.createElement("course-player");
  player.session = session;
  if (prerendered) prerendered.replaceWith(player);
  else document.body.prepend(player);
  document.getElementById("loading")?.remove();
}

async function start(): Promise<void> {
  if (!course) {
    // Only the live preview has no course: a package is never built from a folder with problems.
    const { showProblems } = await import("./problems-page.js");
    showProblems(problems, problemGuides);
    return;
  }
  document.documentElement.lang = course.language;
  applyBrand(document, course.branding?.colour);
  const mode = launchMode();
  // The web package opened for a shared screen: the team session, loaded only now, and no LMS.
  if (location.hash === "#team" && mode !== "scorm12" && mode !== "scorm2004") {
    const { startTeamSession } = await import("../team-session/team-session.js");
    return startTeamSession();
  }
  const firstViewElements = loadFirstViewElements();
  const connection = await connect(mode, course.id, window);
  const session = new CourseSession(course, connection);
  // A SCORM package that found no LMS: the learner is told once, plainly (the web version
  // expects no LMS, so it says so only in the save status).
  session.lmsMissing = fellBack(mode, connection);
  session.content = new ModuleContent(course, moduleContent);
  session.begin();
  // Commit when hidden; terminate when the page really goes (not when it enters the bfcache).
  // Wired as soon as the LMS session has begun: a learner may leave while the first module's
  // content is still on its way, and the session must still end exactly once.
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") session.flush();
  });
  window.addEventListener("pagehide", (e) => {
    if (!e.persisted) session.finish();
  });
  (window as unknown as { courseSession: CourseSession }).courseSession = session;
  // The first page shown needs its module's content (the first module's comes with the outline).
  await session.content.load(session.place.moduleId);
  // The notices above the first screen, when it has any, are drawn with it, not a moment after
  // (they are never on the build's screen: firstViewKey tells them apart).
  if (session.resumed || session.reviewing || session.lmsMissing || session.passMarkFromLms) {
    await import("./player-notices.js").catch(() => {});
  }
  await firstViewElements;
  mount(session);
  session.content.prefetch();
  // Most modules ask questions: the card's file is fetched while the browser is idle, so a page
  // that shows a question draws it at once, as it did when the card was in the player's file.
  whenIdle(() => void import("../blocks/question/question-card.js").catch(() => {}));
}

start().catch((e: unknown) => {
  console.error(e);
  showFailure();
});
