/**
 * The test-wise learner: someone who has not read the course and answers every scored item by
 * surface cues in the options' words (the longest, the most hedged, the most active, rejecting the
 * passive, absolute and self-justifying ones), several strategies and their mix. For each item a
 * strategy gives the probability that the learner ends with the right answer, ties broken
 * uniformly at random: an exact expected value, no simulation. The course's expected score for a
 * strategy weighs the items as the course scores them (`weighting`, scored items only).
 */
import type { ResponseType } from "../../../kit/response.js";
import type { ScoredItem } from "../../answer-key/scored-items.js";
import { countOf, has } from "./test-wise-words.js";

/** What the test-wise learner reads of an item. */
export interface WiseItem {
  id: string;
  type: ResponseType;
  /** A matching's groups: a card may go in any of them. */
  groups?: number;
  /** A "select all that apply" question: the learner ticks several options. */
  multiple: boolean;
  /** The right options (choice) or every step (sequencing). */
  correct: readonly string[];
  weighting: number;
  options: { id: string; text: string }[];
}

/** Why "reject and guess" discards an option. */
export type Rejection = "passive" | "absolute" | "self-justifying";

export type StrategyId = "longest" | "hedged" | "active" | "reject" | "mix";

/** One item as a strategy answers it. */
export interface WiseAnswer {
  id: string;
  /** The probability that the learner ends with the right answer. */
  p: number;
  weighting: number;
  /** What gave the right answer away, in words ("…to a learner who <cue>"), when p is 1. */
  cue: string;
}

export interface Strategy {
  id: StrategyId;
  /** As the check prints it. */
  name: string;
  answer(item: WiseItem): WiseAnswer;
}

export interface StrategyScore {
  strategy: Strategy;
  /** The expected course score, 0 to 100. */
  percent: number;
  items: WiseAnswer[];
}

/** Only scored items count; a select-all question is a "multiple" one. */
export function wiseItemsOf(items: readonly ScoredItem[]): WiseItem[] {
  return items
    .filter((i) => i.scored && i.weighting > 0)
    .map((i) => ({
      id: i.id.authored,
      type: i.type,
      multiple: i.recordKind === "multiple",
      ...(i.type === "matching" ? { groups: i.parts.length } : {}),
      correct: i.correct,
      weighting: i.weighting,
      options: i.options.map((o) => ({ id: o.id, text: o.text })),
    }));
}

export function rejectionsOf(text: string): Rejection[] {
  const out: Rejection[] = [];
  if (has("passiveOpenings", text) || has("minimising", text)) out.push("passive");
  if (has("absolute", text)) out.push("absolute");
  if (has("selfJustifying", text)) out.push("self-justifying");
  return out;
}

const factorial = (n: number): number => (n <= 1 ? 1 : n * factorial(n - 1));

/**
 * An item no option's words can give away: a sequence (one order of n! at random) or a matching
 * (each card in one of the groups at random); undefined for a choice.
 */
function guessed(item: WiseItem): number | undefined {
  if (item.type === "sequencing") return 1 / factorial(item.options.length);
  if (item.type === "matching") return (1 / (item.groups ?? 1)) ** item.options.length;
  return undefined;
}

/** The options a learner picks among, tied at the best score: the chance the right one is drawn. */
function pickBest(item: WiseItem, score: (o: WiseItem["options"][number]) => number): number {
  if (item.correct.length !== 1) return 0;
  const scores = item.options.map(score);
  const top = Math.max(...scores);
  const tied = item.options.filter((_, i) => scores[i] === top);
  return tied.some((o) => o.id === item.correct[0]) ? 1 / tied.length : 0;
}

/** A select-all question: right only if the options ticked are exactly the right ones. */
function ticks(item: WiseItem, ticked: readonly string[]): number {
  const chosen = new Set(ticked);
  return chosen.size === item.correct.length && item.correct.every((c) => chosen.has(c)) ? 1 : 0;
}

/** What "reject and guess" keeps: the options no cue discards, or every option if none is left. */
export function keptOf(item: WiseItem): { kept: string[]; reasons: Rejection[] } {
  const reasons = new Set<Rejection>();
  const kept: string[] = [];
  for (const o of item.options) {
    const r = rejectionsOf(o.text);
    if (r.length === 0) kept.push(o.id);
    for (const x of r) reasons.add(x);
  }
  const order: Rejection[] = ["passive", "absolute", "self-justifying"];
  return {
    kept: kept.length > 0 ? kept : item.options.map((o) => o.id),
    reasons: order.filter((r) => reasons.has(r)),
  };
}

/** "passive, absolute and self-justifying" */
export function andList(words: readonly string[]): string {
  return words.length <= 1
    ? (words[0] ?? "")
    : `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}

/**
 * A strategy from a score per option: a single-answer item takes the best-scoring option (ties
 * uniform); a select-all item ticks the options `tick` keeps. When the cue keeps none, the learner
 * has nothing to go on and ticks a non-empty set of options at random: 1 in 2ⁿ − 1.
 */
function scoring(
  id: StrategyId,
  name: string,
  score: (o: WiseItem["options"][number], item: WiseItem) => number,
  tick: (o: WiseItem["options"][number], item: WiseItem) => boolean,
  cue: { single: string; multiple: string },
): Strategy {
  return {
    id,
    name,
    answer(item) {
      const base = { id: item.id, weighting: item.weighting };
      const blind = guessed(item);
      if (blind !== undefined) return { ...base, p: blind, cue: "" };
      if (item.multiple) {
        const ticked = item.options.filter((o) => tick(o, item)).map((o) => o.id);
        return {
          ...base,
          p: ticked.length > 0 ? ticks(item, ticked) : 1 / (2 ** item.options.length - 1),
          cue: cue.multiple,
        };
      }
      return { ...base, p: pickBest(item, (o) => score(o, item)), cue: cue.single };
    },
  };
}

const lengthOf = (o: { text: string }) => o.text.length;
const meanLength = (item: WiseItem) =>
  item.options.reduce((n, o) => n + lengthOf(o), 0) / Math.max(1, item.options.length);
/** Longest, and longer than some other option: when every option is as long, length says nothing. */
const isLongest = (o: { text: string }, item: WiseItem) =>
  item.options.every((x) => lengthOf(x) <= lengthOf(o)) &&
  item.options.some((x) => lengthOf(x) < lengthOf(o));

export const longest = scoring(
  "longest",
  "longest",
  lengthOf,
  (o, i) => lengthOf(o) > meanLength(i),
  {
    single: "picks the longest option: its right answer is longer than every other option",
    multiple: "ticks every option longer than the average: they are exactly its right answers",
  },
);

export const hedged = scoring(
  "hedged",
  "hedged",
  (o) => countOf("hedges", o.text),
  (o) => has("hedges", o.text),
  {
    single:
      'picks the most hedged option ("may", "consider", "usually"…): its right answer hedges more than every other option',
    multiple:
      'ticks every hedged option ("may", "consider", "usually"…): they are exactly its right answers',
  },
);

export const active = scoring(
  "active",
  "active",
  (o) => countOf("active", o.text),
  (o) => has("active", o.text),
  {
    single:
      'picks the option with the most active, child-centred words ("child", "speak", "refer"…): its right answer has more of them than every other option',
    multiple:
      'ticks every option with active, child-centred words ("child", "speak", "refer"…): they are exactly its right answers',
  },
);

/** The mixed score of an option: every cue at once, a rejected option far below the rest. */
export function mixScoreOf(o: { text: string }, item: WiseItem): number {
  const rejected = rejectionsOf(o.text).length > 0 ? 3 : 0;
  return (
    countOf("active", o.text) + countOf("hedges", o.text) + (isLongest(o, item) ? 1 : 0) - rejected
  );
}

export const mix = scoring("mix", "mix", mixScoreOf, (o, i) => mixScoreOf(o, i) > 0, {
  single:
    "weighs every cue at once (length, hedging, active words, rejecting passive, absolute and self-justifying options): its right answer scores above every other option",
  multiple:
    "weighs every cue at once and ticks the options the cues favour: they are exactly its right answers",
});

export const reject: Strategy = {
  id: "reject",
  name: "reject and guess",
  answer(item) {
    const base = { id: item.id, weighting: item.weighting };
    const blind = guessed(item);
    if (blind !== undefined) return { ...base, p: blind, cue: "" };
    const { kept, reasons } = keptOf(item);
    const rejects = `rejects ${andList(reasons)} options`;
    if (item.multiple)
      return {
        ...base,
        p: ticks(item, kept),
        cue: `${rejects} and ticks the rest: they are exactly its right answers`,
      };
    const p = item.correct.length === 1 && kept.includes(item.correct[0]) ? 1 / kept.length : 0;
    return { ...base, p, cue: `${rejects}: its right answer is the only option left` };
  },
};

/** Every strategy, in the order the check prints them. */
export const STRATEGIES: readonly Strategy[] = [longest, hedged, active, reject, mix];

/** Σ weight·P(right) / Σ weight, in percent; undefined when nothing is scored. */
export function expectedPercent(answers: readonly WiseAnswer[]): number | undefined {
  const total = answers.reduce((n, a) => n + a.weighting, 0);
  if (total === 0) return undefined;
  return (100 * answers.reduce((n, a) => n + a.weighting * a.p, 0)) / total;
}

export interface TestWise {
  /** Every strategy's expected score, in STRATEGIES order. */
  strategies: StrategyScore[];
  /** The strategy with the highest expected score (the first of those tied). */
  best: StrategyScore;
}

/** The test-wise learner on a course's items; undefined when no item is scored. */
export function testWiseOf(items: readonly WiseItem[]): TestWise | undefined {
  const strategies = STRATEGIES.map((strategy) => {
    const answers = items.map((i) => strategy.answer(i));
    return { strategy, percent: expectedPercent(answers), items: answers };
  });
  if (strategies.some((s) => s.percent === undefined)) return undefined;
  const scored = strategies as StrategyScore[];
  // Sums of thirds and halves differ in their last bits: a tie is a tie.
  const best = scored.reduce((a, b) => (b.percent > a.percent + 1e-9 ? b : a));
  return { strategies: scored, best };
}
