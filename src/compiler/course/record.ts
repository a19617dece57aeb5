/**
 * The record of what was published: per published version, what an LMS and a learner's saved
 * state hold on to (the course id, module ids, themes, and each recorded item with its kind,
 * options and right answers), kept as `published/<version>.json` in the course folder and
 * compared with the course by the checker (`checks/published.ts`). Build time only.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { reflectionPromptsOf } from "../../blocks/reflection/rules.js";
import type { Course } from "../../course/model.js";
import { scoredItemsOf } from "../answer-key/scored-items.js";

/** The folder, inside a course folder, that holds one record per published version. */
export const RECORD_FOLDER = "published";

export interface RecordedOption {
  id: string;
  /** The option's words as plain text (tags and entities resolved, spaces collapsed). */
  text: string;
  correct: boolean;
}

export interface RecordedItem {
  /** The id the saved state and the LMS's interactions use. */
  id: string;
  /** "single", "multiple", "scenario" (questions and a walked case's decisions) or "reflection". */
  kind: string;
  theme?: string;
  options?: RecordedOption[];
}

export interface PublishedRecord {
  /** The course id: the SCORM manifest's identifier, so the LMS's idea of "the same course". */
  course: string;
  version: string;
  modules: string[];
  themes: string[];
  items: RecordedItem[];
}

/** What `course` would record if it were published as it is. */
export function recordOf(course: Course): PublishedRecord {
  const items: RecordedItem[] = scoredItemsOf(course).map((item) => ({
    id: item.id.authored,
    kind: item.recordKind,
    theme: item.theme.id.authored,
    options: item.options.map((o) => ({ id: o.id, text: o.text, correct: o.correct })),
  }));
  for (const p of reflectionPromptsOf(course)) items.push({ id: p.id, kind: "reflection" });
  return {
    course: course.id,
    version: course.version,
    modules: course.modules.map((m) => m.id),
    themes: course.themes.map((t) => t.id),
    items,
  };
}

/** The record as it is written to its file: stable, one field a line, for readable diffs. */
export function recordText(record: PublishedRecord): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}

/**
 * The record the build writes beside a course's packages (`<id>-<version>-record.json`, never
 * uploaded), so the LMS simulator's update rehearsal can say what a new package changes.
 */
export function recordBesidePackages(course: { id: string; version: string }): string {
  return `${course.id}-${course.version}-record.json`;
}

/** The record beside a package, named from the package's file name. */
export function recordBesidePackage(zipName: string): string {
  return zipName.replace(/-(scorm12|scorm2004|web)\.zip$/, "-record.json");
}

export function recordFileName(version: string): string {
  return `${version}.json`;
}

export interface RecordFile {
  /** Path of the record file. */
  path: string;
  record?: PublishedRecord;
  /** Why it could not be read, when it could not. */
  error?: string;
}

/** Every record in a course folder, in file-name order (unread ones carry their error). */
export function readRecords(courseDir: string): RecordFile[] {
  const dir = join(courseDir, RECORD_FOLDER);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const path = join(dir, f);
      try {
        const record = JSON.parse(readFileSync(path, "utf8")) as PublishedRecord;
        if (
          typeof record.course !== "string" ||
          typeof record.version !== "string" ||
          !Array.isArray(record.items) ||
          !Array.isArray(record.modules) ||
          !Array.isArray(record.themes)
        ) {
          return { path, error: "it is not a record of a published version" };
        }
        return { path, record };
      } catch (e) {
        return { path, error: (e as Error).message };
      }
    });
}

/** Writes the record of `course` into its folder; returns the file's path. */
export function writeRecord(courseDir: string, record: PublishedRecord): string {
  const dir = join(courseDir, RECORD_FOLDER);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, recordFileName(record.version));
  writeFileSync(path, recordText(record));
  return path;
}
