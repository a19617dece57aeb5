// Where real LMSs take their launch data from, and how some of them check what the course sends:
// one rule set per LMS the course has been tried in, beside the standard's. The simulator's host
// page launches packages under a chosen set; the unit tests check the manifest generator against
// them. Each rule names where it comes from.

/** One `<imsss:primaryObjective>` or `<imsss:objective>` of the launched item. */
export interface ManifestObjective {
  id: string;
  satisfiedByMeasure: boolean;
  /** "" where the manifest gives none. */
  minNormalizedMeasure: string;
}

/** What an LMS reads from the launched item: 1.2's `adlcp:masteryscore`, 2004's objectives. */
export interface Sequencing {
  masteryScore: string;
  primary: ManifestObjective | null;
  objectives: ManifestObjective[];
}

export type RuleSetName = "standard" | "moodle" | "forma";

/** The simulator's names for the SCORM versions. */
export type ScormVersion = "12" | "2004";

export interface RuleSet {
  name: RuleSetName;
  label: string;
  scaledPassingScore(s: Sequencing): string;
  masteryScore(s: Sequencing): string;
  /** How a finished attempt is reopened, in which versions; null: as usual. */
  reopensFinished: { mode: string; credit: string; versions: ScormVersion[] } | null;
  refusesIdentifier(value: unknown): boolean;
  /** True for an element every value of which this LMS refuses as a wrong type (2004: 406). */
  refusesElement(element: unknown): boolean;
  /** A refused id write still adds its record, as the LMS's `_count` then says. */
  countsRefusedWrites: boolean;
  /** The last session time is kept and added to the total again by a session that sets none. */
  repeatsLastSessionTime: boolean;
  sources: string[];
}

/** Elements of type long_identifier_type that hold an id the course chooses (SCORM 2004). */
export const IDENTIFIER_ELEMENT =
  /^cmi\.(interactions\.\d+\.id|objectives\.\d+\.id|interactions\.\d+\.objectives\.\d+\.id)$/;

/** Forma LMS's identifier check: `^[^\-_.!~*'()]{0,n}$`, written in a string so `\-` is `-`. */
const FORMA_IDENTIFIER = /^[^-_.!~*'()]{0,4000}$/;

/**
 * The standard: `cmi.scaled_passing_score` is the primary objective's `minNormalizedMeasure` when
 * it is satisfied by measure (SN 3.10.2: a missing measure means 1.0), otherwise none; 1.2's
 * `cmi.student_data.mastery_score` is the item's `adlcp:masteryscore` (CAM 1.2 3.4.1.8).
 */
function standardPassingScore(s: Sequencing): string {
  if (!s.primary?.satisfiedByMeasure) return "";
  return s.primary.minNormalizedMeasure || "1";
}

/**
 * Moodle 4.x stores every primary objective and objective of the item with its
 * `minNormalizedMeasure`, 1.0 where absent (mod/scorm/datamodels/scormlib.php), and at launch
 * sets `cmi.scaled_passing_score` to the last one it stored (the loop over
 * `scorm_seq_objective` in mod/scorm/datamodels/scorm_13lib.php), satisfied by measure or not.
 */
function moodlePassingScore(s: Sequencing): string {
  const all = [s.primary, ...s.objectives].filter((o): o is ManifestObjective => o !== null);
  if (all.length === 0) return "";
  return all[all.length - 1].minNormalizedMeasure || "1.0";
}

const masteryFromManifest = (s: Sequencing): string => s.masteryScore;

export const RULE_SETS: Record<RuleSetName, RuleSet> = {
  standard: {
    name: "standard",
    label: "as the standard says",
    scaledPassingScore: standardPassingScore,
    masteryScore: masteryFromManifest,
    reopensFinished: null,
    refusesIdentifier: () => false,
    refusesElement: () => false,
    countsRefusedWrites: false,
    // SCORM 2004 RTE, cmi.total_time: the LMS sums the session times the SCO reports; a session
    // that sets none adds nothing.
    repeatsLastSessionTime: false,
    sources: [
      "SCORM 2004 4th Edition SN 3.10.2 and RTE 4.2.20 (scaled_passing_score from the primary objective)",
      "SCORM 1.2 CAM 3.4.1.8 (adlcp:masteryscore → cmi.student_data.mastery_score)",
    ],
  },
  moodle: {
    name: "moodle",
    label: "as Moodle 4.x does",
    scaledPassingScore: moodlePassingScore,
    masteryScore: masteryFromManifest,
    // scorm_check_mode() in mod/scorm/locallib.php: an attempt already completed, passed or
    // failed is reopened in review mode unless the learner asks for a new attempt; the player
    // then sets cmi.mode / cmi.core.lesson_mode "review" and credit "no-credit", and still
    // stores whatever the content sends.
    reopensFinished: { mode: "review", credit: "no-credit", versions: ["12", "2004"] },
    refusesIdentifier: () => false,
    refusesElement: () => false,
    countsRefusedWrites: false,
    repeatsLastSessionTime: false,
    sources: [
      "mod/scorm/datamodels/scormlib.php (objectives stored with minnormalizedmeasure, 1.0 by default)",
      "mod/scorm/datamodels/scorm_13lib.php (scaled_passing_score = the last objective's measure)",
      "mod/scorm/locallib.php scorm_check_mode() (finished attempts reopen in review mode)",
    ],
  },
  forma: {
    name: "forma",
    label: "as Forma LMS 4.0 does",
    // Forma launches SCORM 2004 with an empty cmi.scaled_passing_score.
    scaledPassingScore: () => "",
    masteryScore: masteryFromManifest,
    // Forma 4.0.19 reopens a finished SCORM 2004 attempt without credit (seen by hand, issue 22).
    reopensFinished: { mode: "normal", credit: "no-credit", versions: ["2004"] },
    // appLms/modules/scorm/ScormTypes.js, scormTypes_itentifier_type(): long and short
    // identifiers must match ^[^\-_.!~*'()]{0,n}$, although the standard's URI type allows them.
    refusesIdentifier: (value) => !FORMA_IDENTIFIER.test(String(value)),
    // Every cmi.objectives.n.description, whatever its value, is refused with 406 (Forma 4.0.19:
    // 168 refusals in one run of family-m 1.1.0, issue 22 item 6).
    refusesElement: (element) => /^cmi\.objectives\.\d+\.description$/.test(String(element)),
    // A refused SetValue on cmi.interactions.n.id still adds record n (seen in Forma 4.0.19:
    // one journey left 95 empty records).
    countsRefusedWrites: true,
    // The tracking record keeps the last cmi.session_time, and it is added to the total again
    // when a session sets none: a finished attempt re-entered without credit went from PT2M55S
    // to PT5M50S (Forma 4.0.19, issue 22 item 7).
    repeatsLastSessionTime: true,
    sources: [
      "appLms/modules/scorm/ScormTypes.js (identifier check refusing - _ . ! ~ * ' ( ))",
      "Forma LMS 4.0.19, tried by hand: refused writes still counted; empty scaled_passing_score",
      "Forma LMS 4.0.19, SCORM 2004 run of family-m 1.1.0 (issue 22): every objective description refused with 406; a finished attempt re-entered without credit; the last session time added again when a session sets none",
    ],
  },
};

/** The rule set called `name`, or the standard's. */
export function ruleSetOf(name: string | null | undefined): RuleSet {
  return RULE_SETS[name as RuleSetName] ?? RULE_SETS.standard;
}

function elementsNamed(parent: Element, localName: string): Element[] {
  return [...parent.getElementsByTagName("*")].filter((e) => e.localName === localName);
}

function objectiveOf(el: Element): ManifestObjective {
  return {
    id: el.getAttribute("objectiveID") ?? "",
    satisfiedByMeasure: el.getAttribute("satisfiedByMeasure") === "true",
    minNormalizedMeasure: elementsNamed(el, "minNormalizedMeasure")[0]?.textContent?.trim() ?? "",
  };
}

/** What an LMS reads from the launched `<item>` element of a manifest. */
export function sequencingOf(item: Element | null | undefined): Sequencing {
  if (!item) return { masteryScore: "", primary: null, objectives: [] };
  const primary = elementsNamed(item, "primaryObjective")[0];
  return {
    masteryScore: elementsNamed(item, "masteryscore")[0]?.textContent?.trim() ?? "",
    primary: primary ? objectiveOf(primary) : null,
    objectives: elementsNamed(item, "objective").map(objectiveOf),
  };
}

/** A saved data model (the object under "cmi"), 1.2 or 2004 shape, as far as these rules read it. */
export interface SavedModel {
  core?: { lesson_status?: string };
  completion_status?: string;
  success_status?: string;
  [element: string]: unknown;
}

/**
 * How an LMS under these rules reopens an attempt that holds this status ({ mode, credit }), or
 * undefined when it opens it as usual. `cmi` is the saved data model of the attempt (1.2 or 2004
 * shape).
 */
export function reopenedAs(
  rules: RuleSet,
  version: ScormVersion,
  cmi: SavedModel | undefined,
): { mode: string; credit: string } | undefined {
  const how = rules.reopensFinished;
  if (!how?.versions.includes(version) || !cmi) return undefined;
  const finished =
    version === "12"
      ? ["passed", "completed", "failed"].includes(cmi.core?.lesson_status ?? "")
      : cmi.completion_status === "completed" ||
        ["passed", "failed"].includes(cmi.success_status ?? "");
  return finished ? { mode: how.mode, credit: how.credit } : undefined;
}
