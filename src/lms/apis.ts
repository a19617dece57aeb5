/**
 * Where each SCORM version's API is found and what its methods are called: all the player needs
 * to look for an LMS, without loading the code that talks to one (src/lms/index.ts loads only
 * the version it finds).
 */
import type { ApiMethods } from "./datamodel.js";

/** The object an LMS puts at `window.API`. */
export const SCORM12_API_NAME = "API";

export const SCORM12_METHODS = {
  initialize: "LMSInitialize",
  terminate: "LMSFinish",
  getValue: "LMSGetValue",
  setValue: "LMSSetValue",
  commit: "LMSCommit",
  getLastError: "LMSGetLastError",
  getErrorString: "LMSGetErrorString",
} as const satisfies ApiMethods;

/** The object an LMS puts at `window.API_1484_11`. */
export const SCORM2004_API_NAME = "API_1484_11";

export const SCORM2004_METHODS = {
  initialize: "Initialize",
  terminate: "Terminate",
  getValue: "GetValue",
  setValue: "SetValue",
  commit: "Commit",
  getLastError: "GetLastError",
  getErrorString: "GetErrorString",
} as const satisfies ApiMethods;
