// @vitest-environment happy-dom
import { Scorm12API, Scorm2004API } from "scorm-again";
import { afterEach, describe, expect, it } from "vitest";
import { connect, fellBack, type LaunchMode } from "../../src/lms/index.js";
import type { KeyValueStore } from "../../src/lms/local.js";

const settings = { autocommit: false, lmsCommitUrl: false, logLevel: 5 } as const;

function memoryStorage(): KeyValueStore {
  const data = new Map<string, string>();
  return { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

/** An LMS page holding the given APIs, with the course two frames down. */
function courseFrameUnder(apis: Record<string, unknown>): Window {
  const lms: Record<string, unknown> = { ...apis, opener: null, localStorage: memoryStorage() };
  lms.parent = lms;
  lms.top = lms;
  const menu = { parent: lms, top: lms, opener: null };
  return {
    parent: menu,
    top: lms,
    opener: null,
    localStorage: memoryStorage(),
  } as unknown as Window;
}

describe("choosing the connection", () => {
  it('"auto" prefers SCORM 2004 when the LMS offers both', async () => {
    const win = courseFrameUnder({
      API: new Scorm12API(settings),
      API_1484_11: new Scorm2004API(settings),
    });
    expect((await connect("auto", "family-m", win)).kind).toBe("scorm2004");
  });

  it('"auto" uses SCORM 1.2 when that is all there is', async () => {
    const win = courseFrameUnder({ API: new Scorm12API(settings) });
    expect((await connect("auto", "family-m", win)).kind).toBe("scorm12");
  });

  it("a SCORM 1.2 package uses the 1.2 API even when a 2004 API is present", async () => {
    const win = courseFrameUnder({
      API: new Scorm12API(settings),
      API_1484_11: new Scorm2004API(settings),
    });
    expect((await connect("scorm12", "family-m", win)).kind).toBe("scorm12");
  });

  it("a SCORM 2004 package without a 2004 API falls back to this browser, and says so", async () => {
    const win = courseFrameUnder({ API: new Scorm12API(settings) });
    const connection = await connect("scorm2004", "family-m", win);
    expect(connection.kind).toBe("local");
    expect(fellBack("scorm2004", connection)).toBe(true);
  });

  it.each<LaunchMode>(["scorm12", "scorm2004", "auto"])(
    'a "%s" package with no LMS at all falls back to this browser',
    async (mode) => {
      const connection = await connect(mode, "family-m", courseFrameUnder({}));
      expect(connection.kind).toBe("local");
      expect(connection.start().firstLaunch).toBe(true);
      expect(fellBack(mode, connection)).toBe(true);
    },
  );

  it('"none" keeps progress here even inside an LMS, and that is no fallback', async () => {
    const win = courseFrameUnder({ API: new Scorm12API(settings) });
    const connection = await connect("none", "family-m", win);
    expect(connection.kind).toBe("local");
    expect(fellBack("none", connection)).toBe(false);
  });

  it("ignores a window.API that is not a SCORM API", async () => {
    const win = courseFrameUnder({ API: { version: "some other library" } });
    expect((await connect("scorm12", "family-m", win)).kind).toBe("local");
  });

  it("finds the API on the window that opened a popup", async () => {
    const lms: Record<string, unknown> = { API_1484_11: new Scorm2004API(settings), opener: null };
    lms.parent = lms;
    lms.top = lms;
    const popup: Record<string, unknown> = { opener: lms };
    popup.parent = popup;
    popup.top = popup;
    const course = { parent: popup, top: popup, opener: null } as unknown as Window;
    expect((await connect("auto", "family-m", course)).kind).toBe("scorm2004");
  });
});

describe("connecting in a browser page", () => {
  afterEach(() => {
    const w = window as unknown as Record<string, unknown>;
    delete w.API;
    delete w.API_1484_11;
    window.localStorage.clear();
  });

  it("runs a whole session against an LMS on this window", async () => {
    const api = new Scorm12API(settings);
    (window as unknown as Record<string, unknown>).API = api;
    const connection = await connect("scorm12", "family-m");
    expect(connection.kind).toBe("scorm12");
    connection.start();
    connection.finish({
      location: "m1",
      suspendData: "1|m1|m1|||",
      completion: "incomplete",
      success: "unknown",
      progressMeasure: 0.1,
      objectives: [],
      exit: "suspend",
    });
    // cmi.core.exit is write-only: read it the way the LMS would send it to its server.
    const core = JSON.parse(api.renderCMIToJSONString()).cmi.core;
    expect(core.lesson_location).toBe("m1");
    expect(core.exit).toBe("suspend");
  });

  it("keeps progress in this browser's localStorage when there is no LMS", async () => {
    const connection = await connect("auto", "family-m");
    expect(connection.kind).toBe("local");
    connection.start();
    connection.save(
      {
        location: "m2",
        suspendData: "1|m2|m1,m2|||",
        completion: "incomplete",
        success: "unknown",
        progressMeasure: 0.2,
        objectives: [],
        exit: "suspend",
      },
      [],
    );
    expect((await connect("auto", "family-m")).start()).toMatchObject({
      location: "m2",
      firstLaunch: false,
    });
  });
});
