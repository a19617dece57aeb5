/**
 * The fallback form of an interaction or objective identifier, for LMSs that refuse valid ones.
 *
 * SCORM 2004 types these ids as `long_identifier_type`: a URI (RTE 4.1.1.6), so `q-arrest-bail`
 * is valid and every conformant LMS takes it. Some LMSs check against a narrower pattern: Forma
 * LMS 4.0 refuses any id containing `- _ . ! ~ * ' ( )` (its `ScormTypes.js`) with error 406.
 * Letters, digits and `:` pass every checker seen (a URN is letters, digits and colons), so the
 * fallback keeps letters and digits and writes each hyphen as a colon: `q:arrest:bail`.
 *
 * Author ids match `[a-z][a-z0-9-]*` (the loader's ID_PATTERN), so no authored id contains a
 * colon and the mapping is one-to-one and reversible over every id a course reports. It keeps
 * the length, so an id that fits the LMS's limit still fits.
 */

/** Elements whose value is an id the course chooses: interaction, objective, interaction objective. */
const IDENTIFIER_ELEMENT =
  /^cmi\.(?:interactions\.\d+\.id|objectives\.\d+\.id|interactions\.\d+\.objectives\.\d+\.id)$/;

/** The fallback form: hyphens become colons; an id with none is its own fallback. */
export function fallbackIdOf(id: string): string {
  return id.replaceAll("-", ":");
}

/** The authored id a fallback form stands for (colons back to hyphens). */
export function authoredIdOf(fallback: string): string {
  return fallback.replaceAll(":", "-");
}

/** True when the element holds an id the course chooses, which has a fallback form. */
export function isIdentifierElement(element: string): boolean {
  return IDENTIFIER_ELEMENT.test(element);
}

/** True when an id read back from an LMS is in the fallback form. */
export function isFallbackId(id: string): boolean {
  return id.includes(":");
}
