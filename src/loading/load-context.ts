/**
 * What a block's loader is given at build time: where it is (file, course folder), where problems
 * go, and the course-wide checks every kind shares (ids, themes, YAML with line numbers).
 */

import { ID_PATTERN } from "../course/model.js";
import type { TermUse } from "./marking.js";
import type { CourseProblem } from "./problems.js";
import { type ParsedYaml, parseYaml } from "./yaml-fields.js";

/** Every id a course reports to an LMS: letters, digits and hyphens, at most 64 characters. */
export const REPORTED_ID_PATTERN = /^[a-z][a-z0-9-]{0,63}$/;

export class IdRegistry {
  private readonly seen = new Map<string, string>();
  constructor(private readonly problems: CourseProblem[]) {}

  /** Records an id; reports a bad shape or a second use anywhere in the course. */
  claim(id: string | undefined, what: string, file: string, line: number): id is string {
    if (id === undefined) return false;
    if (!ID_PATTERN.test(id)) {
      this.problems.push({
        file,
        line,
        message: `the ${what} id "${id}" should start with a lowercase letter and use only lowercase letters, digits and hyphens (at most 48 characters)`,
      });
      return false;
    }
    return this.claimReported(id, what, file, line);
  }

  /**
   * Records an id the course builds from others (a scenario's decision ids): it must be unique in
   * the course and fit what every LMS takes as an interaction id.
   */
  claimReported(id: string, what: string, file: string, line: number): boolean {
    if (!REPORTED_ID_PATTERN.test(id)) {
      this.problems.push({
        file,
        line,
        message: `the ${what} id "${id}" is ${id.length} characters, more than the 64 an LMS accepts: shorten the ids it is made from`,
      });
      return false;
    }
    const before = this.seen.get(id);
    if (before) {
      this.problems.push({
        file,
        line,
        message: `the id "${id}" is already used at ${before}: every id in a course must be different`,
      });
      return false;
    }
    this.seen.set(id, `${file}:${line}`);
    return true;
  }
}

export interface BlockContext {
  /** The module file being read, as shown in problems. */
  file: string;
  /** Absolute path of the course folder. */
  dir: string;
  problems: CourseProblem[];
  ids: IdRegistry;
  themeIds: Set<string>;
  /** False when course.yaml could not be read, so declared themes are unknown. */
  themesKnown: boolean;
  /** Course-relative paths of media files the content uses (copied into the package). */
  media: Set<string>;
  /** Glossary terms marked [[like this]] in the course text, checked against glossary.yaml. */
  termUses: Array<TermUse & { file: string }>;
}

export function problem(ctx: BlockContext, line: number, message: string): void {
  ctx.problems.push({ file: ctx.file, line, message });
}

export function checkTheme(theme: string, line: number, ctx: BlockContext): void {
  if (ctx.themesKnown && !ctx.themeIds.has(theme)) {
    const known = [...ctx.themeIds].join(", ") || "none yet";
    problem(
      ctx,
      line,
      `the theme "${theme}" is not declared in course.yaml (declared themes: ${known})`,
    );
  }
}

/** The YAML inside a fenced block, or undefined (with a problem) when it is unreadable or empty. */
export function readBlockYaml(
  kind: string,
  text: string,
  fenceLine: number,
  ctx: BlockContext,
): (ParsedYaml & { root: NonNullable<ParsedYaml["root"]> }) | undefined {
  const parsed = parseYaml(text, ctx.file, fenceLine + 1, ctx.problems);
  if (!parsed) return undefined;
  if (parsed.root === null) {
    problem(ctx, fenceLine, `this ${kind} block is empty`);
    return undefined;
  }
  return parsed as ParsedYaml & { root: NonNullable<ParsedYaml["root"]> };
}

/** Reads a fenced block's text (YAML, usually) starting on the line after its fence. */
export type BlockLoader<B> = (text: string, fenceLine: number, ctx: BlockContext) => B | undefined;
