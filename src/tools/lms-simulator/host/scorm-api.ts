// The API the course finds (window.API / window.API_1484_11): scorm-again's data model behind a
// wrapper that logs every call, lets faults.ts refuse some, blocks as a slow LMS would, and says
// when the LMS has committed. It knows nothing of the page; the page passes it hooks.

import type { Scorm12API, Scorm2004API } from "scorm-again";
import { refusalOf } from "./faults.js";
import type { LmsApi, LmsCall, Run, SavedCmi, ScormVersion } from "./run.js";

/** Each version's method names, and which of them plays which part. */
export const METHODS = {
  12: {
    init: "LMSInitialize",
    set: "LMSSetValue",
    commit: "LMSCommit",
    finish: "LMSFinish",
    get: "LMSGetValue",
    error: "LMSGetLastError",
    errorString: "LMSGetErrorString",
    all: [
      "LMSInitialize",
      "LMSFinish",
      "LMSGetValue",
      "LMSSetValue",
      "LMSCommit",
      "LMSGetLastError",
      "LMSGetErrorString",
      "LMSGetDiagnostic",
    ],
  },
  2004: {
    init: "Initialize",
    set: "SetValue",
    commit: "Commit",
    finish: "Terminate",
    get: "GetValue",
    error: "GetLastError",
    errorString: "GetErrorString",
    all: [
      "Initialize",
      "Terminate",
      "GetValue",
      "SetValue",
      "Commit",
      "GetLastError",
      "GetErrorString",
      "GetDiagnostic",
    ],
  },
} as const satisfies Record<ScormVersion, unknown>;

/** The object the course calls: each method takes strings and answers a string. */
export type ApiObject = Record<string, (...args: unknown[]) => string>;

/** scorm-again's classes, set as globals by /scorm-again.js, loaded before the host script. */
interface ScormAgainGlobals {
  Scorm12API: typeof Scorm12API;
  Scorm2004API: typeof Scorm2004API;
}
const scormAgain = globalThis as unknown as ScormAgainGlobals;

const SETTINGS = { autocommit: false, lmsCommitUrl: false, logLevel: 5 } as const;

/** A fresh scorm-again API of the version, holding `data` (a data model as JSON) if given. */
export function makeApi(version: ScormVersion, data: SavedCmi | undefined): LmsApi {
  const api =
    version === "2004"
      ? new scormAgain.Scorm2004API(SETTINGS)
      : new scormAgain.Scorm12API(SETTINGS);
  if (data) api.loadFromJSON(data, "");
  return api;
}

function sleep(ms: number): void {
  if (!ms) return;
  // LMS APIs are synchronous; a slow one blocks the course's thread, so the simulator does too.
  const end = performance.now() + ms;
  while (performance.now() < end) {
    /* busy wait on purpose */
  }
}

/** What the page wants to hear from the API. */
export interface ApiHooks {
  /** The LMS has committed (a Commit or Terminate answered "true"): keep its data. */
  committed(run: Run): void;
  /** A call may have changed what the LMS holds or the session's phase. */
  changed(run: Run): void;
}

/** The object the course finds as window.API / window.API_1484_11 for this launch. */
export function wrapApi(run: Run, hooks: ApiHooks): ApiObject {
  const { api, version } = run;
  const m = METHODS[version];
  const target = api as unknown as ApiObject;
  const wrapper: ApiObject = {};
  for (const name of m.all) {
    wrapper[name] = (...args: unknown[]) => {
      sleep(run.faults.slowMs);
      const call: LmsCall = { method: name, args, result: "", at: Date.now() };
      const kind = name === m.set ? "set" : name === m.commit ? "commit" : "other";
      const refusal = refusalOf(run, kind, args);
      if (refusal) {
        if (refusal.addsRecord) addEmptyRecord(api, String(args[0]));
        run.injected = refusal.error;
        call.result = "false";
        if (refusal.by) {
          call.error = refusal.error[0];
          call.refusedBy = refusal.by;
        } else call.injected = true;
      } else if (name === m.error && run.injected) {
        call.result = run.injected[0];
      } else if (name === m.errorString && run.injected && String(args[0]) === run.injected[0]) {
        call.result = run.injected[1];
      } else {
        if (name !== m.error && name !== m.errorString && name !== "GetDiagnostic") {
          run.injected = null;
        }
        call.result = target[name](...args);
        if (call.result === "false") call.error = String(target[m.error]());
      }
      run.calls.push(call);
      if (name === m.init && call.result === "true") run.phase = "running";
      if (name === m.finish && call.result === "true") run.phase = "ended";
      if ((name === m.commit || name === m.finish) && call.result === "true") hooks.committed(run);
      if (name !== m.get && name !== m.error && name !== m.errorString) hooks.changed(run);
      return call.result;
    };
  }
  return wrapper;
}

/** scorm-again's list of records (cmi.objectives, cmi.interactions, an interaction's objectives). */
interface RecordList {
  childArray: Array<{ objectives?: RecordList; initialize?(): void }>;
}
type RecordClass = new () => { initialize?(): void };
type RecordKind = "objectives" | "interactions" | "interactionObjectives";

/**
 * A refused id write that the LMS still counts (Forma): record n of its list comes into being
 * with no id, as that LMS's `_count` then says. scorm-again has no call for it, so the record is
 * made with the class of one made on a scratch API.
 */
function addEmptyRecord(api: LmsApi, element: string): void {
  const m = /^cmi\.(?:interactions\.(\d+)\.)?(interactions|objectives)\.(\d+)\.id$/.exec(element);
  if (!m) return;
  const [, owner, list, index] = m;
  const cmi = api.cmi as unknown as Record<"interactions" | "objectives", RecordList>;
  const holder =
    owner === undefined
      ? cmi[list as "interactions" | "objectives"]
      : cmi.interactions.childArray[Number(owner)]?.objectives;
  if (!holder || Number(index) !== holder.childArray.length) return;
  const record = new (recordClass(
    owner === undefined ? (list as RecordKind) : "interactionObjectives",
  ))();
  record.initialize?.();
  holder.childArray.push(record);
}

const recordClasses = new Map<RecordKind, RecordClass>();
function recordClass(kind: RecordKind): RecordClass {
  if (!recordClasses.has(kind)) {
    const scratch = new scormAgain.Scorm2004API(SETTINGS);
    scratch.Initialize("");
    scratch.SetValue("cmi.objectives.0.id", "x");
    scratch.SetValue("cmi.interactions.0.id", "x");
    scratch.SetValue("cmi.interactions.0.type", "choice");
    scratch.SetValue("cmi.interactions.0.objectives.0.id", "x");
    const cmi = scratch.cmi as unknown as Record<"interactions" | "objectives", RecordList>;
    const classOf = (record: object | undefined) => record?.constructor as RecordClass;
    recordClasses.set("objectives", classOf(cmi.objectives.childArray[0]));
    recordClasses.set("interactions", classOf(cmi.interactions.childArray[0]));
    recordClasses.set(
      "interactionObjectives",
      classOf(cmi.interactions.childArray[0]?.objectives?.childArray[0]),
    );
  }
  return recordClasses.get(kind) as RecordClass;
}
