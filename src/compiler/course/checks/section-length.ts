/**
 * The section-length rule: a section (the text between two section or page breaks) that holds
 * more than fits about one and a half screens at 1280×800 and two on a phone. Such a section is
 * a wall of text on a phone, and a knowledge check after it sits far from what it tests: the
 * author adds a ```continue break (or a page break) where the text turns. A warning, not an
 * error: the author may judge a long passage is best read whole. See course/README.md, "Sections".
 */
import { buildKindOf } from "../../../blocks/build-kinds.js";
import { isBreak } from "../../../blocks/continue/rules.js";
import type { Block, Module } from "../../../course/model.js";
import { marked } from "../../../loading/markdown.js";
import type { CourseProblem } from "../../../loading/problems.js";
import { wordsIn } from "./reading-time.js";

/**
 * The most words a section may hold. A phone 375 px wide shows about 6 to 7 words a line and 22
 * to 26 lines a screen below the course's header, so about 150 to 175 words; two screens are
 * about 350. At 1280×800 the text column holds about 11 words a line and 25 lines, so one and a
 * half screens are about 400: the phone is the tighter of the two, and sets the limit.
 */
export const SECTION_WORDS = 350;

/**
 * The words of one block, as the reading time counts them, for a block a break could be put
 * around. A block that asks several things in a row (a walked case's decisions, a final
 * assessment's questions) is one block, which no break can split, and moves the learner through
 * itself: it is not counted, so the text around it is judged on its own.
 */
export function blockWords(block: Block): number {
  const reading = buildKindOf(block).reading(block);
  if ((reading.decisions ?? 0) > 0 || (reading.questions ?? 0) > 1) return 0;
  return reading.words;
}

/** The words of each section of a module, in order: one entry per break, plus the first. */
export function sectionWords(module: Pick<Module, "title" | "blocks">): number[] {
  // The module's title opens its first section, as the reading time counts it.
  const words = [wordsIn(module.title)];
  for (const b of module.blocks) {
    if (isBreak(b)) words.push(0);
    else words[words.length - 1] += blockWords(b);
  }
  return words;
}

/**
 * Where each section of a module file starts: the line of the body's first text, then the line
 * of each section or page break's fence, in the order the loader reads them.
 */
export function sectionLines(text: string): number[] {
  const lines = text.split("\n");
  const end =
    lines[0]?.trim() === "---" ? lines.findIndex((l, i) => i > 0 && l.trim() === "---") : -1;
  const bodyFirstLine = end + 2;
  const body = lines.slice(end + 1).join("\n");
  const lineAt = (offset: number) => bodyFirstLine + body.slice(0, offset).split("\n").length - 1;
  const starts = [lineAt(body.length - body.trimStart().length)];
  let offset = 0;
  for (const token of marked.lexer(body)) {
    const at = body.indexOf(token.raw, offset);
    if (at >= 0) offset = at + token.raw.length;
    const lang = token.type === "code" ? (token.lang ?? "").trim() : "";
    if (lang === "continue" || lang === "page") starts.push(lineAt(at >= 0 ? at : offset));
  }
  return starts;
}

/** A warning for each section of each module longer than SECTION_WORDS. */
export function sectionLengthWarnings(
  modules: readonly { file: string; text: string; module: Pick<Module, "title" | "blocks"> }[],
): CourseProblem[] {
  const warnings: CourseProblem[] = [];
  for (const { file, text, module } of modules) {
    const lines = sectionLines(text);
    sectionWords(module).forEach((words, i) => {
      if (words <= SECTION_WORDS) return;
      warnings.push({
        file,
        line: lines[i] ?? 1,
        message: `this section is about ${words} words, more than the ${SECTION_WORDS} that fit two phone screens (or one and a half at 1280×800): add a \`\`\`continue break (or a page break) where the text turns to something new, so learners read it a screen at a time`,
      });
    });
  }
  return warnings;
}
