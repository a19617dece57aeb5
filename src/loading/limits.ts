/**
 * The longest text each course setting may hold, and the shapes settings that reach the
 * manifest must have, so that every course that passes the check reads well on a page and
 * builds packages that pass the SCORM schemas.
 */

/**
 * Longest text, in characters, per setting name. Keys are the names authors write, so one
 * table covers course.yaml, module settings and every block.
 */
export const TEXT_LIMITS: Readonly<Record<string, number>> = {
  // SCORM 1.2's <title> holds at most 200 characters and the organisation title adds
  // " (version <at most 20>)": 150 leaves room, and also fits a heading on a phone.
  title: 150,
  audience: 300,
  publisher: 200,
  // SCORM 2004 stores objective descriptions in 250 characters; a longer one would be cut off.
  objective: 250,
  question: 1000,
  scenario: 2500,
  text: 300,
  // A module's banner line: one line on a wide screen, two or three on a phone.
  why: 160,
  // A walked case's role badge ("You are: Designated safeguarding lead"): one line on a phone.
  role: 60,
  feedback: 1500,
  consequence: 1500,
  when: 100,
  what: 500,
  prompt: 500,
  support: 2000,
  content_warning: 2000,
  // Printed on the one-page record, and said in the text where a module names it.
  endorsement: 400,
  partnership: 150,
};

/**
 * Settings whose name is shared with a shorter one elsewhere, by the place they are read
 * (the FieldReader's description): the source's title is a citation, not a heading.
 */
const LIMITS_BY_PLACE: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  '"source"': { title: 500, url: 1000, published: 50 },
  // A local name is said in a sentence of a lesson: a long one would swamp it.
  '"escalation_policy"': { name: 150, link: 1000 },
  '"front_door"': { name: 150, link: 1000 },
  '"procedures"': { name: 150, link: 1000 },
  // A step's title follows "Step 10 of 10" in a heading: two lines on a phone at most.
  "a step of this process": { title: 60 },
};

/** The longest text allowed for `key` where it is read, if it has a limit. */
export function limitFor(key: string, place = ""): number | undefined {
  return LIMITS_BY_PLACE[place]?.[key] ?? TEXT_LIMITS[key];
}

/** SCORM 1.2's manifest `version` attribute holds at most 20 characters. */
export const VERSION_MAX_LENGTH = 20;

/**
 * A language tag that both manifests' `xml:lang` (xs:language) accept and LMSs recognise: a
 * two- or three-letter language code, then optional parts such as a country, like en-GB.
 */
export const LANGUAGE_PATTERN = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/;

/** Media file paths become manifest hrefs; keep them well inside the schemas' 2000. */
export const MEDIA_PATH_MAX_LENGTH = 200;

/** The message for a text over its limit, or undefined when it fits (or has no limit). */
export function lengthProblem(key: string, text: string, place = ""): string | undefined {
  const limit = limitFor(key, place);
  if (limit === undefined) return undefined;
  const length = [...text].length;
  if (length <= limit) return undefined;
  return `"${key}" is ${length} characters long, but at most ${limit} fit: shorten it by ${length - limit} characters (see "How long texts can be" in course/README.md)`;
}
