/**
 * Shrinks the player's Lit templates at build time: CSS in `css` templates loses comments and
 * layout whitespace, and the indentation between lines of `html`/`svg` templates becomes one
 * space (which HTML renders the same), so the design system and the readable source cost the
 * learner little of the 30 kB player budget.
 */
import type { Plugin } from "vite";

/** CSS text without comments or whitespace that carries no meaning. */
export function minifyCss(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\s+/g, " ")
    .replace(/\s*([{};,>])\s*/g, "$1")
    .replace(/:\s+/g, ":")
    .replace(/;}/g, "}")
    .replace(/([^\w.-])0\.(\d)/g, "$1.$2")
    .trim();
}

/** Minifies every css`…` template without interpolations. */
export function minifyStyleTemplates(source: string): string {
  return source.replace(/\bcss`([^`$]*)`/g, (_all, body: string) => `css\`${minifyCss(body)}\``);
}

/** Line breaks and the indentation around them in markup: one space renders the same. */
const collapse = (text: string) => text.replace(/[ \t]*\n\s*/g, " ");

/**
 * Collapses line-break whitespace in the static parts of html`…` and svg`…` templates, leaving
 * the expressions inside `${…}` as written. Returns the source unchanged if it cannot follow it.
 */
export function minifyMarkupTemplates(source: string): string {
  let out = "";
  let i = 0;
  const tag = /\b(?:html|svg)`/g;
  try {
    while (true) {
      tag.lastIndex = i;
      const m = tag.exec(source);
      if (!m) break;
      const start = m.index + m[0].length;
      out += source.slice(i, start);
      const [text, end] = template(source, start, true);
      out += text;
      i = end;
    }
    return out + source.slice(i);
  } catch {
    return source;
  }
}

/** Reads a template body from `i` (after the backtick) to its closing backtick. */
function template(src: string, i: number, markup: boolean): [string, number] {
  let out = "";
  let run = "";
  const flush = () => {
    out += markup ? collapse(run) : run;
    run = "";
  };
  while (i < src.length) {
    const c = src[i];
    if (c === "\\") {
      run += src.slice(i, i + 2);
      i += 2;
    } else if (c === "`") {
      flush();
      return [`${out}\``, i + 1];
    } else if (c === "$" && src[i + 1] === "{") {
      flush();
      const [expr, end] = expression(src, i + 2);
      out += `\${${expr}`;
      i = end;
    } else {
      run += c;
      i++;
    }
  }
  throw new Error("unterminated template");
}

/** Reads an expression from `i` to its closing brace (included), minifying nested markup templates. */
function expression(src: string, i: number): [string, number] {
  let out = "";
  let depth = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === "'" || c === '"') {
      let j = i + 1;
      while (src[j] !== c) j += src[j] === "\\" ? 2 : 1;
      out += src.slice(i, j + 1);
      i = j + 1;
    } else if (c === "`") {
      const markup = /\b(?:html|svg)$/.test(out);
      const [text, end] = template(src, i + 1, markup);
      out += `\`${text}`;
      i = end;
    } else if (c === "/" && (src[i + 1] === "/" || src[i + 1] === "*")) {
      throw new Error("comment inside an expression: left as written");
    } else {
      if (c === "{") depth++;
      if (c === "}") {
        if (depth === 0) return [`${out}}`, i + 1];
        depth--;
      }
      out += c;
      i++;
    }
  }
  throw new Error("unterminated expression");
}

export function templateMinifyPlugin(): Plugin {
  return {
    name: "template-minify",
    enforce: "pre",
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id)) return null;
      const styled = /styles\.ts$/.test(id) ? minifyStyleTemplates(code) : code;
      return { code: minifyMarkupTemplates(styled), map: null };
    },
  };
}
