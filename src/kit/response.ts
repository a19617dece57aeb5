/**
 * Something the learner answers, that the saved state keeps and an LMS records: a question, a
 * scenario decision, an ordering question. Each kind's rules list its answerables
 * (`BlockRules.answerables`); the progress rules, the saved-state codec, the LMS record, the
 * answer key and the training leads' report read them here, by their response type, and never
 * ask which kind of block they came from.
 *
 * A response is a list of parts, each a one-character id (an option, a step): the saved state
 * keeps it as those characters in order (`id=<parts>.<attempts>`), and SCORM 1.2 takes them as
 * they are. What a response means depends on its type:
 * - `choice`: the options chosen; order does not matter, and is kept in the author's order;
 * - `sequencing`: every step, in the order the learner put them; order is the answer;
 * - `matching`: one group (a part) for each card (`sources`), in the author's card order: the
 *   group a card was put in is at that card's place, so parts repeat (`ppcpc`); recorded as
 *   `card.group` pairs.
 */
import type { Interaction, Pair } from "./interaction.js";

export type ResponseType = "choice" | "sequencing" | "matching";

export interface Answerable {
  /** Stable, course-wide unique; the interaction id. */
  id: string;
  theme: string;
  /** Counts towards the score; an unscored item is recorded with weighting 0. */
  scored: boolean;
  weighting: number;
  /** Plain text of what is asked, the interaction's description. */
  stemText: string;
  type: ResponseType;
  /** Every part a response may hold (option, step or group ids, one character each), in the author's order. */
  parts: readonly string[];
  /**
   * The right response: the right options (choice), every step in the right order (sequencing), or
   * each card's group in card order (matching).
   */
  correct: readonly string[];
  /** Matching: the cards (one character each), in the author's order; a response gives each a part. */
  sources?: readonly string[];
  /** A choice that takes several options ("select all that apply"). */
  multiple?: boolean;
}

/** What the rules read of an answerable to judge a response. */
export type Judged = Pick<Answerable, "type" | "correct">;

/**
 * Whether a response is the right answer. A choice: every right option chosen and no other, in any
 * order, repeats ignored. A sequence: every step, in the right order. A matching: every card in its
 * right group. One rule for the player, the LMS record and the training leads' report.
 */
export function isRight(item: Judged, response: readonly string[]): boolean {
  if (item.type === "sequencing" || item.type === "matching") {
    return (
      response.length === item.correct.length && item.correct.every((id, i) => response[i] === id)
    );
  }
  const chosen = new Set(response);
  const right = new Set(item.correct);
  return chosen.size === right.size && [...right].every((id) => chosen.has(id));
}

/**
 * A response as it is kept: only parts the item has, each once; a choice in the author's order
 * (so reports read the same every time), a sequence in the learner's; a matching one group per
 * card, in card order (the element sends only the item's groups, and a saved response is first
 * held to `responseMisfit`).
 */
export function keptResponse(item: Answerable, response: readonly string[]): string[] {
  if (item.type === "choice") return item.parts.filter((p) => response.includes(p));
  if (item.type === "matching") return response.slice(0, sourcesOf(item).length);
  return [...new Set(response)].filter((p) => item.parts.includes(p));
}

/**
 * Why a saved response no longer fits the item (a republished course changed it), in words for
 * the developer console; undefined when it fits.
 */
export function responseMisfit(item: Answerable, response: readonly string[]): string | undefined {
  if (response.length === 0) return "it is empty";
  if (!response.every((p) => item.parts.includes(p))) {
    return "it names parts the item no longer has";
  }
  // A sequence places every step, a matching every card (a group may repeat, a step may not).
  if (item.type !== "choice" && response.length !== (item.sources ?? item.parts).length) {
    return "it does not place every step or card the item now has";
  }
  if (item.type !== "matching" && new Set(response).size !== response.length) {
    return "it names a part twice";
  }
  if (item.type === "choice" && !item.multiple && response.length > 1) {
    return "it has several choices but the question now takes one";
  }
  return undefined;
}

/** The longest response the item takes, for the saved state's worst case. */
export function longestResponse(item: Answerable): string[] {
  if (item.type === "choice" && !item.multiple) return item.parts.slice(0, 1);
  if (item.type === "matching") return sourcesOf(item).map(() => item.parts[0]);
  return [...item.parts];
}

function sourcesOf(item: Answerable): readonly string[] {
  return item.sources ?? [];
}

/** A matching response as `card, group` pairs, in card order. */
function pairsOf(item: Answerable, groups: readonly string[]): Pair[] {
  return groups.map((g, i) => [sourcesOf(item)[i], g] as const);
}

/** One checked answer as the LMS records it. */
export function interactionOf(
  item: Answerable,
  response: readonly string[],
  latencyMs: number,
  timestamp: Date,
): Interaction {
  const kept = keptResponse(item, response);
  const recorded = {
    id: item.id,
    objective: item.theme,
    description: item.stemText,
    response: kept,
    correct: [...item.correct],
    result: isRight(item, response) ? ("correct" as const) : ("incorrect" as const),
    weighting: item.scored ? item.weighting : 0,
    latencyMs: Math.max(0, Math.round(latencyMs)),
    timestamp,
  };
  if (item.type === "matching") {
    return {
      ...recorded,
      type: "matching",
      response: pairsOf(item, kept),
      correct: pairsOf(item, item.correct),
    };
  }
  return item.type === "sequencing"
    ? { ...recorded, type: "sequencing" }
    : { ...recorded, type: "choice" };
}
