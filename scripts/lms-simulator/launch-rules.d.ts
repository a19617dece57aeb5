/** Types of launch-rules.js (plain JavaScript, loaded as is by the simulator's host page). */
export interface ManifestObjective {
  id: string;
  satisfiedByMeasure: boolean;
  /** "" where the manifest gives none. */
  minNormalizedMeasure: string;
}
export interface Sequencing {
  masteryScore: string;
  primary: ManifestObjective | null;
  objectives: ManifestObjective[];
}
export type RuleSetName = "standard" | "moodle" | "forma";
export interface RuleSet {
  name: RuleSetName;
  label: string;
  scaledPassingScore(s: Sequencing): string;
  masteryScore(s: Sequencing): string;
  /** How a finished attempt is reopened, in which versions; null: as usual. */
  reopensFinished: { mode: string; credit: string; versions: Array<"12" | "2004"> } | null;
  refusesIdentifier(value: string): boolean;
  /** True for an element every value of which this LMS refuses as a wrong type (2004: 406). */
  refusesElement(element: string): boolean;
  countsRefusedWrites: boolean;
  /** The last session time is kept and added to the total again by a session that sets none. */
  repeatsLastSessionTime: boolean;
  sources: string[];
}
export const IDENTIFIER_ELEMENT: RegExp;
export const RULE_SETS: Record<RuleSetName, RuleSet>;
export function ruleSetOf(name: string | undefined): RuleSet;
export function sequencingOf(item: Element | null | undefined): Sequencing;
export function reopenedAs(
  rules: RuleSet,
  version: "12" | "2004",
  cmi: Record<string, unknown> | undefined,
): { mode: string; credit: string } | undefined;
