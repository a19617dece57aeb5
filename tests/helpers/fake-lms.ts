/** A hand-written LMS for unit tests of the connection: it misbehaves on request. */
import type { ApiMethods } from "../../src/lms/datamodel.js";

/**
 * A hand-written LMS that misbehaves on request: refuses values, fails commits, throws, or
 * vanishes (every method throws, as when the LMS frame is torn down).
 */
/** The standard's names for the codes these tests refuse with (RTE 3.3 for 1.2, 3.1.7 for 2004). */
const ERROR_WORDS: Record<string, string> = {
  "101": "General Exception",
  "351": "General Set Failure",
  "401": "Not implemented error",
  "402": "Unimplemented Data Model Element",
  "405": "Incorrect Data Type",
  "406": "Data Model Element Type Mismatch",
};

export class FakeLms {
  readonly values = new Map<string, string>();
  /** Every call, as "Method element=value". */
  readonly calls: string[] = [];
  refuse: (element: string, value: string) => boolean = () => false;
  /** The error GetLastError gives after a refused value. */
  refuseCode = "405";
  throwOn: (element: string) => boolean = () => false;
  initializeAnswer: unknown = "true";
  initializeThrows = false;
  commitAnswer = "true";
  terminateAnswer = "true";
  errorAfterInitialize = "0";
  /**
   * Counts a refused `….n.id` write as record n all the same, as Forma LMS does: its `_count`
   * then includes a record with no id.
   */
  countsRefusedIds = false;
  private readonly phantoms = new Map<string, number>();
  vanished = false;
  private lastError = "0";
  readonly api: Record<string, (...args: string[]) => unknown>;

  constructor(methods: ApiMethods) {
    const guard = <T>(call: string, body: () => T): T => {
      this.calls.push(call);
      if (this.vanished) throw new TypeError("Cannot read properties of null (reading 'LMS')");
      return body();
    };
    this.api = {
      [methods.initialize]: () =>
        guard("Initialize", () => {
          if (this.initializeThrows) throw new Error("LMS not ready");
          this.lastError = this.errorAfterInitialize;
          return this.initializeAnswer;
        }),
      [methods.getValue]: (element: string) =>
        guard(`GetValue ${element}`, () => this.get(element)),
      [methods.setValue]: (element: string, value: string) =>
        guard(`SetValue ${element}=${value}`, () => {
          if (this.throwOn(element)) throw new Error(`LMS exploded on ${element}`);
          if (this.refuse(element, value)) {
            this.lastError = this.refuseCode;
            const id = /^(cmi\.(?:objectives|interactions))\.(\d+)\.id$/.exec(element);
            if (id && this.countsRefusedIds) {
              this.phantoms.set(id[1], Math.max(this.phantoms.get(id[1]) ?? 0, Number(id[2]) + 1));
            }
            return "false";
          }
          this.lastError = "0";
          this.values.set(element, value);
          return "true";
        }),
      [methods.commit]: () => guard("Commit", () => this.commitAnswer),
      [methods.terminate]: () => guard("Terminate", () => this.terminateAnswer),
      [methods.getLastError]: () => this.lastError,
      // An LMS's own words for a code, as a real one gives them (the player ships no table).
      [methods.getErrorString]: (code: string) => ERROR_WORDS[code] ?? "",
    };
  }

  private get(element: string): string {
    const count = /^(cmi\.(?:objectives|interactions))\._count$/.exec(element);
    if (!count) return this.values.get(element) ?? "";
    let n = this.phantoms.get(count[1]) ?? 0;
    const record = new RegExp(`^${count[1].replace(".", "\\.")}\\.(\\d+)\\.`);
    for (const key of this.values.keys()) {
      const m = record.exec(key);
      if (m) n = Math.max(n, Number(m[1]) + 1);
    }
    return String(n);
  }

  sets(element: string): number {
    return this.calls.filter((c) => c.startsWith(`SetValue ${element}=`)).length;
  }

  count(method: string): number {
    return this.calls.filter((c) => c === method || c.startsWith(`${method} `)).length;
  }
}

/**
 * `report` with its first theme no longer judged (its questions replaced or removed on
 * republishing): no score, incomplete, success unknown.
 */
export function withFirstThemeUnjudged<R extends { objectives: readonly object[] }>(report: R): R {
  const [first, ...rest] = report.objectives;
  const unjudged = {
    scaled: undefined,
    raw: undefined,
    completion: "incomplete",
    success: "unknown",
  } as const;
  return { ...report, objectives: [{ ...first, ...unjudged }, ...rest] };
}
