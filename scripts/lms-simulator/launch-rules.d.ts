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
  reviewsFinishedAttempts: boolean;
  refusesIdentifier(value: string): boolean;
  countsRefusedWrites: boolean;
  sources: string[];
}
export const IDENTIFIER_ELEMENT: RegExp;
export const RULE_SETS: Record<RuleSetName, RuleSet>;
export function ruleSetOf(name: string | undefined): RuleSet;
export function sequencingOf(item: Element | null | undefined): Sequencing;
export function reopensInReview(
  rules: RuleSet,
  version: "12" | "2004",
  cmi: Record<string, unknown> | undefined,
): boolean;
