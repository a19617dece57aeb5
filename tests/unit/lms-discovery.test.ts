import { describe, expect, it } from "vitest";
import { findApi } from "../../src/lms/discovery.js";

/** A stand-in for a browser window: only what the walk reads. */
interface FakeWindow {
  parent: FakeWindow;
  top: FakeWindow;
  opener: FakeWindow | null;
  [name: string]: unknown;
}

/** A top-level window (its own parent and top), optionally opened by another window. */
function topWindow(
  props: Record<string, unknown> = {},
  opener: FakeWindow | null = null,
): FakeWindow {
  const w = { ...props, opener } as FakeWindow;
  w.parent = w;
  w.top = w;
  return w;
}

/** A frame inside `parent`. */
function frame(parent: FakeWindow, props: Record<string, unknown> = {}): FakeWindow {
  return { ...props, parent, top: parent.top, opener: null } as FakeWindow;
}

/** Makes a property of `w` behave like a cross-origin window's: reading it throws. */
function crossOrigin<T extends object>(w: T, ...properties: string[]): T {
  for (const property of properties) {
    Object.defineProperty(w, property, {
      get() {
        throw new DOMException(
          "Blocked a frame from accessing a cross-origin frame.",
          "SecurityError",
        );
      },
    });
  }
  return w;
}

const api = { LMSInitialize: () => "true" };

describe("finding the LMS API", () => {
  it("finds an API on the course's own window", () => {
    const w = topWindow({ API: api });
    expect(findApi(w, "API")).toBe(api);
  });

  it("finds an API three frames up, in the top window", () => {
    const lms = topWindow({ API: api });
    const course = frame(frame(frame(lms)));
    expect(findApi(course, "API")).toBe(api);
  });

  it("takes the nearest API when several frames have one", () => {
    const near = { near: true };
    const lms = topWindow({ API: api });
    const course = frame(frame(lms, { API: near }));
    expect(findApi(course, "API")).toBe(near);
  });

  it("looks for the name asked for, not another version's API", () => {
    const lms = topWindow({ API: api });
    expect(findApi(frame(lms), "API_1484_11")).toBeUndefined();
  });

  it("walks past a cross-origin frame whose properties throw", () => {
    const lms = topWindow({ API: api });
    const foreign = crossOrigin(frame(lms), "API", "API_1484_11");
    const course = frame(foreign);
    expect(findApi(course, "API")).toBe(api);
  });

  it("finds the API on the window that opened a popup", () => {
    const lms = topWindow({ API_1484_11: api });
    const popup = topWindow({}, lms);
    const course = frame(frame(popup));
    expect(findApi(course, "API_1484_11")).toBe(api);
  });

  it("finds the API in a parent of the opener", () => {
    const lms = topWindow({ API: api });
    const launcher = frame(frame(lms));
    const popup = topWindow({}, launcher);
    expect(findApi(frame(popup), "API")).toBe(api);
  });

  it("follows a popup opened by a popup", () => {
    const lms = topWindow({ API: api });
    const first = topWindow({}, lms);
    const second = topWindow({}, frame(first));
    expect(findApi(frame(second), "API")).toBe(api);
  });

  it("still reaches the opener when a parent cannot be read", () => {
    const lms = topWindow({ API: api });
    const popup = topWindow({}, lms);
    const course = crossOrigin(frame(popup), "parent");
    expect(findApi(course, "API")).toBe(api);
  });

  it("survives a window where every property throws", () => {
    const hostile = crossOrigin({}, "API", "parent", "top", "opener");
    expect(findApi(hostile, "API")).toBeUndefined();
  });

  it("returns undefined when no window has an API", () => {
    const course = frame(frame(topWindow({}, topWindow())));
    expect(findApi(course, "API")).toBeUndefined();
  });

  it("ignores an API property that is null or not an object", () => {
    const lms = topWindow({ API: api });
    const course = frame(frame(lms, { API: null }), { API: "true" });
    expect(findApi(course, "API")).toBe(api);
  });

  it("stops on a parent loop instead of walking forever", () => {
    const a = { opener: null } as unknown as FakeWindow;
    const b = { parent: a, top: a, opener: null } as unknown as FakeWindow;
    a.parent = b;
    a.top = b;
    expect(findApi(a, "API")).toBeUndefined();
  });

  it("stops on an opener loop", () => {
    const a = topWindow();
    const b = topWindow({}, a);
    a.opener = b;
    expect(findApi(frame(a), "API")).toBeUndefined();
  });

  it("looks at no more windows than the hop bound, even in an endless chain", () => {
    let visited = 0;
    const endless = (): object => {
      visited++;
      return {
        get parent() {
          return endless();
        },
      };
    };
    expect(findApi(endless(), "API", 50)).toBeUndefined();
    expect(visited).toBeLessThanOrEqual(51);
  });

  it("does not find an API beyond the hop bound", () => {
    const lms = topWindow({ API: api });
    let course = frame(lms);
    for (let i = 0; i < 5; i++) course = frame(course);
    expect(findApi(course, "API", 3)).toBeUndefined();
    expect(findApi(course, "API")).toBe(api);
  });
});
