/**
 * What the checker says of the test-wise learner (./test-wise.ts): one line for `npm run check`,
 * a warning at `pass_mark` when the learner's expected score reaches half the pass mark (with one
 * warning per item that gives itself away), and a problem that stops the build when it reaches
 * the pass mark itself, unless this version is already published (its items cannot change without
 * a new version, and board staff must still be able to rebuild it).
 */
import type { Course } from "../../../course/model.js";
import type { CourseProblem } from "../../../loading/problems.js";
import { scoredItemsOf } from "../../answer-key/scored-items.js";
import { locateItem } from "./locate.js";
import { type StrategyScore, type TestWise, testWiseOf, wiseItemsOf } from "./test-wise.js";

/** An item gives itself away when the best strategy picks its right answer at least this often. */
export const GIVEAWAY = 0.99;

/**
 * Fewer scored items than this and the figure is mostly chance (one lucky guess moves it by a
 * quarter or more): the line is printed, but the checker neither warns nor refuses.
 */
export const MIN_SCORED_ITEMS = 4;

export interface TestWiseReport {
  result: TestWise;
  passMark: number;
  /** The line `npm run check` prints. */
  line: string;
  /** Warnings: printed by `npm run check`, they do not stop the build. */
  warnings: CourseProblem[];
  /** Problems that stop the build. */
  problems: CourseProblem[];
}

export interface TestWiseSources {
  /** course.yaml as the author knows it, and its text (for the `pass_mark` line). */
  yaml: { file: string; text: string };
  /** The module files, to find each item's `id:` line. */
  modules: { file: string; text: string }[];
  /** This version has a record in published/: it may be rebuilt, never refused. */
  published: boolean;
}

const percentOf = (n: number) => `${Math.round(n)} %`;

/** "longest 15 %, hedged 26 %, …" */
const strategiesOf = (result: TestWise) =>
  result.strategies.map((s) => `${s.strategy.name} ${percentOf(s.percent)}`).join(", ");

export function testWiseLine(result: TestWise, passMark: number, scoredItems: number): string {
  const few =
    scoredItems < MIN_SCORED_ITEMS
      ? ` (${scoredItems} scored item${scoredItems === 1 ? "" : "s"}: fewer than ${MIN_SCORED_ITEMS}, so the checker does not judge it)`
      : "";
  return `Test-wise learner (no reading, surface cues only): about ${percentOf(result.best.percent)} by "${result.best.strategy.name}" (pass mark ${passMark} %); strategies: ${strategiesOf(result)}${few}.`;
}

/** One message per item the best strategy answers right (almost) every time. */
export function giveaways(
  best: StrategyScore,
  modules: { file: string; text: string }[],
): CourseProblem[] {
  return best.items
    .filter((a) => a.p >= GIVEAWAY)
    .map((a) => ({
      ...locateItem(a.id, modules),
      message: `"${a.id}" gives itself away to a learner who ${a.cue}; write every option in the same voice, length and hedging, so that none stands out`,
    }));
}

/** The test-wise learner on a built course, and what the checker says of it. */
export function testWiseCheck(course: Course, src: TestWiseSources): TestWiseReport | undefined {
  const items = wiseItemsOf(scoredItemsOf(course));
  const result = testWiseOf(items);
  if (!result) return undefined;
  const passMark = course.settings.passMark;
  const report: TestWiseReport = {
    result,
    passMark,
    line: testWiseLine(result, passMark, items.length),
    warnings: [],
    problems: [],
  };
  const score = result.best.percent;
  if (items.length < MIN_SCORED_ITEMS || passMark <= 0 || score < passMark / 2) return report;

  const lineIndex = src.yaml.text.split("\n").findIndex((l) => /^pass_mark\s*:/.test(l));
  const at = { file: src.yaml.file, line: lineIndex + 1 || 1 };
  const figure = `a learner who has not read the course and answers by surface cues alone would score about ${percentOf(score)} (by "${result.best.strategy.name}"; ${strategiesOf(result)})`;
  const rewrite =
    "rewrite the items listed as giving themselves away, and any whose wrong options are easy to reject: the same voice, length and hedging in every option, no option arguing for itself, and wrong options that real professionals chose";
  const away = giveaways(result.best, src.modules);
  if (score < passMark) {
    report.warnings.push({
      ...at,
      message: `${figure}, at least half the pass mark of ${passMark} %: the score says less than it should about what learners know; ${rewrite}`,
    });
    report.warnings.push(...away);
  } else if (src.published) {
    report.warnings.push({
      ...at,
      message: `${figure}, which reaches the pass mark of ${passMark} %: a learner could pass without reading it. Version ${course.version} is published, so it still builds, but a new version will be refused until its items are rewritten: ${rewrite}`,
    });
    report.warnings.push(...away);
  } else {
    report.problems.push({
      ...at,
      message: `${figure}, which reaches the pass mark of ${passMark} %: a learner could pass without reading it, so the score would mean nothing; ${rewrite}`,
    });
    report.problems.push(...away);
  }
  return report;
}

export { locateItem };
