// The simulator's host page: plays the LMS with scorm-again, launches a package as an LMS would,
// shows what the LMS holds, and can misbehave on purpose. Tests drive it through window.simulator.

const STORE = "lms-simulator:";
const $ = (id) => document.getElementById(id);

const state = {
  api: null,
  options: null,
  calls: [],
  popup: null,
};

function versionOf(pkg) {
  return /-scorm2004\.zip$/.test(pkg) ? "2004" : "12";
}

function makeApi(version, saved) {
  const settings = { autocommit: false, lmsCommitUrl: false, logLevel: 5 };
  // Globals set by scorm-again.js, loaded before this script.
  const api =
    version === "2004" ? new window.Scorm2004API(settings) : new window.Scorm12API(settings);
  if (saved) api.loadFromJSON(saved, "");
  return api;
}

const METHODS = {
  12: {
    init: "LMSInitialize",
    set: "LMSSetValue",
    commit: "LMSCommit",
    finish: "LMSFinish",
    get: "LMSGetValue",
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

function sleep(ms) {
  if (!ms) return;
  // LMS APIs are synchronous; a slow one blocks the course's thread, so the simulator does too.
  const end = performance.now() + ms;
  while (performance.now() < end) {
    /* busy wait on purpose */
  }
}

/** Wraps the real API so each call is logged and faults can be injected. */
function wrapApi(api, version, faults) {
  const m = METHODS[version];
  const calls = state.calls;
  const wrapper = {};
  for (const name of m.all) {
    wrapper[name] = (...args) => {
      sleep(faults.slowMs);
      let result;
      if (name === m.set && faults.rejectSetValue) result = "false";
      else if (name === m.commit && faults.failCommit) result = "false";
      else result = api[name](...args);
      calls.push({ method: name, args, result, at: Date.now() });
      if (api === state.api && name !== m.get && !name.includes("Error")) render();
      if (name === m.commit || name === m.finish) persist(api);
      return result;
    };
  }
  return wrapper;
}

function persist(api) {
  if (api !== state.api || !state.options) return;
  try {
    localStorage.setItem(STORE + state.options.pkg, api.renderCMIToJSONString());
  } catch {
    /* private mode: resume only within this page */
  }
}

function savedFor(pkg) {
  try {
    const text = localStorage.getItem(STORE + pkg);
    return text ? JSON.parse(text).cmi : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What a returning learner's LMS would load: the saved data model, with the entry and exit
 * fields an LMS sets itself at launch.
 */
function resumeData(version, data) {
  if (!data) return undefined;
  const copy = JSON.parse(JSON.stringify(data));
  if (version === "12" && copy.core) {
    copy.core.entry = copy.core.exit === "suspend" ? "resume" : "";
    delete copy.core.exit;
    delete copy.core.session_time;
  } else if (version === "2004") {
    copy.entry = copy.exit === "suspend" ? "resume" : "";
    delete copy.exit;
    delete copy.session_time;
  }
  return copy;
}

function clearApis() {
  delete window.API;
  delete window.API_1484_11;
}

/**
 * Launches a package. options: { pkg, mode: iframe|popup|nested, faults: {rejectSetValue,
 * failCommit, noApi, slowMs}, saved: data-model JSON to start from (else what this simulator
 * last saved for the package, when resume is true) }.
 */
function launch(options) {
  const faults = {
    rejectSetValue: false,
    failCommit: false,
    noApi: false,
    slowMs: 0,
    ...options.faults,
  };
  const version = versionOf(options.pkg);
  const saved =
    options.saved ?? (options.resume ? resumeData(version, savedFor(options.pkg)) : undefined);
  // The course on screen leaves first (it terminates with the API it found), then the new launch.
  const holder = $("course-frame");
  holder.replaceChildren();
  if (state.popup && !state.popup.closed) state.popup.close();
  state.options = { ...options, faults };
  state.calls = [];
  state.api = makeApi(version, saved);
  clearApis();
  if (!faults.noApi) {
    const wrapped = wrapApi(state.api, version, faults);
    if (version === "2004") window.API_1484_11 = wrapped;
    else window.API = wrapped;
  }
  const src = `/pkg/${encodeURIComponent(options.pkg)}/index.html`;
  if (options.mode === "popup") {
    state.popup = window.open(src, "course", "width=800,height=600");
    const p = document.createElement("p");
    p.textContent = "The course opened in a new window.";
    holder.append(p);
  } else {
    const frame = document.createElement("iframe");
    frame.title = "Course";
    frame.id = "course";
    frame.src =
      options.mode === "nested" ? `/frame.html?depth=2&src=${encodeURIComponent(src)}` : src;
    holder.append(frame);
  }
  render();
}

/** The data model as the LMS holds it (the object under "cmi"). */
function cmi() {
  return state.api ? JSON.parse(state.api.renderCMIToJSONString()).cmi : null;
}

function render() {
  const data = cmi();
  if (!data) return;
  $("model").textContent = JSON.stringify(data, null, 2);
  const v = versionOf(state.options.pkg);
  const rows =
    v === "2004"
      ? [
          ["Completion", data.completion_status],
          ["Success", data.success_status],
          ["Score (scaled)", data.score?.scaled],
          ["Progress", data.progress_measure],
          ["Location", data.location],
          ["Exit", data.exit],
          ["Saved state (characters)", (data.suspend_data ?? "").length],
        ]
      : [
          ["Status", data.core?.lesson_status],
          ["Score", data.core?.score?.raw],
          ["Location", data.core?.lesson_location],
          ["Exit", data.core?.exit],
          ["Saved state (characters)", (data.suspend_data ?? "").length],
        ];
  $("summary").replaceChildren(
    ...rows.flatMap(([k, val]) => {
      const dt = document.createElement("dt");
      dt.textContent = k;
      const dd = document.createElement("dd");
      dd.textContent = val === undefined || val === "" ? "—" : String(val);
      return [dt, dd];
    }),
  );
  $("calls").replaceChildren(
    ...state.calls
      .slice(-50)
      .reverse()
      .map((c) => {
        const li = document.createElement("li");
        li.textContent = `${c.method}(${c.args.map((a) => JSON.stringify(a)).join(", ")}) → ${JSON.stringify(c.result)}`;
        return li;
      }),
  );
}

function formOptions() {
  const form = $("launch-form");
  const fd = new FormData(form);
  return {
    pkg: fd.get("pkg"),
    mode: fd.get("mode"),
    faults: {
      rejectSetValue: fd.get("rejectSetValue") === "on",
      failCommit: fd.get("failCommit") === "on",
      noApi: fd.get("noApi") === "on",
      slowMs: Number(fd.get("slowMs") || 0),
    },
  };
}

async function init() {
  const list = await (await fetch("/packages.json")).json();
  $("pkg").replaceChildren(
    ...list.map((name) => {
      const o = document.createElement("option");
      o.value = name;
      o.textContent = name;
      return o;
    }),
  );
  $("launch-form").addEventListener("submit", (e) => {
    e.preventDefault();
    launch({ ...formOptions(), resume: false });
  });
  $("relaunch").addEventListener("click", () => launch({ ...formOptions(), resume: true }));
  $("reset").addEventListener("click", () => {
    localStorage.removeItem(STORE + formOptions().pkg);
    launch({ ...formOptions(), resume: false });
  });
  const q = new URLSearchParams(location.search);
  if (q.get("pkg")) {
    $("pkg").value = q.get("pkg");
    $("mode").value = q.get("mode") || "iframe";
    if (q.get("autolaunch") !== "0") launch({ ...formOptions(), resume: q.get("resume") === "1" });
  }
}

window.simulator = {
  launch,
  cmi,
  resumeData,
  get api() {
    return state.api;
  },
  get calls() {
    return state.calls;
  },
  get popup() {
    return state.popup;
  },
  ready: init(),
};
