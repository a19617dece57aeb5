/**
 * The reading-time figure for a course: what a learner reads at 200 words a minute, plus a set time
 * for each question, decision and reflection, so the `estimated_minutes` a course claims can be
 * checked against what it asks of the learner.
 */

import { wordsIn } from "../../../blocks/build-kind.js";
import { buildKindOf } from "../../../blocks/build-kinds.js";
import type { Course, Module } from "../../../course/model.js";

export { wordsIn };

/** A steady reading pace for workplace learning text (words a minute). */
export const WORDS_PER_MINUTE = 200;
/** Time to weigh the options of a question, beyond reading them (minutes). */
export const MINUTES_PER_QUESTION = 1;
/** Time to weigh a decision in a branching scenario, beyond reading it (minutes). */
export const MINUTES_PER_DECISION = 1;
/** Time to think and write an answer to one reflection prompt (minutes). */
export const MINUTES_PER_REFLECTION = 3;
/** How far `estimated_minutes` may be from the figure before the checker warns (a fraction). */
export const ESTIMATE_TOLERANCE = 0.2;

export interface ReadingTime {
  words: number;
  questions: number;
  decisions: number;
  reflections: number;
  /** The figure, rounded to the nearest minute. */
  minutes: number;
}

/** What a learner reads and does in one module (its title included), before rounding. */
function moduleReading(m: Module): Omit<ReadingTime, "minutes"> {
  const total = { words: wordsIn(m.title), questions: 0, decisions: 0, reflections: 0 };
  for (const b of m.blocks) {
    const n = buildKindOf(b).reading(b);
    total.words += n.words;
    total.questions += n.questions ?? 0;
    total.decisions += n.decisions ?? 0;
    total.reflections += n.reflections ?? 0;
  }
  return total;
}

/** Minutes, unrounded, for the words, questions, decisions and reflections counted. */
function minutesFor(t: Omit<ReadingTime, "minutes">): number {
  return (
    t.words / WORDS_PER_MINUTE +
    t.questions * MINUTES_PER_QUESTION +
    t.decisions * MINUTES_PER_DECISION +
    t.reflections * MINUTES_PER_REFLECTION
  );
}

/** The reading-time figure for a whole course (see course/README.md, "How long the course takes"). */
export function readingTime(course: Course): ReadingTime {
  const total = { words: 0, questions: 0, decisions: 0, reflections: 0 };
  for (const m of course.modules) {
    const n = moduleReading(m);
    total.words += n.words;
    total.questions += n.questions;
    total.decisions += n.decisions;
    total.reflections += n.reflections;
  }
  return { ...total, minutes: Math.round(minutesFor(total)) };
}

/**
 * About how many minutes one module takes, by the same rules as the course's figure, for its
 * tile on the cover: whole minutes, and at least one (a short page is not "0 minutes").
 */
export function moduleMinutes(m: Module): number {
  return Math.max(1, Math.round(minutesFor(moduleReading(m))));
}

/** "1 minute", "12 minutes". */
const minutesOf = (n: number) => `${n} minute${n === 1 ? "" : "s"}`;

/** One line for `npm run check`: the figure and how it was reached. */
export function readingTimeLine(t: ReadingTime): string {
  return `Reading time: about ${minutesOf(t.minutes)} (${t.words} words at ${WORDS_PER_MINUTE} a minute, ${t.questions} question${t.questions === 1 ? "" : "s"} and ${t.decisions} decision${t.decisions === 1 ? "" : "s"} at ${MINUTES_PER_QUESTION} minute each, ${t.reflections} reflection${t.reflections === 1 ? "" : "s"} at ${MINUTES_PER_REFLECTION} minutes each).`;
}

/**
 * A warning when the course's `estimated_minutes` is more than 20 % off the figure: learners and
 * their managers plan time from it, and an LMS shows it in the catalogue.
 */
export function estimateWarning(estimated: number, t: ReadingTime): string | undefined {
  if (t.minutes === 0) return undefined;
  const off = Math.abs(estimated - t.minutes) / t.minutes;
  if (off <= ESTIMATE_TOLERANCE) return undefined;
  const low = Math.ceil(t.minutes * (1 - ESTIMATE_TOLERANCE));
  const high = Math.floor(t.minutes * (1 + ESTIMATE_TOLERANCE));
  const range = low === high ? `to ${low}` : `between ${low} and ${high}`;
  return `estimated_minutes is ${estimated}, but the course takes about ${minutesOf(t.minutes)} to read and answer (${Math.round(off * 100)} % off): set estimated_minutes ${range}, or cut the text`;
}
