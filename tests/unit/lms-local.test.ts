import { describe, expect, it, vi } from "vitest";
import { type KeyValueStore, LocalConnection, storageKeyOf } from "../../src/lms/local.js";
import type { Report } from "../../src/progress/report.js";
import { sampleReport } from "../helpers/lms-session.js";

/** A localStorage stand-in that keeps values in a Map. */
function memoryStorage(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      data.set(key, value);
    },
    removeItem: (key) => {
      data.delete(key);
    },
  };
}

/** A localStorage that refuses everything, as in some private modes or when full. */
function brokenStorage(name: "SecurityError" | "QuotaExceededError"): KeyValueStore {
  return {
    getItem() {
      throw new DOMException("The operation is insecure.", name);
    },
    setItem() {
      throw new DOMException("The quota has been exceeded.", name);
    },
  };
}

/** The shared report, with no themes. */
const report = (over: Partial<Report> = {}): Report => sampleReport({ objectives: [], ...over });

const quiet = { log: () => {} };

describe("progress kept in this browser when there is no LMS", () => {
  it("says it is local and never anything else", () => {
    const c = new LocalConnection("family-m", () => memoryStorage(), quiet);
    const listener = vi.fn();
    c.onSaveStateChange(listener);
    expect(c.kind).toBe("local");
    c.start();
    expect(c.save(report(), [])).toBe("local");
    expect(c.saveState).toBe("local");
    expect(listener).not.toHaveBeenCalled();
  });

  it("starts a first visit empty", () => {
    const c = new LocalConnection("family-m", () => memoryStorage(), quiet);
    expect(c.start()).toEqual({
      suspendData: "",
      location: "",
      held: { completion: "unknown", success: "unknown" },
      firstLaunch: true,
    });
  });

  it("a learner who comes back finds their saved state, bookmark and status", () => {
    const storage = memoryStorage();
    const first = new LocalConnection("family-m", () => storage, quiet);
    first.start();
    first.save(report({ completion: "completed", success: "passed" }), []);
    first.finish(report({ location: "m4", completion: "completed", success: "passed" }));

    const again = new LocalConnection("family-m", () => storage, quiet);
    expect(again.start()).toEqual({
      suspendData: "1|m2|m1,m2|q-signs=ac.1|",
      location: "m4",
      held: { completion: "completed", success: "passed" },
      firstLaunch: false,
    });
  });

  it("keys progress by course id only, so a republished version keeps it", () => {
    expect(storageKeyOf("family-m")).toBe(storageKeyOf("family-m"));
    expect(storageKeyOf("family-m")).not.toBe(storageKeyOf("family-n"));
    const storage = memoryStorage();
    const c = new LocalConnection("family-m", () => storage, quiet);
    c.start();
    c.save(report(), []);
    expect([...storage.data.keys()]).toEqual([storageKeyOf("family-m")]);
    expect(new LocalConnection("family-n", () => storage, quiet).start().firstLaunch).toBe(true);
  });

  it("a passed learner stays passed when they come back to review", () => {
    const storage = memoryStorage();
    const first = new LocalConnection("family-m", () => storage, quiet);
    first.start();
    first.save(report({ completion: "completed", success: "passed" }), []);
    const again = new LocalConnection("family-m", () => storage, quiet);
    again.start();
    again.save(report({ completion: "incomplete", success: "unknown" }), []);
    const third = new LocalConnection("family-m", () => storage, quiet);
    expect(third.start().held).toEqual({ completion: "completed", success: "passed" });
  });

  it("keeps the bookmark when a report has none", () => {
    const storage = memoryStorage();
    const c = new LocalConnection("family-m", () => storage, quiet);
    c.start();
    c.save(report({ location: "m3" }), []);
    c.save(report({ location: null }), []);
    expect(new LocalConnection("family-m", () => storage, quiet).start().location).toBe("m3");
  });

  it("starts fresh, and says why, when what is stored cannot be read", () => {
    const storage = memoryStorage();
    storage.setItem(storageKeyOf("family-m"), "{not json");
    const log = vi.fn();
    const c = new LocalConnection("family-m", () => storage, { log });
    expect(c.start().firstLaunch).toBe(true);
    expect(log).toHaveBeenCalledWith(expect.stringContaining("unreadable"));
    storage.setItem(storageKeyOf("family-m"), JSON.stringify({ format: 99, suspendData: "x" }));
    expect(new LocalConnection("family-m", () => storage, quiet).start().suspendData).toBe("");
  });

  it.each(["SecurityError", "QuotaExceededError"] as const)(
    "keeps working in memory when storage throws %s",
    (name) => {
      const log = vi.fn();
      const c = new LocalConnection("family-m", () => brokenStorage(name), { log });
      expect(() => c.start()).not.toThrow();
      expect(c.start().firstLaunch).toBe(true);
      expect(() => c.save(report(), [])).not.toThrow();
      // The learner is told the truth: nothing outlives this page.
      expect(c.saveState).toBe("memory");
      expect(c.save(report(), [])).toBe("memory");
      expect(() => c.flush()).not.toThrow();
      expect(() => c.finish(report())).not.toThrow();
      expect(log).toHaveBeenCalledWith(
        expect.stringContaining("kept only while this page is open"),
      );
    },
  );

  it("keeps working when even reaching localStorage throws", () => {
    const c = new LocalConnection(
      "family-m",
      () => {
        throw new DOMException("Access is denied for this document.", "SecurityError");
      },
      quiet,
    );
    expect(c.start().firstLaunch).toBe(true);
    expect(c.save(report(), [])).toBe("memory");
  });

  it("keeps working when the browser has no localStorage, and says nothing is kept", () => {
    const c = new LocalConnection("family-m", () => undefined, quiet);
    expect(c.start().firstLaunch).toBe(true);
    expect(c.save(report(), [])).toBe("memory");
  });

  it("says progress is kept in this browser once storage takes it again, and tells listeners", () => {
    let full = true;
    const storage = memoryStorage();
    const flaky: KeyValueStore = {
      getItem: (key) => storage.getItem(key),
      setItem: (key, value) => {
        if (full) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
        storage.setItem(key, value);
      },
    };
    const c = new LocalConnection("family-m", () => flaky, quiet);
    const states: string[] = [];
    c.onSaveStateChange((state) => states.push(state));
    c.start();
    expect(c.saveState).toBe("memory");
    full = false;
    expect(c.save(report(), [])).toBe("local");
    expect(states).toEqual(["memory", "local"]);
    expect(storage.data.get(storageKeyOf("family-m"))).toContain("q-signs");
  });

  it("checks storage without touching the learner's saved record", () => {
    const storage = memoryStorage();
    const removed: string[] = [];
    const c = new LocalConnection(
      "family-m",
      () => ({ ...storage, removeItem: (key: string) => removed.push(key) }),
      quiet,
    );
    c.start();
    expect(c.saveState).toBe("local");
    expect(storage.data.has(storageKeyOf("family-m"))).toBe(false);
    expect(removed).toEqual([`${storageKeyOf("family-m")}:probe`]);
  });

  it("stores what memory holds once storage works again", () => {
    let broken = true;
    const storage = memoryStorage();
    const c = new LocalConnection(
      "family-m",
      () => (broken ? brokenStorage("QuotaExceededError") : storage),
      quiet,
    );
    c.start();
    c.save(report({ location: "m3" }), []);
    broken = false;
    c.flush();
    expect(new LocalConnection("family-m", () => storage, quiet).start().location).toBe("m3");
  });

  it("writes nothing after finishing", () => {
    const storage = memoryStorage();
    const c = new LocalConnection("family-m", () => storage, quiet);
    c.start();
    c.finish(report({ location: "m2" }));
    c.save(report({ location: "m5" }), []);
    c.flush();
    expect(new LocalConnection("family-m", () => storage, quiet).start().location).toBe("m2");
  });
});
