/**
 * Chooses the connection for this launch: the package's SCORM version, or none. Only the code of
 * the connection found is loaded, so each package runs the LMS code it uses and no other.
 */
import {
  SCORM12_API_NAME,
  SCORM12_METHODS,
  SCORM2004_API_NAME,
  SCORM2004_METHODS,
} from "./apis.js";
import type { LmsConnection } from "./connection.js";
import type { ApiMethods } from "./datamodel.js";
import { findApi } from "./discovery.js";
import type { KeyValueStore } from "./local.js";
import type { ConnectionOptions } from "./session.js";

export type { ConnectionKind, LmsConnection, SaveState, SessionStart } from "./connection.js";

/** How this build was packaged; set in index.html's `<meta name="lms">` by the packager. */
export type LaunchMode = "scorm12" | "scorm2004" | "auto" | "none";

type ScormVersion = Exclude<LaunchMode, "auto" | "none">;

type CreateConnection = (api: object, options?: ConnectionOptions) => LmsConnection;

const VERSIONS: Record<
  ScormVersion,
  { apiName: string; methods: ApiMethods; load: () => Promise<CreateConnection> }
> = {
  scorm2004: {
    apiName: SCORM2004_API_NAME,
    methods: SCORM2004_METHODS,
    load: () => import("./scorm2004.js").then((m) => m.scorm2004Connection),
  },
  scorm12: {
    apiName: SCORM12_API_NAME,
    methods: SCORM12_METHODS,
    load: () => import("./scorm12.js").then((m) => m.scorm12Connection),
  },
};

/** Which APIs to look for, in order; "auto" prefers 2004 when an LMS offers both. */
const SEARCH_ORDER: Record<LaunchMode, readonly ScormVersion[]> = {
  scorm12: ["scorm12"],
  scorm2004: ["scorm2004"],
  auto: ["scorm2004", "scorm12"],
  none: [],
};

/** An object that has every method the connection will call (a stray `window.API` may not). */
function hasMethods(api: unknown, methods: ApiMethods): api is object {
  if (api === null || (typeof api !== "object" && typeof api !== "function")) return false;
  try {
    return Object.values(methods).every(
      (name) => typeof (api as Record<string, unknown>)[name] === "function",
    );
  } catch {
    return false;
  }
}

/**
 * The connection for this launch. "scorm12"/"scorm2004" look for that version's API, "auto" for
 * either, "none" for neither. When no usable API is found the course runs with progress kept in
 * this browser: the result's `kind` is then "local", and `fellBack(mode, connection)` tells the
 * player to say so to the learner. Rejects only if the package's own file for the connection
 * cannot be loaded.
 */
export async function connect(
  mode: LaunchMode,
  courseId: string,
  win?: Window,
): Promise<LmsConnection> {
  const here = win ?? (typeof window === "undefined" ? undefined : window);
  if (here) {
    for (const version of SEARCH_ORDER[mode]) {
      const { apiName, methods, load } = VERSIONS[version];
      const api = findApi(here, apiName);
      if (hasMethods(api, methods)) return (await load())(api);
    }
  }
  const { LocalConnection } = await import("./local.js");
  return new LocalConnection(courseId, () => localStorageOf(here));
}

/**
 * True when the package expected an LMS but found none, so progress is kept in this browser
 * only: the player tells the learner once, plainly.
 */
export function fellBack(mode: LaunchMode, connection: LmsConnection): boolean {
  return mode !== "none" && connection.kind === "local";
}

/** May throw (storage blocked); LocalConnection catches it where it calls this. */
function localStorageOf(win: Window | undefined): KeyValueStore | undefined {
  return win?.localStorage;
}
