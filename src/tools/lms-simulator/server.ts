/**
 * The LMS simulator's web server: serves built packages straight from their zips, the host page
 * that plays the LMS with scorm-again (its script bundled from host/*.ts, see host-bundle.ts),
 * and nothing else. Used by `npm run preview` and by the end-to-end tests. scorm-again is served
 * here only; it is never put in a package.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { extname, join, resolve } from "node:path";
import { unzipSync } from "fflate";
import { compareWithPublished } from "../../compiler/course/checks/published.js";
import { type PublishedRecord, recordBesidePackage } from "../../compiler/course/record.js";
import { hostScript } from "./host-bundle.js";

const require = createRequire(import.meta.url);
const HOST_DIR = import.meta.dirname;
const SCORM_AGAIN = require.resolve("scorm-again");

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".xsd": "application/xml; charset=utf-8",
  ".dtd": "application/xml-dtd; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".woff2": "font/woff2",
};

export interface Simulator {
  server: Server;
  url: string;
  close(): Promise<void>;
}

/** One id the new package drops, changes or adds, and what a learner meets. */
export interface UpdateChange {
  id: string;
  what: string;
  effect: string;
}

/**
 * What replacing package `from` with `to` does to learners' records, from the records the build
 * writes beside each package (see src/compiler/course/record.ts).
 */
export function updateReport(
  dir: string,
  from: string,
  to: string,
): { problem: string } | { from: string; to: string; changes: UpdateChange[] } {
  const read = (zip: string): PublishedRecord | undefined => {
    const path = join(dir, recordBesidePackage(zip));
    if (zip.includes("/") || zip.includes("..") || !existsSync(path)) return undefined;
    return JSON.parse(readFileSync(path, "utf8")) as PublishedRecord;
  };
  const [before, after] = [read(from), read(to)];
  if (!before || !after) {
    return {
      problem: `there is no record beside ${before ? to : from} (${recordBesidePackage(before ? to : from)}), so what it changes cannot be listed: build it again with npm run build`,
    };
  }
  const changes: UpdateChange[] = compareWithPublished([before], after)
    .filter((c) => c.subject === "item" && c.id)
    .map((c) => ({ id: c.id as string, what: c.what, effect: c.effect }));
  const known = new Set(before.items.map((i) => i.id));
  for (const item of after.items) {
    if (known.has(item.id)) continue;
    changes.push({
      id: item.id,
      what: `"${item.id}" is new in ${after.version}`,
      effect:
        "learners answer it when they reach it; a learner who had already completed or passed keeps that result",
    });
  }
  return { from: before.version, to: after.version, changes };
}

/** Serves the zips in `packagesDir`: /pkg/<zip name>/<path inside the zip>. */
export function startSimulator(
  packagesDir: string,
  port = 0,
  host = "127.0.0.1",
): Promise<Simulator> {
  const dir = resolve(packagesDir);
  const cache = new Map<string, { mtime: number; files: Record<string, Uint8Array> }>();
  const zipFiles = (name: string) => {
    const path = join(dir, name);
    const mtime = statSync(path).mtimeMs;
    const hit = cache.get(name);
    if (hit && hit.mtime === mtime) return hit.files;
    const files = unzipSync(readFileSync(path));
    cache.set(name, { mtime, files });
    return files;
  };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const path = decodeURIComponent(url.pathname);
    const send = (status: number, type: string, body: string | Uint8Array) => {
      res.writeHead(status, { "Content-Type": type, "Cache-Control": "no-store" });
      res.end(body);
    };
    try {
      if (path === "/" || path === "/index.html") {
        return send(200, TYPES[".html"], readFileSync(join(HOST_DIR, "host.html")));
      }
      if (path === "/host.js") {
        hostScript().then(
          (code) => send(200, TYPES[".js"], code),
          (e) => send(500, "text/plain", `the host script could not be bundled: ${e}`),
        );
        return;
      }
      if (path === "/host.css") {
        return send(200, TYPES[".css"], readFileSync(join(HOST_DIR, "host.css")));
      }
      if (path === "/frame.html") {
        return send(200, TYPES[".html"], readFileSync(join(HOST_DIR, "frame.html")));
      }
      // Browsers ask for it; an empty answer keeps the console free of a 404.
      if (path === "/favicon.ico") {
        res.writeHead(204);
        return res.end();
      }
      if (path === "/scorm-again.js") return send(200, TYPES[".js"], readFileSync(SCORM_AGAIN));
      if (path === "/packages.json") {
        const zips = readdirSync(dir).filter((f) => f.endsWith(".zip") && !f.endsWith("-web.zip"));
        return send(200, TYPES[".json"], JSON.stringify(zips.sort()));
      }
      if (path === "/update-report.json") {
        const [from, to] = ["from", "to"].map((k) => url.searchParams.get(k) ?? "");
        return send(200, TYPES[".json"], JSON.stringify(updateReport(dir, from, to)));
      }
      const m = /^\/pkg\/([^/]+\.zip)\/(.*)$/.exec(path);
      if (m && !m[1].includes("..")) {
        const file = zipFiles(m[1])[m[2] || "index.html"];
        if (file) return send(200, TYPES[extname(m[2])] ?? "application/octet-stream", file);
      }
      send(404, "text/plain", "not found");
    } catch (e) {
      send(500, "text/plain", String(e));
    }
  });
  // Bundled before the server listens, so a mistake in the host's TypeScript fails the start.
  return hostScript().then(() => listen(server, port, host));
}

function listen(server: Server, port: number, host: string): Promise<Simulator> {
  return new Promise((ok, fail) => {
    // A port in use, for instance, fails the start instead of crashing the process later.
    server.once("error", fail);
    server.listen(port, host, () => {
      server.off("error", fail);
      const address = server.address() as AddressInfo;
      ok({
        server,
        url: `http://${host}:${address.port}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
