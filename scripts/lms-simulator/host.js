// The simulator's host page: plays the LMS with scorm-again, launches a package as an LMS would
// (from its manifest), shows what the LMS holds as the learner works, and can misbehave on
// purpose. Board staff use it through the form; tests drive it through window.simulator.
// Launch data and identifier checks follow a chosen LMS's rules (launch-rules.js).

import { IDENTIFIER_ELEMENT, reopenedAs, ruleSetOf, sequencingOf } from "./launch-rules.js";

/** localStorage key prefix for what the LMS has committed, per package: its "database". */
const STORE = "lms-simulator:";
/** The learner the simulated LMS launches the course for. */
const LEARNER = { id: "learner-1", name: "Learner, Sample" };
/** SCORM 1.2's suspend_data limit, which the course promises to fit in both versions. */
const SUSPEND_LIMIT_12 = 4096;
const SUSPEND_LIMIT_2004 = 64000;

const $ = (id) => document.getElementById(id);

const METHODS = {
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
};

/** The error an LMS would give for an injected fault: 1.2 has only "general exception". */
const INJECTED_ERRORS = {
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

const NO_FAULTS = {
  rejectSetValue: false,
  failCommit: false,
  noApi: false,
  slowMs: 0,
  unsupported: [],
  wrongType: [],
};

/** An element with its indexes replaced by n: cmi.interactions.3.latency → cmi.interactions.n.latency. */
function shapeOf(element) {
  return String(element).replace(/\.\d+(?=\.|$)/g, ".n");
}

/** Per package: what its manifest says (launch page, version, pass mark, objectives). */
const manifests = new Map();

/**
 * The launch on screen. `faults` is live: setFaults changes it while the course runs.
 * `calls` belongs to this launch only, so a course that is closing still logs to its own launch.
 */
let current = null;
let launchCount = 0;

function versionOf(pkg) {
  const known = manifests.get(pkg)?.version;
  if (known) return known;
  return /-scorm2004\.zip$/.test(pkg) ? "2004" : "12";
}

// ---------------------------------------------------------------------------------------------
// Reading a package's manifest, as an LMS does when the package is uploaded.

function childrenNamed(parent, localName) {
  return [...parent.getElementsByTagName("*")].filter((e) => e.localName === localName);
}

function readManifest(text) {
  const doc = new DOMParser().parseFromString(text, "application/xml");
  if (doc.getElementsByTagName("parsererror").length > 0) {
    return { problem: "imsmanifest.xml is not well-formed XML" };
  }
  const schemaVersion = childrenNamed(doc, "schemaversion")[0]?.textContent?.trim() ?? "";
  const version =
    schemaVersion === "1.2" ? "12" : /^2004|^CAM 1\.3/.test(schemaVersion) ? "2004" : "";
  const resources = childrenNamed(doc, "resource");
  const sco = resources.find((r) =>
    [...r.attributes].some((a) => a.localName.toLowerCase() === "scormtype" && a.value === "sco"),
  );
  const item = childrenNamed(doc, "item").find(
    (i) => i.getAttribute("identifierref") === sco?.getAttribute("identifier"),
  );
  const title = childrenNamed(doc, "organization")[0]
    ? childrenNamed(childrenNamed(doc, "organization")[0], "title")[0]?.textContent?.trim()
    : "";
  const info = {
    version,
    schemaVersion,
    // The package's identity: an LMS takes a package with another one for another course.
    identifier: doc.documentElement.getAttribute("identifier") ?? "",
    title: title ?? "",
    href: sco?.getAttribute("href") ?? "",
    // What the launched item declares; each rule set derives the launch data from it.
    sequencing: sequencingOf(item),
  };
  if (!sco) info.problem = "the manifest names no SCO resource";
  return info;
}

async function loadManifest(pkg) {
  try {
    const res = await fetch(`/pkg/${encodeURIComponent(pkg)}/imsmanifest.xml`);
    manifests.set(
      pkg,
      res.ok ? readManifest(await res.text()) : { problem: "the package has no imsmanifest.xml" },
    );
  } catch (e) {
    manifests.set(pkg, { problem: `the manifest could not be read (${e})` });
  }
}

// ---------------------------------------------------------------------------------------------
// The LMS: scorm-again behind a wrapper that logs every call and injects faults.

/**
 * What the LMS puts in the data model before the course starts: who the learner is, how the
 * attempt starts and, when it reads the manifest, the pass mark and the objectives' ids.
 */
function lmsSetup(version, manifest, fresh, rules) {
  const seq = manifest?.sequencing;
  if (version === "12") {
    const core = { student_id: LEARNER.id, student_name: LEARNER.name };
    if (fresh) core.entry = "ab-initio";
    const setup = { core };
    const mastery = seq ? rules.masteryScore(seq) : "";
    if (mastery) setup.student_data = { mastery_score: mastery };
    return setup;
  }
  const setup = { learner_id: LEARNER.id, learner_name: LEARNER.name };
  if (fresh) setup.entry = "ab-initio";
  const passing = seq ? rules.scaledPassingScore(seq) : "";
  if (passing) setup.scaled_passing_score = passing;
  // 2004: the LMS starts cmi.objectives with the ids the sequencing rules declare.
  const ids = seq ? [seq.primary, ...seq.objectives].map((o) => o?.id).filter((id) => id) : [];
  if (fresh && ids.length > 0) {
    setup.objectives = Object.fromEntries([...new Set(ids)].map((id, n) => [n, { id }]));
  }
  return setup;
}

/** How the LMS opens the attempt: mode and credit, as 1.2 (core) or 2004 (top level) data. */
function attemptMode(version, mode, credit) {
  if (!mode && !credit) return undefined;
  if (version === "12") {
    return { core: { ...(mode ? { lesson_mode: mode } : {}), ...(credit ? { credit } : {}) } };
  }
  return { ...(mode ? { mode } : {}), ...(credit ? { credit } : {}) };
}

function merge(base, over) {
  if (over === undefined) return base;
  const out = { ...base };
  for (const [key, value] of Object.entries(over)) {
    out[key] =
      value && typeof value === "object" && base[key] && typeof base[key] === "object"
        ? merge(base[key], value)
        : value;
  }
  return out;
}

function makeApi(version, data) {
  const settings = { autocommit: false, lmsCommitUrl: false, logLevel: 5 };
  // Globals set by scorm-again.js, loaded before this script.
  const api =
    version === "2004" ? new window.Scorm2004API(settings) : new window.Scorm12API(settings);
  if (data) api.loadFromJSON(data, "");
  return api;
}

function sleep(ms) {
  if (!ms) return;
  // LMS APIs are synchronous; a slow one blocks the course's thread, so the simulator does too.
  const end = performance.now() + ms;
  while (performance.now() < end) {
    /* busy wait on purpose */
  }
}

/** The object the course finds as window.API / window.API_1484_11. */
function wrapApi(run) {
  const { api, version } = run;
  const m = METHODS[version];
  const wrapper = {};
  for (const name of m.all) {
    wrapper[name] = (...args) => {
      sleep(run.faults.slowMs);
      const call = { method: name, args, result: "", at: Date.now() };
      if (name === m.set && run.faults.rejectSetValue) {
        run.injected = INJECTED_ERRORS[version].set;
        call.result = "false";
        call.injected = true;
      } else if (name === m.set && (run.faults.unsupported ?? []).includes(shapeOf(args[0]))) {
        run.injected = INJECTED_ERRORS[version].unsupported;
        call.result = "false";
        call.injected = true;
      } else if (name === m.set && (run.faults.wrongType ?? []).includes(shapeOf(args[0]))) {
        run.injected = INJECTED_ERRORS[version].wrongType;
        call.result = "false";
        call.injected = true;
      } else if (
        name === m.set &&
        version === "2004" &&
        IDENTIFIER_ELEMENT.test(String(args[0])) &&
        run.rules.refusesIdentifier(args[1])
      ) {
        // Not a fault of the simulator's own: this LMS's identifier check (launch-rules.js).
        if (run.rules.countsRefusedWrites) addEmptyRecord(api, String(args[0]));
        run.injected = ["406", "Data Model Element Type Mismatch"];
        call.result = "false";
        call.error = "406";
        call.refusedBy = run.rules.name;
      } else if (name === m.set && version === "2004" && run.rules.refusesElement(args[0])) {
        // This LMS's data model refuses the element whatever the value (launch-rules.js).
        run.injected = ["406", "Data Model Element Type Mismatch"];
        call.result = "false";
        call.error = "406";
        call.refusedBy = run.rules.name;
      } else if (name === m.commit && run.faults.failCommit) {
        run.injected = INJECTED_ERRORS[version].commit;
        call.result = "false";
        call.injected = true;
      } else if (name === m.error && run.injected) {
        call.result = run.injected[0];
      } else if (name === m.errorString && run.injected && String(args[0]) === run.injected[0]) {
        call.result = run.injected[1];
      } else {
        if (name !== m.error && name !== m.errorString && name !== "GetDiagnostic") {
          run.injected = null;
        }
        call.result = api[name](...args);
        if (call.result === "false") call.error = String(api[m.error]());
      }
      run.calls.push(call);
      if (name === m.init && call.result === "true") run.phase = "running";
      if (name === m.finish && call.result === "true") run.phase = "ended";
      if ((name === m.commit || name === m.finish) && call.result === "true") persist(run);
      if (name !== m.get && name !== m.error && name !== m.errorString) scheduleRender();
      return call.result;
    };
  }
  return wrapper;
}

/**
 * A refused id write that the LMS still counts (Forma): record n of its list comes into being
 * with no id, as that LMS's `_count` then says. scorm-again has no call for it, so the record is
 * made with the class of one made on a scratch API.
 */
function addEmptyRecord(api, element) {
  const m = /^cmi\.(?:interactions\.(\d+)\.)?(interactions|objectives)\.(\d+)\.id$/.exec(element);
  if (!m) return;
  const [, owner, list, index] = m;
  const holder =
    owner === undefined
      ? api.cmi[list]
      : api.cmi.interactions.childArray[Number(owner)]?.objectives;
  if (!holder || Number(index) !== holder.childArray.length) return;
  const record = new (recordClass(owner === undefined ? list : "interactionObjectives"))();
  record.initialize?.();
  holder.childArray.push(record);
}

const recordClasses = new Map();
function recordClass(kind) {
  if (!recordClasses.has(kind)) {
    const scratch = new window.Scorm2004API({
      autocommit: false,
      lmsCommitUrl: false,
      logLevel: 5,
    });
    scratch.Initialize("");
    scratch.SetValue("cmi.objectives.0.id", "x");
    scratch.SetValue("cmi.interactions.0.id", "x");
    scratch.SetValue("cmi.interactions.0.type", "choice");
    scratch.SetValue("cmi.interactions.0.objectives.0.id", "x");
    recordClasses.set("objectives", scratch.cmi.objectives.childArray[0].constructor);
    recordClasses.set("interactions", scratch.cmi.interactions.childArray[0].constructor);
    recordClasses.set(
      "interactionObjectives",
      scratch.cmi.interactions.childArray[0].objectives.childArray[0].constructor,
    );
  }
  return recordClasses.get(kind);
}

// ---------------------------------------------------------------------------------------------
// What the LMS keeps between launches: committed data only, as a real LMS.

function persist(run) {
  try {
    localStorage.setItem(STORE + run.pkg, run.api.renderCMIToJSONString());
  } catch {
    /* storage blocked: resume works only within this page */
  }
}

/** The data model the LMS last committed for a package (the object under "cmi"), if any. */
function savedFor(pkg) {
  try {
    const text = localStorage.getItem(STORE + pkg);
    return text ? JSON.parse(text).cmi : undefined;
  } catch {
    return undefined;
  }
}

function forget(pkg) {
  try {
    localStorage.removeItem(STORE + pkg);
  } catch {
    /* nothing stored */
  }
}

/** Centiseconds in a SCORM 1.2 timespan (HHHH:MM:SS.SS) or a 2004 duration (PT1H2M3.4S). */
function centiseconds(version, text) {
  if (!text) return 0;
  if (version === "12") {
    const m = /^(\d{2,4}):(\d{2}):(\d{2})(?:\.(\d{1,2}))?$/.exec(text);
    if (!m) return 0;
    return (
      (Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3])) * 100 +
      Number((m[4] ?? "0").padEnd(2, "0"))
    );
  }
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(text);
  if (!m) return 0;
  const [, d = 0, h = 0, min = 0, s = 0] = m;
  return Math.round(((Number(d) * 24 + Number(h)) * 3600 + Number(min) * 60 + Number(s)) * 100);
}

function formatTime(version, cs) {
  const h = Math.floor(cs / 360000);
  const min = Math.floor((cs % 360000) / 6000);
  const s = Math.floor((cs % 6000) / 100);
  const hundredths = cs % 100;
  if (version === "12") {
    const pad = (n) => String(n).padStart(2, "0");
    return `${pad(Math.min(h, 9999))}:${pad(min)}:${pad(s)}.${pad(hundredths)}`;
  }
  const seconds = hundredths ? `${s}.${String(hundredths).padStart(2, "0")}` : String(s);
  return `PT${h}H${min}M${seconds}S`;
}

/**
 * What a returning learner's LMS would load: the saved data model, with the fields an LMS sets
 * itself at launch: entry (resume when the learner left with exit "suspend"), the session time
 * added to the total, and exit and session time cleared. An LMS that keeps the last session
 * time (Forma, `rules` by name) adds it again when the next session sets none.
 */
function resumeData(version, data, rules) {
  if (!data) return undefined;
  const copy = JSON.parse(JSON.stringify(data));
  if (version === "12" && !copy.core) copy.core = {};
  const at = version === "12" ? copy.core : copy;
  at.entry = at.exit === "suspend" ? "resume" : "";
  const total = centiseconds(version, at.total_time) + centiseconds(version, at.session_time);
  if (total > 0) at.total_time = formatTime(version, total);
  delete at.exit;
  if (!ruleSetOf(rules).repeatsLastSessionTime) delete at.session_time;
  return copy;
}

// ---------------------------------------------------------------------------------------------
// Launching and closing.

function clearApis() {
  delete window.API;
  delete window.API_1484_11;
}

/**
 * Ends the launch on screen as a learner who closes it: the course's frame is removed (the
 * course gets pagehide) or its window closed. Resolves once the course has terminated, or the
 * window is gone and the course had a moment to do so.
 */
function closeCourse() {
  const run = current;
  if (!run || run.closed) return Promise.resolve();
  run.closed = true;
  const holder = $("course-frame");
  if (run.popup && !run.popup.closed) {
    run.popup.close();
    return new Promise((resolve) => {
      const started = Date.now();
      const wait = () => {
        const gone = run.popup.closed && Date.now() - started > 300;
        if (run.phase !== "running" || gone || Date.now() - started > 3000) {
          scheduleRender();
          resolve();
        } else setTimeout(wait, 50);
      };
      wait();
    });
  }
  // Removing the frame unloads the course synchronously: it terminates before this returns.
  holder.replaceChildren(paragraph("The course is closed."));
  scheduleRender();
  return Promise.resolve();
}

function paragraph(text, className = "hint") {
  const p = document.createElement("p");
  p.className = className;
  p.textContent = text;
  return p;
}

/**
 * Launches a package. options: { pkg, mode: iframe|popup|nested, faults: {rejectSetValue,
 * failCommit, noApi, slowMs, unsupported, wrongType}, saved: data-model JSON to start from, resume: start from what this
 * simulator last committed for the package, manifest: set up from the manifest (default true),
 * lms: standard|moodle|forma (whose launch rules; default standard), attemptMode:
 * normal|review|browse and credit: credit|no-credit (how the LMS opens the attempt; by default
 * what the rules say) }.
 * A course already open is closed first, so its last words reach the LMS before the next launch
 * reads them. Returns a promise; in a frame the new launch has started when the call returns.
 */
function launch(options) {
  const closing = current && !current.closed ? closeCourse() : null;
  if (current?.popup && closing) return closing.then(() => start(options));
  start(options);
  return Promise.resolve();
}

function start(options) {
  const faults = { ...NO_FAULTS, ...options.faults };
  const pkg = options.pkg;
  const version = versionOf(pkg);
  const manifest = options.manifest === false ? undefined : manifests.get(pkg);
  const rules = ruleSetOf(options.lms);
  const saved =
    options.saved ?? (options.resume ? resumeData(version, savedFor(pkg), rules.name) : undefined);
  // The pass mark comes from the manifest at every launch, whatever the attempt held before.
  const fromManifest = lmsSetup(version, manifest, false, rules);
  const launchData = !manifest
    ? undefined
    : version === "12"
      ? { student_data: fromManifest.student_data ?? { mastery_score: "" } }
      : { scaled_passing_score: fromManifest.scaled_passing_score ?? "" };
  // A finished attempt reopens in review mode (Moodle) or without credit (Forma) where the LMS
  // does so, unless the test or the form says how to open it.
  const reopened = options.attemptMode ? undefined : reopenedAs(rules, version, saved);
  const mode = options.attemptMode ?? reopened?.mode;
  const credit =
    options.credit ??
    reopened?.credit ??
    (mode === "review" || mode === "browse" ? "no-credit" : undefined);
  const data = merge(
    merge(merge(lmsSetup(version, manifest, saved === undefined, rules), saved), launchData),
    attemptMode(version, mode, credit),
  );
  const run = {
    id: ++launchCount,
    pkg,
    version,
    options: { ...options, faults },
    faults,
    calls: [],
    api: makeApi(version, data),
    rules,
    attempt: { mode: mode ?? "normal", credit: credit ?? "credit" },
    phase: faults.noApi ? "no-api" : "waiting",
    injected: null,
    popup: null,
    closed: false,
  };
  current = run;
  clearApis();
  if (!faults.noApi) {
    const wrapped = wrapApi(run);
    if (version === "2004") window.API_1484_11 = wrapped;
    else window.API = wrapped;
  }
  syncForm(run);
  const page = manifest?.href || "index.html";
  const src = `/pkg/${encodeURIComponent(pkg)}/${page}`;
  const holder = $("course-frame");
  if (options.mode === "popup") {
    run.popup = window.open(src, "course", "width=1024,height=768");
    holder.replaceChildren(
      paragraph(
        run.popup
          ? "The course opened in a new window. Close that window, or use “Close the course”, to end the session."
          : "The browser blocked the new window: allow pop-ups for this page and launch again.",
        run.popup ? "hint" : "problem",
      ),
    );
  } else {
    const frame = document.createElement("iframe");
    frame.title = "Course";
    frame.id = "course";
    frame.src =
      options.mode === "nested" ? `/frame.html?depth=2&src=${encodeURIComponent(src)}` : src;
    holder.replaceChildren(frame);
    applySize();
  }
  const how = saved ? "resuming from the learner's saved data" : "as a new attempt";
  $("launch-status").textContent = `Launched ${pkg} ${how}.`;
  render();
}

/** Changes the faults of the course on screen (and of the next launch from the form). */
function setFaults(faults) {
  if (current) {
    Object.assign(current.faults, faults);
    syncForm(current);
    scheduleRender();
  }
}

// ---------------------------------------------------------------------------------------------
// Showing what the LMS holds.

/** The data model as the LMS holds it (the object under "cmi"). */
function cmi() {
  return current ? JSON.parse(current.api.renderCMIToJSONString()).cmi : null;
}

/** scorm-again renders lists as objects keyed "0", "1", …: back to arrays, in index order. */
function listOf(value) {
  if (!value || typeof value !== "object") return [];
  return Object.keys(value)
    .filter((k) => /^\d+$/.test(k))
    .sort((a, b) => Number(a) - Number(b))
    .map((k) => value[k]);
}

let renderQueued = false;
function scheduleRender() {
  if (renderQueued) return;
  renderQueued = true;
  setTimeout(() => {
    renderQueued = false;
    render();
  }, 30);
}

function text(value) {
  return value === undefined || value === null || value === "" ? "—" : String(value);
}

function row(cells, header = false) {
  const tr = document.createElement("tr");
  for (const cell of cells) {
    const td = document.createElement(header ? "th" : "td");
    if (header) td.scope = "col";
    td.textContent = text(cell);
    tr.append(td);
  }
  return tr;
}

function fillTable(id, headers, rows, empty) {
  const table = $(id);
  table.tHead.replaceChildren(row(headers, true));
  table.tBodies[0].replaceChildren(
    ...(rows.length > 0
      ? rows.map((r) => row(r))
      : [
          (() => {
            const tr = document.createElement("tr");
            const td = document.createElement("td");
            td.colSpan = headers.length;
            td.textContent = empty;
            tr.append(td);
            return tr;
          })(),
        ]),
  );
}

const PHASES = {
  waiting: "launched; waiting for the course to call Initialize",
  running: "running (Initialize called)",
  ended: "ended (the course called Terminate)",
  "no-api": "no LMS API offered (fault)",
};

function summaryRows(run, data) {
  const is12 = run.version === "12";
  const core = data.core ?? {};
  const suspend = data.suspend_data ?? "";
  const limit = is12 ? SUSPEND_LIMIT_12 : SUSPEND_LIMIT_2004;
  const faults = Object.entries(run.faults)
    .filter(([k, v]) => (Array.isArray(v) ? v.length > 0 : v) && !(k === "slowMs" && !Number(v)))
    .map(([k, v]) =>
      k === "slowMs"
        ? `slow (${v} ms)`
        : k === "unsupported"
          ? `does not implement ${v.join(", ")}`
          : k === "wrongType"
            ? `refuses every value of ${v.join(", ")}`
            : k,
    )
    .join("; ");
  const common = [
    ["Package", `${run.pkg} (SCORM ${is12 ? "1.2" : "2004"})`],
    [
      "LMS rules",
      `${run.rules.label}; attempt opened in ${run.attempt.mode} mode, ${run.attempt.credit}`,
    ],
    ["Session", PHASES[run.phase] + (run.closed && run.phase === "running" ? ", closing" : "")],
    ["Faults", faults || "none"],
  ];
  const rows = is12
    ? [
        ["Lesson status", core.lesson_status],
        [
          "Score",
          core.score?.raw === "" || core.score?.raw === undefined
            ? ""
            : `${core.score.raw} (min ${text(core.score.min)}, max ${text(core.score.max)})`,
        ],
        ["Pass mark (mastery score)", data.student_data?.mastery_score],
        ["Location (bookmark)", core.lesson_location],
        ["Entry", core.entry],
        ["Exit", core.exit],
        ["Session time", core.session_time],
        // scorm-again leaves total_time out of its JSON in 1.2; the data model object has it.
        ["Total time before this session", run.api.cmi?.core?.total_time ?? core.total_time],
      ]
    : [
        ["Completion", data.completion_status],
        ["Success", data.success_status],
        [
          "Score",
          data.score?.scaled === "" || data.score?.scaled === undefined
            ? ""
            : `${data.score.scaled} scaled; ${text(data.score.raw)} raw (min ${text(data.score.min)}, max ${text(data.score.max)})`,
        ],
        ["Progress measure", data.progress_measure],
        ["Pass mark (scaled passing score)", data.scaled_passing_score],
        ["Location (bookmark)", data.location],
        ["Entry", data.entry],
        ["Exit", data.exit],
        ["Session time", data.session_time],
        ["Total time before this session", data.total_time],
      ];
  return [
    ...common,
    ...rows,
    ["Saved state (suspend data)", `${suspend.length} of ${limit} characters`],
    ["Interactions", listOf(data.interactions).length],
    ["Objectives", listOf(data.objectives).length],
  ];
}

/** Plain-words checks of the launch so far: each is [ok | problem | pending, message]. */
function checksOf(run, data) {
  const m = METHODS[run.version];
  const out = [];
  if (run.phase === "no-api") return [["pending", "No API offered: nothing to check."]];
  const inits = run.calls.filter((c) => c.method === m.init);
  if (inits.length === 0) out.push(["pending", "The course has not called Initialize yet."]);
  else if (inits.length === 1 && inits[0].result === "true")
    out.push(["ok", "Initialize was called once."]);
  else out.push(["problem", `Initialize was called ${inits.length} times.`]);

  const finishAt = run.calls.findIndex((c) => c.method === m.finish);
  if (finishAt < 0) {
    out.push(["pending", "Terminate not called yet (the learner has not left)."]);
  } else {
    const finishes = run.calls.filter((c) => c.method === m.finish).length;
    const after = run.calls.slice(finishAt + 1).filter((c) => !c.method.includes("Error"));
    if (finishes === 1 && after.length === 0)
      out.push(["ok", "Terminate was called once, with no call after it."]);
    else
      out.push([
        "problem",
        `Terminate was called ${finishes} times; ${after.length} calls came after the first.`,
      ]);
  }

  const refused = run.calls.filter(
    (c) => c.method === m.set && c.result === "false" && !c.injected,
  );
  if (refused.length === 0) out.push(["ok", "The LMS accepted every value the course sent."]);
  else {
    const shown = refused
      .slice(0, 5)
      .map(
        (c) =>
          `${c.args[0]} = ${JSON.stringify(String(c.args[1]).slice(0, 30))} (error ${c.error})`,
      )
      .join("; ");
    out.push(["problem", `The LMS refused ${refused.length} values: ${shown}`]);
  }
  const injected = run.calls.filter((c) => c.injected).length;
  if (injected > 0) out.push(["pending", `${injected} calls failed on purpose (faults).`]);

  const suspend = (data.suspend_data ?? "").length;
  if (suspend <= SUSPEND_LIMIT_12)
    out.push(["ok", `Saved state fits SCORM 1.2's ${SUSPEND_LIMIT_12} characters (${suspend}).`]);
  else
    out.push([
      run.version === "12" ? "problem" : "pending",
      `Saved state is ${suspend} characters, over SCORM 1.2's ${SUSPEND_LIMIT_12}.`,
    ]);

  const ids = listOf(data.objectives).map((o) => o.id);
  const dup = ids.filter((id, i) => id && ids.indexOf(id) !== i);
  if (dup.length > 0) out.push(["problem", `Objectives recorded twice: ${dup.join(", ")}.`]);
  return out;
}

function render() {
  const run = current;
  renderSavedInfo();
  if (!run) return;
  const data = cmi();
  $("model").textContent = JSON.stringify(data, null, 2);
  $("summary").replaceChildren(
    ...summaryRows(run, data).flatMap(([k, val]) => {
      const dt = document.createElement("dt");
      dt.textContent = k;
      const dd = document.createElement("dd");
      dd.textContent = text(val);
      return [dt, dd];
    }),
  );
  $("checks").replaceChildren(
    ...checksOf(run, data).map(([kind, message]) => {
      const li = document.createElement("li");
      li.className = `check-${kind}`;
      const label = document.createElement("strong");
      label.textContent = { ok: "OK: ", problem: "Problem: ", pending: "Note: " }[kind];
      li.append(label, message);
      return li;
    }),
  );
  const is12 = run.version === "12";
  const interactions = listOf(data.interactions);
  fillTable(
    "interactions",
    is12
      ? ["#", "Question id", "Response", "Correct response", "Result", "Weight", "Latency", "Time"]
      : [
          "#",
          "Question id",
          "Question",
          "Response",
          "Correct response",
          "Result",
          "Weight",
          "Latency",
          "Time",
        ],
    interactions.map((i, n) => {
      const pattern = listOf(i.correct_responses)[0]?.pattern;
      return is12
        ? [n, i.id, i.student_response, pattern, i.result, i.weighting, i.latency, i.time]
        : [
            n,
            i.id,
            i.description,
            i.learner_response,
            pattern,
            i.result,
            i.weighting,
            i.latency,
            i.timestamp,
          ];
    }),
    "No answers recorded yet.",
  );
  const objectives = listOf(data.objectives);
  fillTable(
    "objectives",
    is12
      ? ["#", "Objective id", "Status", "Score"]
      : ["#", "Objective id", "Description", "Success", "Completion", "Score (scaled)", "Score"],
    objectives.map((o, n) =>
      is12
        ? [n, o.id, o.status, o.score?.raw]
        : [
            n,
            o.id,
            o.description,
            o.success_status,
            o.completion_status,
            o.score?.scaled,
            o.score?.raw,
          ],
    ),
    "No objectives recorded yet.",
  );
  const calls = $("calls");
  calls.replaceChildren(
    ...run.calls.slice(-300).map((c) => {
      const li = document.createElement("li");
      const note = c.injected ? " (fault)" : c.error ? ` (error ${c.error})` : "";
      li.textContent = `${c.method}(${c.args.map((a) => JSON.stringify(a)).join(", ")}) → ${JSON.stringify(c.result)}${note}`;
      return li;
    }),
  );
  $("calls-title").textContent = `API calls (${run.calls.length})`;
}

function renderSavedInfo() {
  const pkg = $("pkg").value;
  if (!pkg) return;
  const saved = savedFor(pkg);
  if (!saved) {
    $("saved-info").textContent = "No saved learner data for this package: Relaunch starts fresh.";
    return;
  }
  const status =
    versionOf(pkg) === "12"
      ? saved.core?.lesson_status
      : `${saved.completion_status}, ${saved.success_status}`;
  $("saved-info").textContent =
    `Saved learner data for this package: ${text(status)}, ${(saved.suspend_data ?? "").length} characters of saved state. Relaunch resumes from it.`;
}

function renderPackageInfo() {
  const info = manifests.get($("pkg").value);
  const out = $("pkg-info");
  if (!info) {
    out.textContent = "";
    return;
  }
  if (info.problem) {
    out.textContent = `Problem: ${info.problem}.`;
    out.className = "problem";
    return;
  }
  out.className = "hint";
  const rules = ruleSetOf($("lms").value);
  const mastery = rules.masteryScore(info.sequencing);
  const passing = rules.scaledPassingScore(info.sequencing);
  const pass = mastery
    ? `pass mark ${mastery}%`
    : passing
      ? `pass mark ${Math.round(Number(passing) * 10000) / 100}% ${rules.label}`
      : `no pass mark ${rules.label}`;
  out.textContent = `${info.title || "Untitled"} · SCORM ${info.schemaVersion} · starts at ${info.href} · ${pass}`;
}

// ---------------------------------------------------------------------------------------------
// The form.

function formOptions() {
  const fd = new FormData($("launch-form"));
  return {
    pkg: fd.get("pkg"),
    mode: fd.get("mode"),
    lms: fd.get("lms"),
    manifest: fd.get("manifest") === "on",
    faults: formFaults(),
  };
}

function formFaults() {
  const fd = new FormData($("launch-form"));
  return {
    rejectSetValue: fd.get("rejectSetValue") === "on",
    failCommit: fd.get("failCommit") === "on",
    noApi: fd.get("noApi") === "on",
    slowMs: Math.max(0, Number(fd.get("slowMs") || 0)),
    unsupported: String(fd.get("unsupported") || "")
      .split(/[\s,]+/)
      .filter((e) => e !== "")
      .map(shapeOf),
  };
}

/** Shows a launch's settings in the form, so what is on screen is what runs. */
function syncForm(run) {
  const form = $("launch-form");
  if ([...$("pkg").options].some((o) => o.value === run.pkg)) $("pkg").value = run.pkg;
  $("mode").value = run.options.mode || "iframe";
  $("lms").value = run.rules.name;
  form.elements.rejectSetValue.checked = Boolean(run.faults.rejectSetValue);
  form.elements.failCommit.checked = Boolean(run.faults.failCommit);
  form.elements.noApi.checked = Boolean(run.faults.noApi);
  form.elements.slowMs.value = String(run.faults.slowMs || 0);
  form.elements.unsupported.value = (run.faults.unsupported ?? []).join(", ");
  renderPackageInfo();
  fillReplaceList();
}

function applySize() {
  const frame = document.querySelector("#course-frame iframe");
  if (!frame) return;
  const size = $("size").value;
  const m = /^(\d+)x(\d+)$/.exec(size);
  frame.style.width = m ? `${m[1]}px` : "";
  frame.style.height = m ? `${m[2]}px` : "";
}

async function init() {
  let list = [];
  try {
    list = await (await fetch("/packages.json")).json();
  } catch {
    $("launch-status").textContent = "The package list could not be loaded.";
  }
  await Promise.all(list.map(loadManifest));
  $("pkg").replaceChildren(
    ...list.map((name) => {
      const o = document.createElement("option");
      o.value = name;
      o.textContent = name;
      return o;
    }),
  );
  if (list.length === 0)
    $("launch-status").textContent =
      "No packages found: build the course first (npm run build, or npm run build -- --course <dir> for another course folder), then reload this page.";
  renderPackageInfo();
  renderSavedInfo();

  const form = $("launch-form");
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    launch({ ...formOptions(), resume: false });
  });
  $("relaunch").addEventListener("click", () => launch({ ...formOptions(), resume: true }));
  $("close").addEventListener("click", () => {
    closeCourse().then(() => {
      $("launch-status").textContent = "The course was closed, as a learner leaving it.";
    });
  });
  $("reset").addEventListener("click", () => {
    const pkg = formOptions().pkg;
    closeCourse().then(() => {
      forget(pkg);
      launch({ ...formOptions(), resume: false });
      $("launch-status").textContent =
        `Forgot the learner's data for ${pkg} and launched a new attempt.`;
    });
  });
  $("lms").addEventListener("change", renderPackageInfo);
  $("pkg").addEventListener("change", () => {
    renderPackageInfo();
    renderSavedInfo();
  });
  $("size").addEventListener("change", applySize);
  for (const name of ["rejectSetValue", "failCommit", "slowMs", "unsupported"]) {
    form.elements[name].addEventListener("change", () => {
      const { noApi: _, ...live } = formFaults();
      setFaults(live);
    });
  }

  const q = new URLSearchParams(location.search);
  if (q.get("pkg")) {
    $("pkg").value = q.get("pkg");
    $("mode").value = q.get("mode") || "iframe";
    if (q.get("lms")) $("lms").value = q.get("lms");
    renderPackageInfo();
    if (q.get("autolaunch") !== "0") launch({ ...formOptions(), resume: q.get("resume") === "1" });
  }
}

window.simulator = {
  launch,
  /** Ends the course on screen as a learner leaving it; resolves when it has gone. */
  close: closeCourse,
  setFaults,
  cmi,
  resumeData,
  /** What the LMS last committed for a package (the object under "cmi"), if anything. */
  saved: savedFor,
  /** Forgets what the LMS committed for a package. */
  reset: forget,
  get api() {
    return current?.api ?? null;
  },
  get calls() {
    return current?.calls ?? [];
  },
  get popup() {
    return current?.popup ?? null;
  },
  get faults() {
    return current ? { ...current.faults } : { ...NO_FAULTS };
  },
  /** "waiting" | "running" | "ended" | "no-api", or null before any launch. */
  get phase() {
    return current?.phase ?? null;
  },
  get version() {
    return current?.version ?? null;
  },
  ready: init(),
};

// ---------------------------------------------------------------------------------------------
// Rehearsing an update: staff upload a new version of the package into the activity learners
// already use. The LMS keeps the activity and each learner's data, and launches the new package.

/**
 * Why an LMS would not take package `to` as a new version of `from`, or "" when it would: the
 * manifest identifier is the package's identity (another course id gives another one).
 */
function replaceRefusal(from, to) {
  const [a, b] = [manifests.get(from)?.identifier, manifests.get(to)?.identifier];
  if (!a || !b || a === b) return "";
  return `${to} is another course (manifest identifier "${b}", not "${a}"): an LMS takes it as a different package, so the learner's data would not follow them. Upload it as a new activity instead.`;
}

/**
 * Moves the learner's committed data from package `from` to package `to`, as that upload does;
 * false when there is none, or when `to` is another course (see replaceRefusal).
 */
function replacePackage(from, to) {
  const saved = localStorage.getItem(STORE + from);
  if (saved === null || replaceRefusal(from, to)) return false;
  localStorage.setItem(STORE + to, saved);
  localStorage.removeItem(STORE + from);
  return true;
}

/** Fills the "replace with" list: the other packages of the chosen package's SCORM version. */
function fillReplaceList() {
  const from = $("pkg").value;
  const others = [...$("pkg").options]
    .map((o) => o.value)
    .filter((p) => p !== from && versionOf(p) === versionOf(from));
  $("replace-with").replaceChildren(
    ...others.map((name) => {
      const o = document.createElement("option");
      o.value = name;
      o.textContent = name;
      return o;
    }),
  );
  $("replace").disabled = others.length === 0;
  void renderUpdateReport();
}

/** Before replacing: which ids the new package drops, changes or adds, and what learners meet. */
async function renderUpdateReport() {
  const from = $("pkg").value;
  const to = $("replace-with").value;
  const out = $("update-report");
  if (!to) {
    out.replaceChildren();
    return;
  }
  const refusal = replaceRefusal(from, to);
  if (refusal) {
    out.replaceChildren(paragraph(`Refused: ${refusal}`));
    return;
  }
  let report;
  try {
    const res = await fetch(
      `/update-report.json?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`,
    );
    report = await res.json();
  } catch (e) {
    report = { problem: `the comparison could not be read (${e})` };
  }
  // The choice may have changed while the comparison was on its way.
  if ($("pkg").value !== from || $("replace-with").value !== to) return;
  if (report.problem) {
    out.replaceChildren(paragraph(`What it changes is not known: ${report.problem}.`));
    return;
  }
  const heading = paragraph(
    report.changes.length === 0
      ? `Replacing ${report.from} with ${report.to} changes no question, option or reflection a learner has answered.`
      : `What replacing ${report.from} with ${report.to} does to learners' records (${report.changes.length} ${report.changes.length === 1 ? "id" : "ids"}):`,
  );
  const list = document.createElement("ul");
  for (const c of report.changes) {
    const li = document.createElement("li");
    const id = document.createElement("code");
    id.textContent = c.id;
    li.append(id, `: ${c.what}. ${c.effect[0].toUpperCase()}${c.effect.slice(1)}.`);
    list.append(li);
  }
  out.replaceChildren(heading, ...(report.changes.length ? [list] : []));
}

async function initReplace() {
  await window.simulator.ready;
  fillReplaceList();
  $("pkg").addEventListener("change", fillReplaceList);
  $("replace-with").addEventListener("change", () => void renderUpdateReport());
  $("replace").addEventListener("click", async () => {
    const from = $("pkg").value;
    const to = $("replace-with").value;
    if (!to) return;
    const refusal = replaceRefusal(from, to);
    if (refusal) {
      $("launch-status").textContent = `Not replaced: ${refusal}`;
      return;
    }
    await closeCourse();
    if (!replacePackage(from, to)) {
      $("launch-status").textContent =
        `No learner data for ${from} yet: launch it, work part-way through, close it, then replace it.`;
      return;
    }
    $("pkg").value = to;
    fillReplaceList();
    renderPackageInfo();
    renderSavedInfo();
    await launch({ ...formOptions(), resume: true });
    $("launch-status").textContent =
      `Replaced ${from} with ${to} in the same activity, keeping the learner's data, and relaunched it where they left off.`;
  });
}

window.simulator.replacePackage = replacePackage;
initReplace();
