/**
 * Counts what learners chose, attempt by attempt, against the course version each attempt was
 * made in: no I/O, so the rules (which answer counts, what completes and passes, which version)
 * are tested without files.
 *
 * Counting rules: per question, each attempt's first answer counts (the learner's own judgement;
 * an answer after "try again" has seen the feedback) and later ones are counted as retries. The
 * score uses each attempt's last answer, as the course does. A learner's best attempt stands.
 */

import { type ScoredItem, scoredItemsOf } from "../../compiler/answer-key/scored-items.js";
import type { Course } from "../../course/model.js";
import { isRight } from "../../kit/response.js";
import type { Attempt } from "./attempt.js";

export interface CourseVersion {
  course: Course;
  items: ScoredItem[];
  byId: Map<string, ScoredItem>;
}

export function courseVersionOf(course: Course): CourseVersion {
  const items = scoredItemsOf(course);
  return { course, items, byId: new Map(items.map((i) => [i.id.authored, i])) };
}

export interface ItemTally {
  version: string;
  item: ScoredItem;
  /** Attempts that answered it (first answers). */
  answered: number;
  right: number;
  retries: number;
  /** How many first answers included each option, in the course's option order. */
  chosen: Array<{ id: string; count: number }>;
}

export interface ThemeTally {
  version: string;
  id: string;
  title: string;
  answered: number;
  right: number;
}

export interface UnknownAnswer {
  /** The id as exported, with the unknown option when only that is unknown. */
  id: string;
  option?: string;
  /** The version it was compared against, or the version the export named that no folder has. */
  against: string;
  count: number;
  files: string[];
}

export interface LearnerTally {
  label: string;
  attempts: number;
  bestScore?: number;
  completed: boolean;
  passed: boolean;
}

export interface TallyResult {
  versions: string[];
  learners: number;
  notStarted: number;
  attempts: number;
  completed: number;
  passed: number;
  /** Median of each completed learner's best score; undefined when nobody completed. */
  medianScore?: number;
  themes: ThemeTally[];
  items: ItemTally[];
  unknown: UnknownAnswer[];
  /** Per learner, in the order first seen: only for a named report. */
  learnerList: LearnerTally[];
  /** Answers read per file, and how many of them a course version knows. */
  files: Map<string, { answers: number; known: number }>;
}

/** Newest first, comparing dotted numbers numerically (1.10.0 after 1.9.0). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.-]/);
  const pb = b.split(/[.-]/);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = Number(pa[i] ?? 0);
    const y = Number(pb[i] ?? 0);
    if (Number.isFinite(x) && Number.isFinite(y) && x !== y) return y - x;
    if (!(Number.isFinite(x) && Number.isFinite(y)) && pa[i] !== pb[i])
      return String(pb[i]).localeCompare(String(pa[i]));
  }
  return 0;
}

/** How many of an attempt's answers a version knows, option ids included. */
function knownCount(version: CourseVersion, attempt: Attempt): number {
  let n = 0;
  for (const a of attempt.answers) {
    const item = version.byId.get(a.id);
    if (item && a.response.every((o) => item.options.some((x) => x.id === o))) n++;
  }
  return n;
}

/**
 * The version an attempt was made in: the one the export names; otherwise the newest version
 * that knows every answer, or failing that the one that knows most.
 */
export function versionOfAttempt(
  versions: readonly CourseVersion[],
  attempt: Attempt,
): CourseVersion | undefined {
  if (attempt.version !== undefined) {
    return versions.find((v) => v.course.version === attempt.version);
  }
  let best: CourseVersion | undefined;
  let bestKnown = -1;
  for (const v of versions) {
    const known = knownCount(v, attempt);
    if (known === attempt.answers.length) return v;
    if (known > bestKnown) {
      best = v;
      bestKnown = known;
    }
  }
  return best;
}

/** Score 0–100 of the last answers of an attempt, and whether every scored item is answered. */
export function scoreOfAnswers(
  version: CourseVersion,
  lastRight: ReadonlyMap<string, boolean>,
): { percent: number; completed: boolean } {
  let possible = 0;
  let earned = 0;
  let completed = true;
  for (const item of version.items) {
    if (!item.scored) continue;
    const right = lastRight.get(item.id.authored);
    // A final assessment's item counts where it was drawn, which its answer shows: the draw
    // itself is the learner's, not in the export.
    if (item.point && right === undefined) continue;
    possible += item.weighting;
    if (right === undefined) completed = false;
    else if (right) earned += item.weighting;
  }
  return { percent: possible === 0 ? 0 : Math.round((earned / possible) * 10000) / 100, completed };
}

export class Tally {
  private readonly versions: CourseVersion[];
  private readonly items = new Map<string, ItemTally>();
  private readonly chosenIndex = new Map<string, Map<string, number>>();
  private readonly unknown = new Map<string, UnknownAnswer>();
  private readonly learners = new Map<string, LearnerTally & { started: boolean }>();
  private readonly files = new Map<string, { answers: number; known: number }>();
  private attempts = 0;

  constructor(versions: readonly CourseVersion[]) {
    this.versions = [...versions].sort((a, b) =>
      compareVersions(a.course.version, b.course.version),
    );
    for (const v of this.versions) {
      for (const item of v.items) {
        const key = `${v.course.version}\u0000${item.id.authored}`;
        this.items.set(key, {
          version: v.course.version,
          item,
          answered: 0,
          right: 0,
          retries: 0,
          chosen: item.options.map((o) => ({ id: o.id, count: 0 })),
        });
        this.chosenIndex.set(key, new Map(item.options.map((o, i) => [o.id, i])));
      }
    }
  }

  add(attempt: Attempt): void {
    let learner = this.learners.get(attempt.learner);
    if (!learner) {
      learner = {
        label: attempt.learnerLabel,
        attempts: 0,
        completed: false,
        passed: false,
        started: false,
      };
      this.learners.set(attempt.learner, learner);
    }
    const file = this.files.get(attempt.file) ?? { answers: 0, known: 0 };
    this.files.set(attempt.file, file);
    if (!attempt.started) return;
    learner.started = true;
    learner.attempts++;
    this.attempts++;
    if (attempt.answers.length === 0) return;

    const version = versionOfAttempt(this.versions, attempt);
    const against = version?.course.version ?? `${attempt.version} (no --course folder has it)`;
    const lastRight = new Map<string, boolean>();
    for (const answer of attempt.answers) {
      file.answers++;
      const item = version?.byId.get(answer.id);
      if (!version || !item) {
        this.noteUnknown(answer.id, undefined, against, attempt.file);
        continue;
      }
      file.known++;
      const key = `${version.course.version}\u0000${item.id.authored}`;
      const tally = this.items.get(key) as ItemTally;
      const response =
        item.type === "matching" ? groupsOfPairs(item, answer.response) : answer.response;
      const right = isRight(item, response);
      if (lastRight.has(item.id.authored)) tally.retries++;
      else {
        tally.answered++;
        if (right) tally.right++;
        const index = this.chosenIndex.get(key) as Map<string, number>;
        if (item.type === "matching") {
          // A sort counts each card put in its right group.
          for (const [i, g] of response.entries())
            if (g === item.correct[i]) tally.chosen[i].count++;
        } else
          answer.response.forEach((o, place) => {
            const i = index.get(o);
            if (i === undefined) this.noteUnknown(answer.id, o, against, attempt.file);
            // A choice counts each option chosen; a sequence each step put in its right place.
            else if (item.type === "choice" || item.correct[place] === o) tally.chosen[i].count++;
          });
      }
      lastRight.set(item.id.authored, right);
    }
    if (!version) return;
    const { percent, completed } = scoreOfAnswers(version, lastRight);
    if (completed) {
      learner.completed = true;
      if (percent >= version.course.settings.passMark - 1e-9) learner.passed = true;
      if (learner.bestScore === undefined || percent > learner.bestScore)
        learner.bestScore = percent;
    }
  }

  private noteUnknown(id: string, option: string | undefined, against: string, file: string) {
    const key = `${id}\u0000${option ?? ""}\u0000${against}`;
    const u = this.unknown.get(key) ?? { id, option, against, count: 0, files: [] };
    u.count++;
    if (!u.files.includes(file)) u.files.push(file);
    this.unknown.set(key, u);
  }

  result(): TallyResult {
    const learners = [...this.learners.values()];
    const started = learners.filter((l) => l.started);
    const scores = started
      .map((l) => l.bestScore)
      .filter((s): s is number => s !== undefined)
      .sort((a, b) => a - b);
    const items = [...this.items.values()].filter((t) => t.answered > 0 || t.retries > 0);
    const usedVersions = this.versions
      .map((v) => v.course.version)
      .filter((v) => items.some((t) => t.version === v));
    const themes: ThemeTally[] = [];
    for (const v of this.versions) {
      if (!usedVersions.includes(v.course.version)) continue;
      for (const theme of v.course.themes) {
        const of = items.filter(
          (t) =>
            t.version === v.course.version &&
            t.item.scored &&
            t.item.theme.id.authored === theme.id,
        );
        themes.push({
          version: v.course.version,
          id: theme.id,
          title: theme.title,
          answered: of.reduce((n, t) => n + t.answered, 0),
          right: of.reduce((n, t) => n + t.right, 0),
        });
      }
    }
    return {
      versions: usedVersions,
      learners: started.length,
      notStarted: learners.length - started.length,
      attempts: this.attempts,
      completed: started.filter((l) => l.completed).length,
      passed: started.filter((l) => l.passed).length,
      medianScore: median(scores),
      themes,
      items,
      unknown: [...this.unknown.values()].sort((a, b) => b.count - a.count),
      learnerList: learners.map(({ started: _, ...l }) => l),
      files: this.files,
    };
  }
}

function median(sorted: readonly number[]): number | undefined {
  if (sorted.length === 0) return undefined;
  const mid = Math.floor(sorted.length / 2);
  const m = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return Math.round(m * 100) / 100;
}

/**
 * A sort's `card.group` pairs (`a.t`, SCORM 2004's `a[.]t`) as the kit keeps its response: one
 * group per card, in card order; a card with no pair ends it, so it is never judged right.
 */
function groupsOfPairs(item: { options: readonly { id: string }[] }, pairs: readonly string[]) {
  const groupOf = new Map(
    pairs.map((p) => p.split(/\[\.\]|\./)).map(([card, group]) => [card, group ?? ""]),
  );
  const groups: string[] = [];
  for (const o of item.options) {
    const g = groupOf.get(o.id);
    if (!g) break;
    groups.push(g);
  }
  return groups;
}
