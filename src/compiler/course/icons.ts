/**
 * Module icons from lucide-static (ISC licence), installed from npm and drawn into the course at
 * build time: nothing is fetched, at build or in the browser. The package's icon-nodes.json gives
 * each icon as `[tag, attributes]` nodes; the build keeps only geometric elements and attributes
 * with number-like values and writes them out itself, so no text of the package's files (a
 * script, a style, an event handler, a link) can reach a learner's page whatever the file holds.
 * Build time only.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { ModuleIcon } from "../../course/model.js";
import { closest } from "../../loading/problems.js";

/** One icon as lucide-static lists it. */
export type IconNodes = ReadonlyArray<readonly [string, Readonly<Record<string, unknown>>]>;

/** Where an author finds the names. Said in the problem, never requested. */
export const ICON_NAMES_URL = "https://lucide.dev/icons";

/** The elements an icon may hold and, for each, the attributes kept (the rest are dropped). */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  path: ["d"],
  circle: ["cx", "cy", "r"],
  ellipse: ["cx", "cy", "rx", "ry"],
  rect: ["x", "y", "width", "height", "rx", "ry"],
  line: ["x1", "y1", "x2", "y2"],
  polyline: ["points"],
  polygon: ["points"],
};

/** Path data: commands and numbers only. Every other attribute: numbers only. */
const PATH_DATA = /^[MmLlHhVvCcSsQqTtAaZz0-9eE.,\s+-]+$/;
const NUMBERS = /^[0-9eE.,\s+-]+$/;

let cache: Readonly<Record<string, IconNodes>> | undefined;

/** Every icon lucide-static holds, by name (read once a process). */
export function iconSet(): Readonly<Record<string, IconNodes>> {
  if (!cache) {
    const require = createRequire(import.meta.url);
    const dir = require.resolve("lucide-static/package.json").replace(/package\.json$/, "");
    cache = JSON.parse(readFileSync(`${dir}icon-nodes.json`, "utf8")) as Record<string, IconNodes>;
  }
  return cache;
}

/**
 * The icon's SVG child elements as markup, made from its nodes: allowed elements with their
 * allowed attributes whose values are plain geometry; anything else is left out.
 */
export function iconSvg(nodes: IconNodes): string {
  const out: string[] = [];
  for (const node of nodes) {
    if (!Array.isArray(node)) continue;
    const [tag, attrs] = node;
    const kept = typeof tag === "string" && Object.hasOwn(ALLOWED, tag) ? ALLOWED[tag] : undefined;
    if (!kept || typeof attrs !== "object" || attrs === null) continue;
    const parts: string[] = [];
    for (const name of kept) {
      const value = Object.hasOwn(attrs, name) ? attrs[name] : undefined;
      const text = typeof value === "number" ? String(value) : value;
      if (typeof text !== "string" || text.length > 2000) continue;
      if (!(name === "d" ? PATH_DATA : NUMBERS).test(text)) continue;
      parts.push(` ${name}="${text.replace(/\s+/g, " ").trim()}"`);
    }
    if (parts.length > 0) out.push(`<${tag}${parts.join("")}/>`);
  }
  return out.join("");
}

/**
 * The icon an author named in a module's settings, or a problem: the message says where the
 * names are and, for a near miss, which one was probably meant.
 */
export function moduleIcon(
  name: string,
  set: Readonly<Record<string, IconNodes>> = iconSet(),
): { icon: ModuleIcon } | { problem: string } {
  const nodes = Object.hasOwn(set, name) ? set[name] : undefined;
  const svg = nodes ? iconSvg(nodes) : "";
  if (nodes && svg) return { icon: { name, svg } };
  const guess = closest(name, Object.keys(set));
  const hint = guess ? ` (did you mean "${guess}"?)` : "";
  return { problem: `unknown icon "${name}"${hint}; see ${ICON_NAMES_URL} for names` };
}
