/**
 * Writes synthetic LMS exports of a course (Moodle's interactions report or the long CSV) of any
 * size, deterministic from a seed, and says what it wrote so tests can check the report's counts.
 */
import { closeSync, openSync, writeSync } from "node:fs";
import type { Question } from "../../blocks/question/model.js";
import { questionsOf } from "../../blocks/question/rules.js";
import type { Course } from "../../course/model.js";
import { generator } from "../../kit/seeded.js";

export interface SyntheticOptions {
  attempts: number;
  format: "moodle" | "long";
  seed?: number;
  /** Write ids in the colon form that hyphen-refusing LMSs receive. */
  fallbackIds?: boolean;
}

export interface SyntheticTruth {
  attempts: number;
  /** Per question id: how many attempts answered it right, and how often each option was chosen. */
  right: Map<string, number>;
  chosen: Map<string, Map<string, number>>;
  passed: number;
}

function choose(q: Question, right: boolean, next: () => number): string[] {
  const correct = q.options.filter((o) => o.correct).map((o) => o.id);
  if (right) return correct;
  const wrong = q.options.filter((o) => !o.correct).map((o) => o.id);
  const pick = wrong[Math.floor(next() * wrong.length)];
  // A wrong multiple answer: the right set with one wrong option added (or one right one missing).
  if (q.kind === "multiple") return pick ? [...correct, pick].sort() : correct.slice(1);
  return [pick];
}

const MOODLE_HEAD = [
  "Name",
  '"Email address"',
  "Attempt",
  '"Started on"',
  '"Last accessed on"',
  "Score",
  '"Learning from the course"',
];

export function writeSyntheticExport(
  file: string,
  course: Course,
  options: SyntheticOptions,
): SyntheticTruth {
  const next = generator(options.seed ?? 1);
  const questions = questionsOf(course);
  const scored = questions.filter((q) => q.scored);
  const possible = scored.reduce((n, q) => n + q.weighting, 0);
  const truth: SyntheticTruth = {
    attempts: options.attempts,
    right: new Map(questions.map((q) => [q.id, 0])),
    chosen: new Map(questions.map((q) => [q.id, new Map(q.options.map((o) => [o.id, 0]))])),
    passed: 0,
  };
  const idOf = (id: string) => (options.fallbackIds ? id.replaceAll("-", ":") : id);
  const fd = openSync(file, "w");
  let buffer = "";
  const write = (s: string) => {
    buffer += s;
    if (buffer.length > 1 << 20) {
      writeSync(fd, buffer);
      buffer = "";
    }
  };
  try {
    if (options.format === "moodle") {
      const slots = questions.flatMap((_, n) =>
        ["Question", "Response", '"Right answer"', "Result"].map((c) =>
          c.startsWith('"') ? `"Right answer ${n}"` : `"${c} ${n}"`,
        ),
      );
      write(`${[...MOODLE_HEAD, ...slots].join("\t")}\n`);
    } else write("learner,attempt,question id,response,result,time\n");
    for (let i = 0; i < options.attempts; i++) {
      const learner = `learner${i}@example.com`;
      let earned = 0;
      const cells: string[] = [];
      questions.forEach((q, qi) => {
        // Each question has its own difficulty, so the report has an order to find.
        const right = next() < 0.45 + (0.5 * qi) / questions.length;
        const response = choose(q, right, next);
        if (right) {
          truth.right.set(q.id, (truth.right.get(q.id) ?? 0) + 1);
          if (q.scored) earned += q.weighting;
        }
        const chosen = truth.chosen.get(q.id) as Map<string, number>;
        for (const o of response) chosen.set(o, (chosen.get(o) ?? 0) + 1);
        const correct = q.options.filter((o) => o.correct).map((o) => o.id);
        const result = right ? "correct" : "wrong";
        if (options.format === "moodle") {
          cells.push(idOf(q.id), response.join(","), correct.join(","), result);
        } else {
          write(
            `${learner},1,${idOf(q.id)},"${response.join(",")}",${result},2026-11-30T04:${String(qi).padStart(2, "0")}:00Z\n`,
          );
        }
      });
      const percent = possible === 0 ? 0 : Math.round((earned / possible) * 10000) / 100;
      if (percent >= course.settings.passMark) truth.passed++;
      if (options.format === "moodle") {
        write(
          `"Learner ${i}"\t${learner}\t1\t"Monday, 30 November 2026, 4:32 AM"\t"Monday, 30 November 2026, 4:39 AM"\t${percent}\t${percent}\t${cells.join("\t")}\n`,
        );
      }
    }
    writeSync(fd, buffer);
  } finally {
    closeSync(fd);
  }
  return truth;
}
