/**
 * The compiled course: what the loader produces at build time and the player reads at run time.
 * Plain JSON-serialisable data; every id here is written by the author and stable across versions.
 */

/** The shape of every author-written id (modules, questions, themes, reflection prompts). */
export const ID_PATTERN = /^[a-z][a-z0-9-]{0,47}$/;
/**
 * Option ids are one lowercase letter or digit: SCORM 1.2 reports a choice as single
 * characters `[0-9a-z]`, so these ids go to every LMS unchanged and stay stable on republish.
 */
export const OPTION_ID_PATTERN = /^[a-z0-9]$/;

export interface Theme {
  id: string;
  title: string;
  /** One sentence: what a learner who has mastered this theme can do. */
  objective: string;
}

/**
 * Every kind of block a course can hold, by name: empty here, and filled by each kind's own
 * `model.ts` (`declare module "../../course/model.js" { interface BlockKinds { callout: CalloutBlock } }`),
 * so the course model names no kind and a kind registers its model where it is written.
 * src/blocks/kinds.ts imports every kind's model, which keeps the list whole wherever blocks are used.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging, one kind at a time
export interface BlockKinds {}

/** Any block of any kind. */
export type Block = BlockKinds[keyof BlockKinds];
export type BlockKind = keyof BlockKinds;

/** A term defined once in glossary.yaml, which marked text in any block refers to. */
export interface GlossaryTerm {
  /** Made from the term's words ("child in need" → "child-in-need"); what marked text refers to. */
  id: string;
  /** The term as the glossary lists it. */
  term: string;
  /** The definition (sanitized inline HTML). */
  html: string;
}

export interface Module {
  id: string;
  title: string;
  themes: string[];
  /** Shown before this module's content until the learner chooses to go on. */
  contentWarning: boolean;
  blocks: Block[];
  /** A decorative icon (front matter's `icon:`), on the module's tile and banner. */
  icon?: ModuleIcon;
  /** One line on why the module matters (front matter's `why:`), sanitized inline HTML. */
  why?: string;
  /** About how long the module takes, by the reading-time rules (whole minutes, at least 1). */
  minutes?: number;
}

/**
 * An icon of the bundled set (lucide-static) as the build drew it: its name, and its SVG child
 * elements made at build time from geometric elements and attributes only (never the set's own
 * file text). Drawn in a 24 × 24 box with the current colour's stroke.
 */
export interface ModuleIcon {
  name: string;
  svg: string;
}

/** Which learner activity completes the course. */
export type CompletionRule = "all-modules" | "all-questions";

export interface CourseSettings {
  /** 0–100; the percentage of scored weighting needed to pass. */
  passMark: number;
  completion: CompletionRule;
  /** How many times a learner may check each question before it locks. */
  attemptsPerQuestion: number;
  /**
   * What a failed attempt reports. "failed" is the SCORM standard; "incomplete" suits LMSs
   * that lock a learner out after a failure.
   */
  onFail: "failed" | "incomplete";
  /**
   * What "try again" clears for a learner who did not pass: the scored questions they got wrong
   * (the default, so they keep what they got right), or every scored question.
   */
  retake: "wrong-answers" | "all-questions";
}

export interface Course {
  id: string;
  title: string;
  version: string;
  language: string;
  audience: string;
  estimatedMinutes: number;
  publisher: string;
  source: { title: string; url?: string; published?: string };
  reviewDate?: string;
  /** Where to find support (sanitized HTML), always reachable from the course shell. */
  supportHtml: string;
  /** Shown before case detail (sanitized HTML). */
  contentWarningHtml: string;
  settings: CourseSettings;
  themes: Theme[];
  modules: Module[];
  /** Terms defined in glossary.yaml, when the course has one. */
  glossary?: GlossaryTerm[];
  /** A board publishing under its own partnership: its logo and brand colour, both checked. */
  branding?: Branding;
  /** The board's own arrangements (course.yaml's `local:`), printed on the completion record. */
  local?: LocalSettings;
  /** Who endorses the course, in the board's words (course.yaml's `endorsement:`), plain text. */
  endorsement?: string;
}

/** A local document: its name as learners know it and its https link. */
export interface LocalLink {
  name: string;
  link: string;
}

/**
 * The arrangements of the partnership publishing the course, named in module text by
 * placeholders (`{{local.front_door}}`) that the build replaces, and printed on the record.
 */
export interface LocalSettings {
  /** The local safeguarding partnership's name. */
  partnership: string;
  escalationPolicy?: LocalLink;
  /** Where new concerns about a child go (a MASH, an integrated front door): always a phone. */
  frontDoor?: { name: string; phone: string; link?: string };
  /** The local child protection procedures. */
  procedures?: LocalLink;
}

export interface Branding {
  /** The logo as the package carries it (a path inside the package) and its alt text. */
  logo?: { src: string; alt: string };
  /** A hex colour with at least 4.5:1 contrast as text on white and under white text. */
  colour?: string;
}
