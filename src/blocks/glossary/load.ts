/**
 * Reads the glossary at build time: glossary.yaml's terms, and the ```glossary block that lists
 * them. Checks, with file:line problems, that every marked term is defined, every defined term is
 * used, and that a course with terms has a glossary page.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type BlockLoader, problem } from "../../loading/load-context.js";
import { renderInline } from "../../loading/markdown.js";
import type { TermUse } from "../../loading/marking.js";
import { termId } from "../../loading/marking.js";
import type { CourseProblem } from "../../loading/problems.js";
import { FieldReader, parseYaml } from "../../loading/yaml-fields.js";
import type { GlossaryBlock, GlossaryTerm } from "./model.js";

const GLOSSARY_KEYS = ["terms"] as const;
const TERM_KEYS = ["term", "definition"] as const;

export const loadGlossaryBlock: BlockLoader<GlossaryBlock> = (text, fenceLine, ctx) => {
  if (text.trim()) {
    problem(
      ctx,
      fenceLine + 1,
      "a glossary block takes nothing inside it: write the terms in glossary.yaml",
    );
  }
  return { kind: "glossary" };
};

export interface LoadedGlossary {
  terms: GlossaryTerm[];
  /** The line each term is defined on, by id. */
  lines: Map<string, number>;
}

/** glossary.yaml, or no terms when the course has none. */
export function readGlossary(
  dir: string,
  display: (path: string) => string,
  problems: CourseProblem[],
): LoadedGlossary {
  const path = join(dir, "glossary.yaml");
  const out: LoadedGlossary = { terms: [], lines: new Map() };
  if (!existsSync(path)) return out;
  const file = display(path);
  const text = readFileSync(path, "utf8")
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n");
  const parsed = parseYaml(text, file, 1, problems);
  if (!parsed) return out;
  const r = new FieldReader(parsed.root, parsed.source, "glossary.yaml", problems, GLOSSARY_KEYS);
  if (!r.ok) return out;
  for (const node of r.list("terms")?.items ?? []) {
    const t = new FieldReader(node, parsed.source, "a glossary term", problems, TERM_KEYS);
    const term = t.text("term");
    const definition = t.text("definition");
    t.finish();
    if (!term || !definition) continue;
    const id = termId(term);
    const before = out.lines.get(id);
    if (before !== undefined) {
      t.problem(
        t.lineOfKey("term"),
        `the term "${term}" is already defined on line ${before}: define each term once`,
      );
      continue;
    }
    out.lines.set(id, t.lineOfKey("term"));
    out.terms.push({ id, term, html: renderInline(definition) });
  }
  r.finish();
  return out;
}

/** Marked terms against defined ones, both ways, and a glossary page for a course with terms. */
export function checkGlossary(
  glossary: LoadedGlossary,
  uses: ReadonlyArray<TermUse & { file: string }>,
  hasGlossaryPage: boolean,
  glossaryFile: string,
  problems: CourseProblem[],
): void {
  for (const use of uses) {
    if (glossary.lines.has(use.id)) continue;
    problems.push({
      file: use.file,
      line: use.line,
      message: `the term "${use.words}" is marked with [[ ]] but glossary.yaml does not define it: add it there, or remove the brackets`,
    });
  }
  const used = new Set(uses.map((u) => u.id));
  for (const t of glossary.terms) {
    if (used.has(t.id)) continue;
    problems.push({
      file: glossaryFile,
      line: glossary.lines.get(t.id) ?? 1,
      message: `the term "${t.term}" is defined but never used: mark it in the text as [[${t.term}]], or remove it`,
    });
  }
  if (glossary.terms.length > 0 && !hasGlossaryPage) {
    problems.push({
      file: glossaryFile,
      line: 1,
      message:
        "the course defines terms but no module lists them: add a ```glossary block (usually to the last module)",
    });
  }
}
