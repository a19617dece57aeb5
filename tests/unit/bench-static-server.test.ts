/** The page-load bench's static server: the same bytes plain or gzipped, nothing else served. */
import { get, type IncomingHttpHeaders } from "node:http";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCourse } from "../../src/compiler/course/loader.js";
import { firstQuestionModule, pageLoadProbe } from "../../src/tools/bench/page-load.js";
import { type StaticServer, startStaticServer } from "../../src/tools/bench/static-server.js";

const page = new TextEncoder().encode(
  `<!doctype html><title>t</title>${"<p>text</p>".repeat(200)}`,
);
let server: StaticServer;

beforeAll(async () => {
  server = await startStaticServer(
    new Map([
      [
        "site",
        new Map([
          ["index.html", page],
          ["assets/a.js", new Uint8Array([1, 2])],
        ]),
      ],
    ]),
  );
});
afterAll(() => server.close());

describe("bench static server", () => {
  it("serves a file uncompressed below /plain/, with its type", async () => {
    const res = await fetch(server.url("plain", "site"));
    expect(res.headers.get("content-encoding")).toBeNull();
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(page);
  });

  it("serves the same bytes gzipped below /gzip/, smaller on the wire", async () => {
    // node:http does not decode: these are the bytes on the wire.
    const { headers, body } = await new Promise<{ headers: IncomingHttpHeaders; body: Buffer }>(
      (ok, fail) =>
        get(server.url("gzip", "site"), (res) => {
          const parts: Buffer[] = [];
          res.on("data", (c: Buffer) => parts.push(c));
          res.on("end", () => ok({ headers: res.headers, body: Buffer.concat(parts) }));
        }).on("error", fail),
    );
    expect(headers["content-encoding"]).toBe("gzip");
    expect(body.length).toBeLessThan(page.length / 4);
    expect(new Uint8Array(gunzipSync(body))).toEqual(page);
  });

  it("answers 404 for an unknown site, file or encoding", async () => {
    expect((await fetch(server.url("plain", "other"))).status).toBe(404);
    expect((await fetch(server.url("plain", "site", "missing.js"))).status).toBe(404);
    expect((await fetch(server.url("plain", "site").replace("/plain/", "/brotli/"))).status).toBe(
      404,
    );
  });
});

describe("firstQuestionModule", () => {
  it("is the first Family M module that asks a question, on any of its pages", () => {
    const course = loadCourse("course").course;
    const id = firstQuestionModule(course);
    const index = course.modules.findIndex((m) => m.id === id);
    expect(index).toBeGreaterThan(0);
    expect(course.modules[index].blocks.some((b) => b.kind === "question")).toBe(true);
    for (const m of course.modules.slice(0, index))
      expect(m.blocks.some((b) => b.kind === "question")).toBe(false);
  });
});

describe("pageLoadProbe", () => {
  it("is a script the browser can parse, with and without a question to reach", () => {
    for (const questionLink of ["#lesson", undefined]) {
      const script = pageLoadProbe({ heading: ["h1"], paragraph: ["p"], questionLink });
      expect(() => new Function(script)).not.toThrow();
      expect(script).toContain("nav.pager button.next");
    }
  });
});
