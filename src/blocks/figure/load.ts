/**
 * Reads a ```figure block at build time. Refuses, with file:line problems: an image that is not in
 * the course folder, a kind of file browsers cannot show, a file over the size budget, and an
 * image with neither a text alternative nor `decorative: true`.
 */
import { existsSync, statSync } from "node:fs";
import { extname, relative, resolve } from "node:path";
import { type BlockLoader, readBlockYaml } from "../../loading/load-context.js";
import { renderBlock, renderInline } from "../../loading/markdown.js";
import { FieldReader } from "../../loading/yaml-fields.js";
import type { FigureBlock } from "./model.js";

const FIGURE_KEYS = ["src", "alt", "decorative", "caption", "long_description"] as const;
const IMAGE_TYPES = [".svg", ".png", ".jpg", ".jpeg", ".gif", ".webp"];
/**
 * The largest image a course may carry: learners open courses on slow networks inside heavy LMS
 * pages, and the whole Family M package is about 60 kB. A photo saved for the web at 1200 px
 * wide is well under this.
 */
export const FIGURE_MAX_BYTES = 200_000;

export const loadFigure: BlockLoader<FigureBlock> = (text, fenceLine, ctx) => {
  const parsed = readBlockYaml("figure", text, fenceLine, ctx);
  if (!parsed) return undefined;
  const before = ctx.problems.length;
  const r = new FieldReader(parsed.root, parsed.source, "this figure", ctx.problems, FIGURE_KEYS);
  if (!r.ok) return undefined;
  const src = r.text("src");
  const srcLine = r.lineOfKey("src");
  const alt = r.text("alt", false);
  const decorative = r.boolean("decorative", false);
  const caption = r.text("caption", false);
  const longDescription = r.text("long_description", false);
  let path: string | undefined;
  if (src !== undefined) {
    const file = resolve(ctx.dir, src);
    if (/^[a-z]+:/i.test(src) || src.startsWith("//")) {
      r.problem(
        srcLine,
        `the image "${src}" is on the web: put the file in the course's media folder so the package needs no internet`,
      );
    } else if (!file.startsWith(`${ctx.dir}/`) || !existsSync(file) || !statSync(file).isFile()) {
      r.problem(
        srcLine,
        `the image "${src}" was not found in the course folder: check the name, or put the file in media/`,
      );
    } else if (!IMAGE_TYPES.includes(extname(file).toLowerCase())) {
      r.problem(srcLine, `"${src}" is not an image browsers show: use ${IMAGE_TYPES.join(", ")}`);
    } else if (statSync(file).size > FIGURE_MAX_BYTES) {
      const kb = Math.ceil(statSync(file).size / 1000);
      r.problem(
        srcLine,
        `the image "${src}" is ${kb} kB, more than the ${FIGURE_MAX_BYTES / 1000} kB a figure may be: save it smaller (for example 1200 px wide, or as SVG)`,
      );
    } else path = relative(ctx.dir, file);
  }
  if (alt === undefined && !decorative) {
    r.problem(
      r.line,
      `this figure has no "alt": describe what the image shows, or write "decorative: true" if it adds nothing to the text`,
    );
  }
  if (alt !== undefined && decorative) {
    r.problem(
      r.lineOfKey("decorative"),
      `this figure has "alt" and "decorative: true": a decorative image has no description, so keep one of them`,
    );
  }
  r.finish();
  if (ctx.problems.length > before || path === undefined) return undefined;
  ctx.media.add(path);
  return {
    kind: "figure",
    src: path,
    alt: alt ?? "",
    captionHtml: caption === undefined ? undefined : renderInline(caption),
    longDescriptionHtml: longDescription === undefined ? undefined : renderBlock(longDescription),
  };
};
