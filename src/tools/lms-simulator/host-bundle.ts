/**
 * The host page's script: host/main.ts and what it imports, TypeScript bundled by Vite into the
 * one JavaScript module the page loads as /host.js. Bundled when the simulator starts (a mistake
 * fails the start), and again when a request finds a source file changed, so a reload shows an
 * edit without restarting `npm run preview`.
 */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { build, type Rolldown } from "vite";

const HOST_DIR = import.meta.dirname;
const ENTRY = join(HOST_DIR, "host", "main.ts");

/** Every file the bundle is made from: the host folder and the launch rules beside it. */
function sources(): string[] {
  const host = join(HOST_DIR, "host");
  return [
    ...readdirSync(host)
      .filter((f) => f.endsWith(".ts"))
      .map((f) => join(host, f)),
    join(HOST_DIR, "launch-rules.ts"),
  ];
}

/** The newest modification among the sources, and how many there are (a file removed counts). */
function stamp(): string {
  const files = sources();
  return `${files.length}:${Math.max(...files.map((f) => statSync(f).mtimeMs))}`;
}

async function bundle(): Promise<string> {
  const result = await build({
    configFile: false,
    root: HOST_DIR,
    publicDir: false,
    logLevel: "silent",
    build: {
      write: false,
      target: "es2022",
      minify: false,
      // Readable in the browser's debugger as the TypeScript it came from.
      sourcemap: "inline",
      lib: { entry: ENTRY, formats: ["es"], fileName: "host" },
    },
  });
  const output = (Array.isArray(result) ? result[0] : result) as Rolldown.RolldownOutput;
  const chunk = output.output.find((o): o is Rolldown.OutputChunk => o.type === "chunk");
  if (!chunk) throw new Error(`bundling ${ENTRY} gave no script`);
  return chunk.code;
}

let built: { stamp: string; code: Promise<string> } | undefined;

/** The host page's script, bundled again if a source changed since the last bundle. */
export function hostScript(): Promise<string> {
  const now = stamp();
  if (built?.stamp !== now) built = { stamp: now, code: bundle() };
  return built.code;
}
