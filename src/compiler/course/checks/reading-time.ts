/**
 * The reading-time figure for a course: what a learner reads at 200 words a minute, plus a set time
 * for each question, decision and reflection, so the `estimated_minutes` a course claims can be
 * checked against what it asks of the learner.
 */
import type { BranchingBlock } from "../../../blocks/branching/model.js";
import type { Block, Course } from "../../../course/model.js";

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

/** Plain words in a piece of sanitized HTML (tags and entities are not words). */
export function wordsIn(html: string | undefined): number {
  if (!html) return 0;
  const text = html
    .replace(/<[^>]*>/g, " ")
    .replace(/&[a-z#0-9]+;/gi, " ")
    .trim();
  return text ? text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length : 0;
}

/**
 * The scenes a learner who takes the best choice at every decision reads, in order: a learner on
 * another path reads about as much, since each wrong choice swaps a scene for its consequence.
 */
export function bestPath(block: BranchingBlock): BranchingBlock["scenes"] {
  const scenes = new Map(block.scenes.map((s) => [s.id, s]));
  const path: BranchingBlock["scenes"] = [];
  let scene = scenes.get(block.start);
  while (scene && !path.includes(scene)) {
    path.push(scene);
    const next = scene.options.length > 0 ? scene.options.find((o) => o.best)?.next : scene.next;
    scene = next ? scenes.get(next) : undefined;
  }
  return path;
}

function blockWords(block: Block): {
  words: number;
  questions: number;
  decisions: number;
  reflections: number;
} {
  const none = { words: 0, questions: 0, decisions: 0, reflections: 0 };
  switch (block.kind) {
    case "html":
    case "callout":
      return {
        ...none,
        words: wordsIn(block.html) + wordsIn(block.kind === "callout" ? block.title : ""),
      };
    case "reveal":
      // Counted as read: detail a learner skips is detail the course still asks them to weigh.
      return { ...none, words: wordsIn(block.summary) + wordsIn(block.html) };
    case "figure":
      return { ...none, words: wordsIn(block.captionHtml) + wordsIn(block.longDescriptionHtml) };
    case "timeline":
      return {
        ...none,
        words:
          wordsIn(block.title) +
          block.events.reduce((n, e) => n + wordsIn(e.when) + wordsIn(e.html), 0),
      };
    case "question": {
      const q = block.question;
      // The learner reads every option but, first, the feedback on one: the right answer's.
      const right = q.options.find((o) => o.correct);
      const words =
        wordsIn(q.scenarioHtml) +
        wordsIn(q.stemHtml) +
        q.options.reduce((n, o) => n + wordsIn(o.html), 0) +
        wordsIn(right?.feedbackHtml) +
        wordsIn(right?.consequenceHtml);
      return { ...none, words, questions: 1 };
    }
    case "branching": {
      let words = wordsIn(block.title);
      let decisions = 0;
      for (const scene of bestPath(block)) {
        words += wordsIn(scene.html) + wordsIn(scene.questionHtml);
        if (scene.options.length === 0) continue;
        decisions++;
        words += scene.options.reduce((n, o) => n + wordsIn(o.html), 0);
        words += wordsIn(scene.options.find((o) => o.best)?.feedbackHtml);
      }
      return { ...none, words, decisions };
    }
    case "reflection":
      return {
        ...none,
        words: block.prompts.reduce((n, p) => n + wordsIn(p.text), 0),
        reflections: block.prompts.length,
      };
    case "page":
      return { ...none, words: wordsIn(block.title) };
    // The results panel and the glossary list are looked at, not read through.
    case "results":
    case "glossary":
      return none;
  }
}

/** The reading-time figure for a whole course (see course/README.md, "How long the course takes"). */
export function readingTime(course: Course): ReadingTime {
  const total = { words: 0, questions: 0, decisions: 0, reflections: 0 };
  for (const m of course.modules) {
    total.words += wordsIn(m.title);
    for (const b of m.blocks) {
      const n = blockWords(b);
      total.words += n.words;
      total.questions += n.questions;
      total.decisions += n.decisions;
      total.reflections += n.reflections;
    }
  }
  const minutes =
    total.words / WORDS_PER_MINUTE +
    total.questions * MINUTES_PER_QUESTION +
    total.decisions * MINUTES_PER_DECISION +
    total.reflections * MINUTES_PER_REFLECTION;
  return { ...total, minutes: Math.round(minutes) };
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
