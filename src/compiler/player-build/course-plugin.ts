/**
 * A Vite plugin that compiles the course folder into the virtual module `virtual:course`, so the
 * player ships compiled JSON and never a Markdown parser. In the dev server it watches the course
 * folder, reloads the page on every save and shows content problems in the page until fixed.
 */
import { copyFileSync, createReadStream, existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, extname, join, resolve } from "node:path";
import { marked } from "marked";
import type { Plugin, ViteDevServer } from "vite";
import { outlineCourse } from "../../blocks/outline.js";
import type { Course } from "../../course/model.js";
import { CourseError, type CourseProblem } from "../../loading/problems.js";
import {
  headingAnchor,
  previewGuideLinks,
  previewProblemLines,
} from "../authoring/preview-problems.js";
import { checkSavedStateFits } from "../course/course-rules.js";
import { checkCourse, type LoadedCourse } from "../course/loader.js";

const VIRTUAL_ID = "virtual:course";
/** The authoring guide, in the project folder whatever the course folder or current folder. */
const GUIDE = resolve(import.meta.dirname, "../../../course/README.md");

/**
 * The content type of a media file, by its ending: a browser shows an SVG figure only when it
 * is served as image/svg+xml, and every new course starts with one.
 */
const MEDIA_TYPES: Record<string, string> = {
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".pdf": "application/pdf",
  ".mp3": "audio/mpeg",
  ".mp4": "video/mp4",
  ".vtt": "text/vtt; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

export function mediaType(file: string): string {
  return MEDIA_TYPES[extname(file).toLowerCase()] ?? "application/octet-stream";
}
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
/** `virtual:course/module/<id>`: one module's full blocks, a file of its own. */
const MODULE_PREFIX = `${VIRTUAL_ID}/module/`;

/**
 * The course as the player starts with it: every module's outline (src/blocks/outline.ts), and
 * for each module but the first a loader of its full blocks, each its own file. The first module
 * comes whole: every learner's first screen (the prerendered one above all) shows it, and on a
 * slow network one request fewer before the player starts is worth more than its bytes.
 */
export function courseModuleSource(course: Course): string {
  const [first, ...rest] = course.modules;
  const outline = outlineCourse(course);
  if (first) outline.modules[0] = { ...outline.modules[0], blocks: first.blocks };
  const loaders = rest
    .map(
      (m) =>
        `${JSON.stringify(m.id)}: () => import(${JSON.stringify(MODULE_PREFIX + m.id)}).then((m) => m.default)`,
    )
    .join(",\n");
  // JSON.parse of a string literal: engines parse that faster than the same object literal.
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(outline))});
export const moduleContent = {\n${loaders}\n};
export const problems = []; export const problemGuides = [];`;
}

/** One module's full blocks, as the file the player fetches to show its pages. */
export function moduleContentSource(course: Course, moduleId: string): string | undefined {
  const module = course.modules.find((m) => m.id === moduleId);
  if (!module) return undefined;
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(module.blocks))});`;
}

/** Checks and compiles a course folder, with every build-time rule applied. */
export function compileCourse(dir: string): { loaded?: LoadedCourse; problems: CourseProblem[] } {
  const { course, problems } = checkCourse(dir);
  if (course) problems.push(...checkSavedStateFits(course));
  return { loaded: problems.length === 0 ? course : undefined, problems };
}

export function coursePlugin(courseDir: string): Plugin {
  const dir = resolve(courseDir);
  let server: ViteDevServer | undefined;
  let lastMedia: string[] = [];
  return {
    name: "course",
    resolveId(id) {
      if (id === VIRTUAL_ID || id.startsWith(MODULE_PREFIX)) return `\0${id}`;
      return undefined;
    },
    load(id) {
      if (id.startsWith(`\0${MODULE_PREFIX}`)) {
        const { loaded } = compileCourse(dir);
        const moduleId = id.slice(MODULE_PREFIX.length + 1);
        const source = loaded ? moduleContentSource(loaded.course, moduleId) : undefined;
        // In preview a course with problems has no modules to load; the page shows the problems.
        return source ?? "export default [];";
      }
      if (id !== RESOLVED_ID) return undefined;
      const { loaded, problems } = compileCourse(dir);
      if (!loaded) {
        if (server) {
          // In preview the page shows the problems and recovers on the next save.
          const lines = previewProblemLines(problems, dir);
          const guides = previewGuideLinks(problems);
          return `export default null; export const moduleContent = {}; export const problems = ${JSON.stringify(lines)}; export const problemGuides = ${JSON.stringify(guides)};`;
        }
        throw new CourseError(problems);
      }
      lastMedia = loaded.media;
      return courseModuleSource(loaded.course);
    },
    transformIndexHtml: {
      order: "pre",
      handler(html, ctx) {
        // The dev server injects styles and talks over a websocket; the packages need neither.
        if (!ctx.server) return html;
        return html
          .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
          .replace("connect-src 'self'", "connect-src 'self' ws: wss:");
      },
    },
    configureServer(s) {
      server = s;
      s.watcher.add(dir);
      const reload = (file: string) => {
        if (!file.startsWith(dir)) return;
        // The course and each module's content.
        for (const [id, mod] of s.moduleGraph.idToModuleMap) {
          if (id.startsWith(RESOLVED_ID)) s.moduleGraph.invalidateModule(mod);
        }
        s.ws.send({ type: "full-reload" });
      };
      s.watcher.on("change", reload);
      s.watcher.on("add", reload);
      s.watcher.on("unlink", reload);
      // The authoring guide as a page, so each problem can link to the section that explains it.
      s.middlewares.use("/guide", (_req, res) => {
        res.setHeader("Content-Type", "text/html; charset=utf-8");
        res.setHeader("Cache-Control", "no-store");
        res.end(guidePage());
      });
      s.middlewares.use((req, res, next) => {
        const url = decodeURIComponent((req.url ?? "").split("?")[0]);
        const m = /^\/(media\/.+)$/.exec(url);
        if (!m) return next();
        const file = resolve(dir, m[1]);
        if (!file.startsWith(`${dir}/`)) return next();
        res.setHeader("Cache-Control", "no-store");
        res.setHeader("Content-Type", mediaType(file));
        res.setHeader("X-Content-Type-Options", "nosniff");
        createReadStream(file)
          .on("error", () => next())
          .pipe(res);
      });
    },
    writeBundle(options) {
      const out = options.dir as string;
      for (const m of lastMedia) {
        const target = join(out, m);
        mkdirSync(dirname(target), { recursive: true });
        copyFileSync(join(dir, m), target);
      }
    },
  };
}

/**
 * The authoring guide (the project's course/README.md) rendered for the live preview, with
 * heading anchors the problem page links to. Always the guide: a course folder's own README.md
 * (a new course's says only what the folder holds) has none of the sections problems link to.
 */
function guidePage(): string {
  const markdown = existsSync(GUIDE)
    ? readFileSync(GUIDE, "utf8")
    : "# The authoring guide\n\nNot found.";
  const body = marked
    .parse(markdown, { async: false })
    .replace(
      /<h([1-4])>([\s\S]*?)<\/h\1>/g,
      (_m, level: string, inner: string) =>
        `<h${level} id="${headingAnchor(inner.replace(/<[^>]*>/g, "").replace(/&[a-z#0-9]+;/g, ""))}">${inner}</h${level}>`,
    );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Authoring guide</title><style>body{font:1.05rem/1.6 system-ui,sans-serif;max-width:46rem;margin:0 auto;padding:1rem 1.25rem;color:#1b1b1b}code,pre{background:#f2f2f2;border-radius:4px}pre{padding:.75rem;overflow:auto}table{border-collapse:collapse}td,th{border:1px solid #999;padding:.3rem .5rem;vertical-align:top}:target{background:#fff3c4}a{color:#1d4e89}</style></head><body><main>${body}</main></body></html>`;
}
