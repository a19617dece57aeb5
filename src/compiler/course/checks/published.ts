/**
 * Catches changes to a published course that would misreport learners' records: a changed
 * course id, an item id reused with another meaning, an option id reused for other words, a
 * version not raised; and lists what learners lose (removed items). Compares the course with
 * the records in its `published/` folder (see ../record.ts).
 */
import { join } from "node:path";
import type { Course } from "../../../course/model.js";
import type { CourseProblem } from "../../../loading/problems.js";
import {
  type PublishedRecord,
  RECORD_FOLDER,
  type RecordedItem,
  type RecordedOption,
  readRecords,
  recordFileName,
  recordOf,
} from "../record.js";
import { compareVersions } from "./changelog.js";

/** One difference between a published record and a later version of the course. */
export interface RecordChange {
  /**
   * refused: the checker stops the build; dropped: learners' answers to it are dropped on resume;
   * reworded: an option's words changed a little (a typo fix), allowed.
   */
  severity: "refused" | "dropped" | "reworded";
  /** What changed: the course id, the version, or an item's id. */
  subject: "course" | "version" | "item";
  /** The item id, when the subject is an item. */
  id?: string;
  /** The option id, when one option is concerned. */
  option?: string;
  /** The version of the record it is compared with. */
  since: string;
  /** Plain words: what changed. */
  what: string;
  /** Plain words: what a learner who answered it meets, and what to do. */
  effect: string;
}

/** Newest first. */
function byVersion(records: PublishedRecord[]): PublishedRecord[] {
  return [...records].sort((a, b) => compareVersions(b.version, a.version));
}

/** Letters and digits only, lowercased: what "the same words" means for an option. */
function comparable(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length];
}

/**
 * A typo fix, not new words: at most 2 characters changed, or a fifth of the longer text for
 * longer options (a word added or replaced in a short option is more than that).
 */
export function isSmallEdit(before: string, after: string): boolean {
  const a = comparable(before);
  const b = comparable(after);
  return editDistance(a, b) <= Math.max(2, Math.floor(Math.max(a.length, b.length) / 5));
}

const KIND_WORDS: Record<string, string> = {
  single: "a single-choice question",
  multiple: "a multiple-choice question",
  scenario: "a scenario question",
  reflection: "a reflection prompt",
};

/** A recorded kind in words; a kind this list does not know is named as its record names it. */
const kindWords = (kind: string) => KIND_WORDS[kind] ?? `an item of the kind "${kind}"`;

const right = (item: RecordedItem) =>
  (item.options ?? [])
    .filter((o) => o.correct)
    .map((o) => o.id)
    .join(", ") || "none";

const NEW_ID = (id: string) =>
  `give the changed item a new id (for example "${id}-2") and keep "${id}" out of the course: learners' answers to "${id}" are then dropped when they resume, and they answer the new one`;

/** How `item` differs in meaning from `was`, published in version `since`. */
function itemChanges(was: RecordedItem, item: RecordedItem, since: string): RecordChange[] {
  const base = { subject: "item", id: item.id, since } as const;
  const meaning = (what: string): RecordChange => ({
    ...base,
    severity: "refused",
    what,
    effect: `a learner who answered it in ${since} would have their old answer judged by the new meaning in the course (a wrong answer shown as "Correct."), while the LMS still holds the old result; ${NEW_ID(item.id)}`,
  });
  if (was.kind !== item.kind) {
    return [
      meaning(
        `"${item.id}" was ${kindWords(was.kind)} in ${since} and is now ${kindWords(item.kind)}`,
      ),
    ];
  }
  const before = new Map((was.options ?? []).map((o) => [o.id, o]));
  const after = new Map((item.options ?? []).map((o) => [o.id, o]));
  const added = [...after.keys()].filter((id) => !before.has(id));
  const removed = [...before.keys()].filter((id) => !after.has(id));
  if (added.length > 0 || removed.length > 0) {
    const parts = [
      added.length ? `adds option ${added.join(", ")}` : "",
      removed.length ? `removes option ${removed.join(", ")}` : "",
    ].filter(Boolean);
    return [meaning(`"${item.id}" ${parts.join(" and ")} since ${since}`)];
  }
  if (right(was) !== right(item)) {
    return [
      meaning(
        `the right answer to "${item.id}" was ${right(was)} in ${since} and is now ${right(item)}`,
      ),
    ];
  }
  const out: RecordChange[] = [];
  for (const o of item.options ?? []) {
    const old = before.get(o.id) as RecordedOption;
    if (comparable(old.text) === comparable(o.text)) continue;
    if (isSmallEdit(old.text, o.text)) {
      out.push({
        ...base,
        option: o.id,
        severity: "reworded",
        what: `option ${o.id} of "${item.id}" reads "${o.text}" (in ${since}: "${old.text}")`,
        effect:
          "a small edit, taken as a typo fix: learners who chose it keep their answer; if it now means something else, give the option a new id",
      });
    } else {
      out.push({
        ...base,
        option: o.id,
        severity: "refused",
        what: `option ${o.id} of "${item.id}" said "${old.text}" in ${since} and now says "${o.text}"`,
        effect: `learners who chose "${old.text}" would be shown as having chosen "${o.text}", and reports would count both as one answer; give the new words a new option id (and keep ${o.id} out of this item), or ${NEW_ID(item.id)}`,
      });
    }
  }
  return out;
}

/**
 * Compares the course's record `now` with the published records: the newest for the course id,
 * the version and removed items; for each item, the newest record that holds its id (an id
 * removed in one version and brought back with another meaning in a later one is still a reuse:
 * a learner who has not launched since still holds their answer to it).
 */
export function compareWithPublished(
  published: PublishedRecord[],
  now: PublishedRecord,
): RecordChange[] {
  const records = byVersion(published);
  const newest = records[0];
  if (!newest) return [];
  const out: RecordChange[] = [];
  if (newest.course !== now.course) {
    out.push({
      subject: "course",
      severity: "refused",
      since: newest.version,
      what: `the course id is "${now.course}", but version ${newest.version} was published as "${newest.course}"`,
      effect: `the course id is the package's identity in the LMS: with another id the LMS sees another course, and learners' records do not follow them into this version; put "id: ${newest.course}" back (a new course of its own starts from a folder without ${RECORD_FOLDER}/)`,
    });
  }
  const order = compareVersions(now.version, newest.version);
  const { version: _a, ...rest } = now;
  const { version: _b, ...was } = newest;
  if (order < 0 || (order === 0 && JSON.stringify(rest) !== JSON.stringify(was))) {
    out.push({
      subject: "version",
      severity: "refused",
      since: newest.version,
      what:
        order < 0
          ? `version ${now.version} is lower than ${newest.version}, which was published`
          : `version ${now.version} was published, and its questions, options or modules have changed since`,
      effect: `an LMS and learners must be able to tell the versions apart: raise "version" (to ${nextVersion(newest.version)} for corrections) and add its entry to CHANGELOG.md`,
    });
  }
  const current = new Set(now.items.map((i) => i.id));
  for (const item of now.items) {
    const was = records
      .map((r) => ({ r, i: r.items.find((x) => x.id === item.id) }))
      .find((x) => x.i);
    if (was?.i) out.push(...itemChanges(was.i, item, was.r.version));
  }
  for (const item of newest.items) {
    if (current.has(item.id)) continue;
    out.push({
      subject: "item",
      id: item.id,
      severity: "dropped",
      since: newest.version,
      what: `"${item.id}" (${kindWords(item.kind)}${item.theme ? ` of the theme "${item.theme}"` : ""} in ${newest.version}) is no longer in the course`,
      effect:
        item.kind === "reflection"
          ? "learners who wrote in it lose that text from their saved state when they resume"
          : `learners who answered it lose that answer from their saved state when they resume; their score${item.theme ? ` and the theme "${item.theme}"` : ""} are worked out again from the items still in the course (a learner who already completed or passed keeps that result); the LMS's own history of the answer stays in its reports`,
    });
  }
  return out;
}

function nextVersion(version: string): string {
  const parts = version.split(".").map(Number);
  while (parts.length < 3) parts.push(0);
  parts[2] += 1;
  return parts.join(".");
}

/** The 1-based line of `id: <id>` in the sources, and of `- id: <option>` after it. */
function locate(
  sources: readonly { file: string; text: string }[],
  id: string,
  option?: string,
): { file: string; line: number } | undefined {
  const idLine = new RegExp(`^\\s*-?\\s*id:\\s*["']?${id}["']?\\s*$`);
  const optionLine = option && new RegExp(`^\\s*-\\s*id:\\s*["']?${option}["']?\\s*$`);
  for (const s of sources) {
    const lines = s.text.split("\n");
    const at = lines.findIndex((l) => idLine.test(l));
    if (at < 0) continue;
    if (optionLine) {
      const o = lines.findIndex((l, i) => i > at && optionLine.test(l));
      if (o >= 0) return { file: s.file, line: o + 1 };
    }
    return { file: s.file, line: at + 1 };
  }
  return undefined;
}

export interface PublishedCheck {
  /** Refusals, at the line to change. */
  problems: CourseProblem[];
  /** What learners lose or meet (removed items, reworded options), for `npm run check`. */
  notes: string[];
}

/**
 * Checks `course` (compiled from `dir`, its module files in `sources`) against the records in
 * `dir/published/`. A course without records (never published) has nothing to check.
 */
export function checkPublished(
  course: Course,
  dir: string,
  sources: readonly { file: string; text: string }[],
  display: (path: string) => string,
): PublishedCheck {
  const files = readRecords(dir);
  const problems: CourseProblem[] = files.flatMap((f) =>
    f.error
      ? [
          {
            file: display(f.path),
            line: 1,
            message: `this record of a published version cannot be read (${f.error}): restore it from version control`,
          },
        ]
      : [],
  );
  const records = files.flatMap((f) => (f.record ? [f.record] : []));
  const yamlPath = join(dir, "course.yaml");
  const yaml = sources.find((s) => s.file === display(yamlPath));
  const yamlLine = (key: string) => {
    const i = (yaml?.text ?? "").split("\n").findIndex((l) => l.startsWith(`${key}:`));
    return i + 1 || 1;
  };
  const notes: string[] = [];
  for (const c of compareWithPublished(records, recordOf(course))) {
    const recordFile = `${RECORD_FOLDER}/${recordFileName(c.since)}`;
    if (c.severity !== "refused") {
      notes.push(`${c.what}: ${c.effect}.`);
      continue;
    }
    const at =
      c.subject === "item" && c.id
        ? (locate(sources, c.id, c.option) ?? { file: display(yamlPath), line: 1 })
        : { file: display(yamlPath), line: yamlLine(c.subject === "course" ? "id" : "version") };
    problems.push({ ...at, message: `${c.what} (${recordFile}): ${c.effect}` });
  }
  return { problems, notes };
}
