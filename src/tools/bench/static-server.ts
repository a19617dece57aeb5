/**
 * A tiny static server on 127.0.0.1 for the page-load bench: serves sites held in memory, each
 * under its own path, uncompressed below /plain/ and gzipped below /gzip/, as an LMS that
 * serves package files through PHP does (plain) or a web server with compression does (gzip).
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname } from "node:path";
import { gzipSync } from "node:zlib";

export type Encoding = "plain" | "gzip";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".xml": "application/xml",
  ".xsd": "application/xml",
};

export interface StaticServer {
  /** The address of a file of a site: `${origin}/${encoding}/${site}/${path}`. */
  url(encoding: Encoding, site: string, path?: string): string;
  close(): Promise<void>;
}

/** Serves every site's files; gzip bodies are made once, at level 6 (a common server default). */
export async function startStaticServer(
  sites: ReadonlyMap<string, ReadonlyMap<string, Uint8Array>>,
): Promise<StaticServer> {
  const gzipped = new Map<string, Uint8Array>();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const [, encoding, site, ...rest] = path.split("/");
    const file = rest.join("/") || "index.html";
    const body = sites.get(site)?.get(file);
    if (!body || (encoding !== "plain" && encoding !== "gzip")) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    const headers: Record<string, string> = {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      // Every run is a first visit: nothing may come from a cache.
      "cache-control": "no-store",
    };
    let sent = body;
    if (encoding === "gzip") {
      const key = `${site}/${file}`;
      sent = gzipped.get(key) ?? gzipSync(body, { level: 6 });
      gzipped.set(key, sent);
      headers["content-encoding"] = "gzip";
    }
    headers["content-length"] = String(sent.length);
    res.writeHead(200, headers).end(sent);
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: (encoding, site, path = "index.html") => `${origin}/${encoding}/${site}/${path}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
