/**
 * The final assessment's rules: which items an attempt draws, what counts, and a retake. Pure, so
 * the player, the LMS record and the tests draw the same items from the same attempt number.
 *
 * The draw: attempt `n` (0 for the first, `progress.draws[id]`) takes, for each theme in the order
 * its first point is written, `perTheme` of the theme's points (all of them when it has no more), in
 * an order seeded by the block, theme and attempt, kept in the author's order on screen; of each
 * point it takes variant `(hash(point) + n) mod variants`, so consecutive attempts give every point
 * with two or more variants a different one.
 */
import type { Progress } from "../../kit/progress.js";
import type { Answerable } from "../../kit/response.js";
import { hash, shuffled } from "../../kit/seeded.js";
import type { AssessmentBlock, AssessmentItem, DecisionPoint } from "./model.js";

/** Attempt numbers wrap here, so the saved state keeps one in at most three base-36 characters. */
export const ATTEMPT_LIMIT = 36 ** 3;

/** A drawn item with the point it tests. */
export interface Drawn {
  point: DecisionPoint;
  item: AssessmentItem;
}

/** The learner's attempt number at this assessment (0 for the first). */
export function attemptOf(block: Pick<AssessmentBlock, "id">, progress: Progress): number {
  return progress.draws?.[block.id] ?? 0;
}

/** The items attempt `attempt` draws, in the order the learner meets them. */
export function drawOf(block: AssessmentBlock, attempt: number): Drawn[] {
  const themes = [...new Set(block.points.map((p) => p.theme))];
  const chosen = new Set<DecisionPoint>();
  for (const theme of themes) {
    const points = block.points.filter((p) => p.theme === theme);
    const order = shuffled(points, `${block.id}:${theme}:${attempt}`);
    for (const p of order.slice(0, block.perTheme)) chosen.add(p);
  }
  return block.points
    .filter((p) => chosen.has(p))
    .map((point) => ({
      point,
      item: point.variants[(hash(point.id) + attempt) % point.variants.length],
    }));
}

export function itemAnswerable(point: DecisionPoint, item: AssessmentItem): Answerable {
  return {
    id: item.id,
    theme: point.theme,
    scored: true,
    weighting: 1,
    stemText: item.stemText,
    type: "choice",
    parts: item.options.map((o) => o.id),
    correct: item.options.filter((o) => o.correct).map((o) => o.id),
  };
}

/** Every item of the bank, every variant: what the saved state and the LMS may hold. */
export function bankAnswerables(block: AssessmentBlock): Answerable[] {
  return block.points.flatMap((p) => p.variants.map((v) => itemAnswerable(p, v)));
}

/** The items that count for this learner now: this attempt's draw. */
export function drawnAnswerables(block: AssessmentBlock, progress: Progress): Answerable[] {
  return drawOf(block, attemptOf(block, progress)).map((d) => itemAnswerable(d.point, d.item));
}

/** Submitted when every drawn item is answered; the feedback is shown only then. */
export function submitted(block: AssessmentBlock, progress: Progress): boolean {
  return drawnAnswerables(block, progress).every((a) => progress.answers[a.id] !== undefined);
}

/**
 * Try again: every answer to the bank is cleared and the next attempt draws other variants. The
 * answers go from the saved state but not from the LMS, which keeps every interaction it was sent.
 */
export function retakeAssessment(block: AssessmentBlock, progress: Progress): Progress {
  const answers = { ...progress.answers };
  for (const a of bankAnswerables(block)) delete answers[a.id];
  const next = (attemptOf(block, progress) + 1) % ATTEMPT_LIMIT;
  return { ...progress, answers, draws: { ...progress.draws, [block.id]: next } };
}

/**
 * At least as long as any attempt's answers in the saved state: of each theme, the `perTheme`
 * points whose longest variant id is longest, each by that variant.
 */
export function heldAtMost(block: AssessmentBlock): Answerable[] {
  const longest = (p: DecisionPoint) =>
    p.variants.reduce((a, b) => (b.id.length > a.id.length ? b : a));
  const themes = [...new Set(block.points.map((p) => p.theme))];
  return themes.flatMap((theme) =>
    block.points
      .filter((p) => p.theme === theme)
      .sort((a, b) => longest(b).id.length - longest(a).id.length)
      .slice(0, block.perTheme)
      .map((p) => itemAnswerable(p, longest(p))),
  );
}

/** The lesson an item's decision point links to (its module, heading and words), if it has one. */
export function lessonOf(
  block: AssessmentBlock,
  itemId: string,
): { moduleId: string; heading?: string; text: string } | undefined {
  const html = block.points.find((p) => p.variants.some((v) => v.id === itemId))?.lessonHtml ?? "";
  const m = /data-module="([^"]+)"(?: data-page="\d+")?(?: data-heading="([^"]+)")?/.exec(html);
  if (!m) return undefined;
  return { moduleId: m[1], heading: m[2], text: html.replace(/<[^>]*>/g, "") };
}
