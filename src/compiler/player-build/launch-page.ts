/**
 * What a built launch page (index.html) makes the browser fetch: the files its first paint waits
 * for, and the player's scripts, which it starts only after that paint. Read by the budget tests
 * and the benchmark from the package's own page, so what they measure is what a learner loads.
 */
import { gzipSync } from "node:zlib";

const attribute = (tag: string, name: string) =>
  new RegExp(`\\s${name}(?:="([^"]*)")?`, "i").exec(tag);

/** Package paths (no leading "./") of the files the first paint waits for besides the page. */
export function renderBlockingOf(html: string): string[] {
  const out: string[] = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = attribute(tag, "rel")?.[1]?.toLowerCase();
    const media = attribute(tag, "media")?.[1];
    if (rel === "stylesheet" && (!media || media === "all" || media === "screen")) {
      out.push(pathOf(attribute(tag, "href")?.[1]));
    }
  }
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attribute(tag, "src")?.[1];
    if (!src) continue;
    const type = attribute(tag, "type")?.[1];
    // Classic scripts without async or defer stop the parser; module scripts are deferred.
    if (type !== "module" && !attribute(tag, "async") && !attribute(tag, "defer")) {
      out.push(pathOf(src));
    }
  }
  return out;
}

export interface PlayerScripts {
  /** The page's own script (boot.ts). */
  boot: string;
  /** Lit's hydration support: loaded only to take over a prerendered first screen. */
  hydration?: string;
  /**
   * Everything else the player loads to start: itself, Lit, its LMS connection, the course's
   * outline (with the first module whole), and the question card when the first screen shows one
   * (`data-start="first-view"`: prerender.ts's LOADED_WITH_FIRST_VIEW), which counts as the player's.
   */
  player: string[];
}

/**
 * The scripts the page names, held in its template for the starter: its module script and the
 * modulepreload links for the player.
 */
export function playerScriptsOf(html: string): PlayerScripts {
  let boot: string | undefined;
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    if (attribute(tag, "type")?.[1] === "module" && attribute(tag, "src")) {
      boot = pathOf(attribute(tag, "src")?.[1]);
    }
  }
  if (!boot) throw new Error("the launch page has no module script");
  let hydration: string | undefined;
  const player: string[] = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    if (attribute(tag, "rel")?.[1] !== "modulepreload") continue;
    const path = pathOf(attribute(tag, "href")?.[1]);
    if (attribute(tag, "data-start")?.[1] === "hydrate") hydration = path;
    else player.push(path);
  }
  return { boot, hydration, player };
}

function pathOf(href: string | undefined): string {
  if (!href) throw new Error("a link or script on the launch page has no address");
  return href.replace(/^\.\//, "");
}

const gzip = (bytes: Uint8Array) => gzipSync(bytes, { level: 9 }).length;

function fileOf(files: ReadonlyMap<string, Uint8Array>, path: string): Uint8Array {
  const bytes = files.get(path);
  if (!bytes) throw new Error(`the launch page names ${path}, which the package does not have`);
  return bytes;
}

/** Bytes the first paint needs, uncompressed: the page and every file it blocks on. */
export function firstPaintBytes(html: string, files: ReadonlyMap<string, Uint8Array>): number {
  return (
    Buffer.byteLength(html) +
    renderBlockingOf(html).reduce((n, path) => n + fileOf(files, path).length, 0)
  );
}

/** The player's JS a learner loads to start, each file gzipped alone (hydration apart). */
export function playerJsGzip(html: string, files: ReadonlyMap<string, Uint8Array>) {
  const scripts = playerScriptsOf(html);
  // The course's outline (and any module's content) is the course, not the player.
  const course = scripts.player.filter((p) => /^assets\/(course|module)-/.test(p));
  const code = [scripts.boot, ...scripts.player.filter((p) => !course.includes(p))];
  return {
    files: code,
    gzip: code.reduce((n, path) => n + gzip(fileOf(files, path)), 0),
    hydrationGzip: scripts.hydration ? gzip(fileOf(files, scripts.hydration)) : 0,
    courseGzip: course.reduce((n, path) => n + gzip(fileOf(files, path)), 0),
  };
}
