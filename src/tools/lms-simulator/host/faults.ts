// What the simulated LMS refuses on purpose: the faults staff and tests inject (refuse values,
// fail commits, offer no API, be slow, not implement an element), and the value checks of the
// chosen LMS's rules (launch-rules.ts), each answered with the error that LMS would give.

import { IDENTIFIER_ELEMENT, type RuleSetName } from "../launch-rules.js";
import type { Faults, Run, ScormVersion } from "./run.js";

/** An error as GetLastError and GetErrorString report it. */
export type LmsError = readonly [code: string, message: string];

/** The error an LMS would give for an injected fault: 1.2 has only "general exception". */
const INJECTED_ERRORS: Record<
  ScormVersion,
  Record<"set" | "commit" | "unsupported" | "wrongType", LmsError>
> = {
  12: {
    set: ["101", "General exception"],
    commit: ["101", "General exception"],
    unsupported: ["401", "Not implemented error"],
    wrongType: ["405", "Incorrect Data Type"],
  },
  2004: {
    set: ["351", "General Set Failure"],
    commit: ["391", "General Commit Failure"],
    unsupported: ["402", "Unimplemented Data Model Element"],
    wrongType: ["406", "Data Model Element Type Mismatch"],
  },
};

/** What SCORM 2004 answers for a value of the wrong type, as the LMSs whose rules refuse one. */
const TYPE_MISMATCH_2004: LmsError = ["406", "Data Model Element Type Mismatch"];

export const NO_FAULTS: Faults = {
  rejectSetValue: false,
  failCommit: false,
  noApi: false,
  slowMs: 0,
  unsupported: [],
  wrongType: [],
};

/** An element with its indexes replaced by n: cmi.interactions.3.latency → cmi.interactions.n.latency. */
export function shapeOf(element: unknown): string {
  return String(element).replace(/\.\d+(?=\.|$)/g, ".n");
}

/**
 * A call the simulator answers "false" itself, without asking scorm-again. `by` names the rule
 * set whose check refused it; without it, the refusal is a fault the simulator was asked for.
 */
export interface Refusal {
  error: LmsError;
  by?: RuleSetName;
  /** The refused id write still adds its (empty) record, as that LMS counts it. */
  addsRecord?: boolean;
}

/** Whether a SetValue or Commit of this launch is refused, and how; null: scorm-again answers. */
export function refusalOf(
  run: Run,
  kind: "set" | "commit" | "other",
  args: readonly unknown[],
): Refusal | null {
  const { faults, rules, version } = run;
  const errors = INJECTED_ERRORS[version];
  if (kind === "commit") return faults.failCommit ? { error: errors.commit } : null;
  if (kind !== "set") return null;
  const [element, value] = args;
  if (faults.rejectSetValue) return { error: errors.set };
  if ((faults.unsupported ?? []).includes(shapeOf(element))) return { error: errors.unsupported };
  if ((faults.wrongType ?? []).includes(shapeOf(element))) return { error: errors.wrongType };
  if (version !== "2004") return null;
  // Not a fault of the simulator's own: this LMS's identifier check (launch-rules.ts).
  if (IDENTIFIER_ELEMENT.test(String(element)) && rules.refusesIdentifier(value)) {
    return { error: TYPE_MISMATCH_2004, by: rules.name, addsRecord: rules.countsRefusedWrites };
  }
  // This LMS's data model refuses the element whatever the value (launch-rules.ts).
  if (rules.refusesElement(element)) return { error: TYPE_MISMATCH_2004, by: rules.name };
  return null;
}

/** The faults shown in the summary, in words; "" when there are none. */
export function faultsInWords(faults: Faults): string {
  return Object.entries(faults)
    .filter(([k, v]) => (Array.isArray(v) ? v.length > 0 : v) && !(k === "slowMs" && !Number(v)))
    .map(([k, v]) =>
      k === "slowMs"
        ? `slow (${v} ms)`
        : k === "unsupported"
          ? `does not implement ${(v as string[]).join(", ")}`
          : k === "wrongType"
            ? `refuses every value of ${(v as string[]).join(", ")}`
            : k,
    )
    .join("; ");
}
