/**
 * Build-time rendering: writes the first screen a new learner sees (the shell and the first page
 * of the first module) into the built index.html as declarative-shadow-DOM HTML, with Lit's own
 * server renderer and the player's own elements, so text paints before any script has arrived
 * and the player hydrates it instead of drawing it again. Build-time only: nothing here ships.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import type { PackageFormat } from "../../../scorm/package.js";
import type { Course } from "../../course/model.js";
import type { LmsConnection, SaveState } from "../../lms/connection.js";
import { FIRST_VIEW_ATTR, firstViewKey } from "../../player/first-view.js";
import { firstViewStrings } from "../../player/first-view.strings.js";
import { strings } from "../../player/strings.js";
import { escapeHtml } from "../html-page.js";
import { templateMinifyPlugin } from "./template-minify.js";

/** An LMS connection that holds nothing: a first visit, as the build imagines it. */
function firstVisitConnection(saveState: SaveState): LmsConnection {
  return {
    kind: saveState === "local" ? "local" : "scorm2004",
    start: () => ({
      suspendData: "",
      location: "",
      held: { completion: "unknown", success: "unknown" },
      firstLaunch: true,
    }),
    save: () => saveState,
    flush: () => {},
    finish: () => {},
    saveState,
    onSaveStateChange: () => {},
  } as LmsConnection;
}

/**
 * The save state a new learner of each package sees first: the web package saves in the browser,
 * the SCORM packages in the LMS. The first screen says which, so each package has its own.
 */
export const FIRST_SAVE_STATE: Record<PackageFormat, SaveState> = {
  web: "local",
  scorm12: "saved",
  scorm2004: "saved",
};

/** The player's modules as the server renders them. */
interface PlayerModules {
  CourseSession: typeof import("../../player/session.js").CourseSession;
}

let playerModules: Promise<PlayerModules> | undefined;

/**
 * The player's elements loaded through Vite with the player's own transforms (its template
 * minifier above all: hydration checks that the browser's templates are the ones rendered here,
 * by a digest of their text). Loaded once a process: elements are defined in one registry for the
 * process, which a second load would define again. The Vite instance stays open (it watches no
 * files and serves nothing) because rendering a page starts imports of lazily loaded elements.
 */
function loadPlayerModules(): Promise<PlayerModules> {
  playerModules ??= (async () => {
    // Lit's server build and its DOM shim must be in place before the elements are defined.
    await import("@lit-labs/ssr");
    const { createServer } = await import("vite");
    const { playerConfig } = await import("./player-config.js");
    const vite = await createServer({
      ...playerConfig("course", "build/prerender"),
      // The course plugin is not needed: the elements take the course from the session.
      plugins: [templateMinifyPlugin()],
      configFile: false,
      appType: "custom",
      server: { middlewareMode: true, hmr: false, ws: false, watch: null },
      optimizeDeps: { noDiscovery: true, include: [] },
    });
    // Every element the first page may show is defined first, including those the player
    // fetches only when a page shows one: the server renders only defined elements' contents.
    for (const file of elementFiles()) await vite.ssrLoadModule(file);
    const { CourseSession } = (await vite.ssrLoadModule(
      "/session.ts",
    )) as typeof import("../../player/session.js");
    return { CourseSession };
  })();
  return playerModules;
}

/** Folders of `src/` that never ship: Node code, which no element is in. */
const NODE_ONLY = ["compiler", "tools"];

const SRC = resolve(import.meta.dirname, "../..");

/** The source files that define an element (`customElements.define`), absolute. */
function elementFiles(): string[] {
  return readdirSync(SRC, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"))
    .filter((f) => !NODE_ONLY.includes(f.split(/[\\/]/)[0]))
    .map((f) => join(SRC, f))
    .filter((f) => readFileSync(f, "utf8").includes("customElements.define("))
    .sort();
}

/**
 * Elements the player fetches only when a page shows one, but loads with itself when the first
 * screen shows one, so that they are taken over with that screen instead of staying inert until
 * their code comes: the question card, whose answer a learner may reach for at once. Their files
 * are listed with the player's (`data-start="first-view"`, so they count in its start budget)
 * and main.ts waits for them before it hydrates. Other kinds' elements on the first screen stay
 * inert for the moment their code takes.
 */
export const LOADED_WITH_FIRST_VIEW: readonly string[] = ["question-card"];

/** The build manifest's key of the source that defines each element, by tag. */
function elementSources(): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of elementFiles()) {
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/customElements\.define\(\s*["']([a-z][\w-]*)["']/g)) {
      // The manifest's keys are relative to the player's root (src/player).
      out.set(m[1], relative(join(SRC, "player"), file).replaceAll("\\", "/"));
    }
  }
  return out;
}

/** The sources (manifest keys) of the elements of `tags` that the first view `markup` shows. */
export function firstViewElements(
  markup: string,
  sources: ReadonlyMap<string, string>,
  tags: readonly string[] = LOADED_WITH_FIRST_VIEW,
): string[] {
  const shown = new Set(
    [...markup.matchAll(/<([a-z][a-z0-9]*-[a-z0-9-]*)[\s>]/g)].map((m) => m[1]),
  );
  return tags
    .filter((tag) => shown.has(tag))
    .map((tag) => {
      const source = sources.get(tag);
      if (!source) throw new Error(`no source file defines <${tag}>: cannot prerender`);
      return source;
    });
}

/**
 * The player's first screen, as HTML with declarative shadow roots: the first page, with no
 * learner's state claimed (no module state, no progress), since the page shows it before the
 * player has read where the learner is; `status` says so meanwhile.
 */
async function renderFirstView(
  course: Course,
  saveState: SaveState,
  status: string,
  { CourseSession }: PlayerModules,
): Promise<string> {
  const { render } = await import("@lit-labs/ssr");
  const { collectResult } = await import("@lit-labs/ssr/lib/render-result.js");
  const { html } = await import("lit");
  const session = new CourseSession(course, firstVisitConnection(saveState), () => 0);
  session.begin();
  session.finding = true;
  const first = course.modules[0].id;
  // Rendered as main.ts hydrates it: before the page is opened (nothing saved yet), in place.
  const key = firstViewKey(session);
  const markup = await collectResult(
    render(html`<course-player .session=${session} .current=${first} .page=${1}></course-player>`),
  );
  // boot.ts puts the failure text in place if the player cannot start.
  const loading = `<p id="loading" role="status" data-failed="${escapeHtml(`${strings.courseErrorTitle}. ${strings.courseError}`)}">${escapeHtml(status)}</p>`;
  // Inert until the player hydrates it: nothing can be pressed that would not respond.
  return `${markup.replace(
    "<course-player",
    `<course-player defer-hydration inert ${FIRST_VIEW_ATTR}="${escapeHtml(key)}"`,
  )}\n${loading}`;
}

/** Every inline style's CSP hash: declarative shadow roots carry their styles as <style>. */
export function styleHashes(markup: string): string[] {
  return inlineHashes(markup, "style");
}

/** The CSP hash of each distinct body of the inline elements `tag` in `markup`. */
function inlineHashes(markup: string, tag: "style" | "script"): string[] {
  const hashes = new Set<string>();
  for (const m of markup.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, "g"))) {
    hashes.add(`'sha256-${createHash("sha256").update(m[1]).digest("base64")}'`);
  }
  return [...hashes];
}

/** The template that holds the player's scripts until the page has painted. */
export const PLAYER_SCRIPTS_ID = "player-scripts";

/**
 * The page's one inline script: once the first view has been painted, puts the player's scripts
 * (the template's modulepreload links and boot.ts) into the page, so not even their fetching and
 * compiling competes with that paint for a slow processor. "Painted" is the browser's first
 * contentful paint, when it comes after the page has been read (its paint timing entry), else the
 * next frame (the page had painted in part while it arrived); a page that gets no frames (hidden,
 * or an LMS frame the browser throttles) or a browser without paint timing starts them at once or
 * after two seconds.
 */
export const STARTER = `{let s=0;const d=document,f=requestAnimationFrame,p=x=>x.getEntriesByName("first-contentful-paint")[0],go=()=>s++||d.body.append(d.importNode(d.getElementById("${PLAYER_SCRIPTS_ID}").content,!0)),l=()=>setTimeout(go);d.visibilityState!="visible"?go():(setTimeout(go,2e3),f(()=>p(performance)?f(l):new PerformanceObserver((e,o)=>p(e)&&(o.disconnect(),l())).observe({type:"paint",buffered:!0})))}`;

export interface FirstView {
  /** The prerendered shell and first page (renderFirstView). */
  markup: string;
  /** The page's own stylesheet, inlined so the first paint waits for no other file. */
  css: string;
  /** The board's brand colour, set at build time so the first paint is already in it. */
  brandColour?: string;
  /** Package paths of the scripts the player needs, fetched once the page has painted. */
  preloads: readonly string[];
  /**
   * Which of them boot.ts starts (the player and Lit's hydration support), and which main.ts
   * loads before it takes the first view over (its elements in LOADED_WITH_FIRST_VIEW).
   */
  started: { player?: string; hydrate?: string; firstView?: readonly string[] };
}

/**
 * index.html with the first view in its body, its stylesheet inlined in place of the link, the
 * page's script (boot.ts) and the player's files held in a template at the end of the body that
 * the starter puts in place after the first paint (so fetching and compiling them never delays
 * it, on a slow network or a slow processor), and every inline style and the starter allowed by
 * their hashes. Throws if the page lacks a place it fills, so a changed template cannot silently
 * lose the prerender.
 */
export function withFirstView(indexHtml: string, view: FirstView): string {
  const body = /<body>\s*/;
  const bodyEnd = /\s*<\/body>/;
  const policy = /style-src 'self'/;
  const scriptPolicy = /script-src 'self'/;
  const stylesheet = /\s*<link rel="stylesheet"[^>]*>/;
  const bootScript = /\s*<script type="module"[^>]*><\/script>/;
  for (const [what, pattern] of [
    ["<body>", body],
    ["</body>", bodyEnd],
    ["style-src 'self'", policy],
    ["script-src 'self'", scriptPolicy],
    ['<link rel="stylesheet">', stylesheet],
    ['<script type="module">', bootScript],
  ] as const) {
    if (!pattern.test(indexHtml)) throw new Error(`index.html has no ${what}: cannot prerender`);
  }
  const brand = view.brandColour ? `:root{--brand:${view.brandColour};--brand-fg:#fff}` : "";
  const style = `<style>${view.css.trim()}${brand}</style>`;
  const hashes = styleHashes(style + view.markup).join(" ");
  const starter = `<script>${STARTER}</script>`;
  // boot.ts starts the scripts marked data-start, and main.ts those of the first view.
  const role = (path: string) =>
    path === view.started.player
      ? "player"
      : path === view.started.hydrate
        ? "hydrate"
        : view.started.firstView?.includes(path)
          ? "first-view"
          : "";
  const preloads = view.preloads
    .map((path) => {
      const start = role(path) ? ` data-start="${role(path)}"` : "";
      return `<link rel="modulepreload" crossorigin href="./${escapeHtml(path)}"${start}>`;
    })
    .join("\n");
  const boot = (bootScript.exec(indexHtml) as RegExpExecArray)[0].trim();
  // boot.ts first: browsers open a few connections to a server at a time, and boot.ts is what
  // starts the others once they have come.
  const scripts = `<template id="${PLAYER_SCRIPTS_ID}">\n${boot}\n${preloads}\n</template>\n${starter}`;
  return indexHtml
    .replace(policy, `style-src 'self' ${hashes}`)
    .replace(scriptPolicy, `script-src 'self' ${inlineHashes(starter, "script").join(" ")}`)
    .replace(stylesheet, (link) => `${link.match(/^\s*/)?.[0] ?? ""}${style}`)
    .replace(bootScript, "")
    .replace(body, (open) => `${open}${view.markup}\n`)
    .replace(bodyEnd, (close) => `\n${scripts}${close}`);
}

/** Vite's build manifest: each source's file and the chunks it imports. */
export type BuildManifest = Record<string, { file: string; imports?: string[] }>;

/** The LMS connection each package's player loads (src/lms/index.ts), by source. */
const CONNECTION_SOURCE: Record<PackageFormat, string> = {
  web: "../lms/local.ts",
  scorm12: "../lms/scorm12.ts",
  scorm2004: "../lms/scorm2004.ts",
};

/** The file a source (a manifest key) was built into. */
function fileOf(manifest: BuildManifest, key: string): string {
  const entry = manifest[key];
  if (!entry) throw new Error(`the web build's manifest has no ${key}: cannot prerender`);
  return entry.file;
}

/**
 * The scripts a package's player needs, in the order it needs them: Lit's hydration support,
 * the player and what it imports (Lit, the course's outline with the first module whole), the
 * package's own LMS connection, and the elements of `firstView` (sources the first view shows
 * that load with the player: firstViewElements) with what they import.
 */
export function playerPreloads(
  manifest: BuildManifest,
  format: PackageFormat,
  firstView: readonly string[] = [],
): string[] {
  const out: string[] = [];
  const add = (key: string) => {
    const file = fileOf(manifest, key);
    for (const imported of manifest[key].imports ?? []) add(imported);
    if (!out.includes(file)) out.push(file);
  };
  for (const key of ["hydrate.ts", "main.ts", CONNECTION_SOURCE[format], ...firstView]) add(key);
  return out;
}

/**
 * Prerenders the web build in `webDir` for each package: every package gets the first screen its
 * new learner sees (the save status differs) with the stylesheet inlined. The web package's page
 * replaces index.html in `webDir`, and the stylesheet file, now inlined, is removed.
 */
export async function prerenderPackages(
  course: Course,
  webDir: string,
): Promise<Map<PackageFormat, string>> {
  const indexPath = join(webDir, "index.html");
  const template = readFileSync(indexPath, "utf8");
  const link = /<link rel="stylesheet"[^>]*href="\.\/([^"]+)"/.exec(template);
  if (!link) throw new Error("index.html links no stylesheet: cannot prerender");
  const cssPath = join(webDir, link[1]);
  const css = readFileSync(cssPath, "utf8");
  const manifestDir = join(webDir, ".vite");
  const manifest = JSON.parse(
    readFileSync(join(manifestDir, "manifest.json"), "utf8"),
  ) as BuildManifest;
  rmSync(manifestDir, { recursive: true });
  const started = { hydrate: manifest["hydrate.ts"]?.file, player: manifest["main.ts"]?.file };
  const title = strings.pageTitle(course.modules[0].title, course.title);
  const page = template
    .replace(/<html lang="[^"]*">/, `<html lang="${escapeHtml(course.language)}">`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title)}</title>`);
  const out = new Map<PackageFormat, string>();
  const modules = await loadPlayerModules();
  const sources = elementSources();
  for (const [format, saveState] of Object.entries(FIRST_SAVE_STATE) as Array<
    [PackageFormat, SaveState]
  >) {
    // The web package's learner's place is kept in this browser; the others', in the LMS.
    const status =
      format === "web" ? firstViewStrings.findingPlaceHere : firstViewStrings.findingPlace;
    const markup = await renderFirstView(course, saveState, status, modules);
    const firstView = firstViewElements(markup, sources);
    const preloads = playerPreloads(manifest, format, firstView);
    out.set(
      format,
      withFirstView(page, {
        markup,
        css,
        brandColour: course.branding?.colour,
        preloads,
        started: { ...started, firstView: firstView.map((key) => fileOf(manifest, key)) },
      }),
    );
  }
  writeFileSync(indexPath, out.get("web") as string);
  rmSync(cssPath);
  return out;
}
