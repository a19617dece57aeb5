/**
 * Build-time rendering: writes the first screen a new learner sees (the shell and the first page
 * of the first module) into the built index.html as declarative-shadow-DOM HTML, with Lit's own
 * server renderer and the player's own elements, so text paints before any script has arrived
 * and the player hydrates it instead of drawing it again. Build-time only: nothing here ships.
 */
import { createHash } from "node:crypto";
import type { Course } from "../src/course/model.js";
import type { LmsConnection, SaveState } from "../src/lms/connection.js";
import { FIRST_VIEW_ATTR, firstViewKey } from "../src/player/first-view.js";

/** The save state a new learner of the web package sees; the key tells the player if it differs. */
const PRERENDERED_SAVE_STATE: SaveState = "local";

/** An LMS connection that holds nothing: a first visit, as the build imagines it. */
function firstVisitConnection(): LmsConnection {
  return {
    kind: "local",
    start: () => ({
      suspendData: "",
      location: "",
      held: { completion: "unknown", success: "unknown" },
      firstLaunch: true,
    }),
    save: () => PRERENDERED_SAVE_STATE,
    flush: () => {},
    finish: () => {},
    saveState: PRERENDERED_SAVE_STATE,
    onSaveStateChange: () => {},
  } as LmsConnection;
}

/** The player's first screen for a new learner, as HTML with declarative shadow roots. */
export async function renderFirstView(course: Course): Promise<string> {
  // Lit's server build and its DOM shim must be in place before the elements are defined.
  const { render } = await import("@lit-labs/ssr");
  const { collectResult } = await import("@lit-labs/ssr/lib/render-result.js");
  const { html } = await import("lit");
  const { CourseSession } = await import("../src/player/session.js");
  const { strings } = await import("../src/player/strings.js");
  await import("../src/player/course-player.js");
  const session = new CourseSession(course, firstVisitConnection(), () => 0);
  session.begin();
  const first = course.modules[0].id;
  // Keyed before the page is opened, as the player keys its own first screen before it connects.
  const key = firstViewKey(session, first, 1);
  // What the player does on connecting, so its first client render matches this one.
  session.open(first, 1);
  const markup = await collectResult(
    render(html`<course-player .session=${session} .current=${first} .page=${1}></course-player>`),
  );
  const loading = `<p id="loading" role="status">${strings.loadingCourse}</p>`;
  // Inert until the player hydrates it: nothing can be pressed that would not respond.
  return `${markup.replace(
    "<course-player",
    `<course-player defer-hydration inert ${FIRST_VIEW_ATTR}="${key.replace(/"/g, "&quot;")}"`,
  )}\n${loading}`;
}

/** Every inline style's CSP hash: declarative shadow roots carry their styles as <style>. */
export function styleHashes(markup: string): string[] {
  const hashes = new Set<string>();
  for (const m of markup.matchAll(/<style>([\s\S]*?)<\/style>/g)) {
    hashes.add(`'sha256-${createHash("sha256").update(m[1]).digest("base64")}'`);
  }
  return [...hashes];
}

/**
 * index.html with the first view in its body and the styles' hashes in its policy. Throws if the
 * page lacks the places it fills, so a changed template cannot silently lose the prerender.
 */
export function withFirstView(indexHtml: string, markup: string): string {
  const body = /<body>\s*/;
  const policy = /style-src 'self'/;
  if (!body.test(indexHtml) || !policy.test(indexHtml)) {
    throw new Error("index.html has no <body> or no style-src 'self' to extend: cannot prerender");
  }
  const hashes = styleHashes(markup).join(" ");
  return indexHtml
    .replace(policy, `style-src 'self' ${hashes}`)
    .replace(body, (open) => `${open}${markup}\n`);
}
