/**
 * The build: checks the course, makes one web build, and writes the SCORM 1.2, SCORM 2004 and web
 * zips, the answer key page and the facilitator pack. Nothing is written to the output folder unless every step
 * succeeds. `npm run build` (scripts/build.ts) is its command line.
 */
import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { build } from "vite";
import {
  LAUNCH_PAGE,
  type PackageFormat,
  packageFiles,
  packageName,
  zipFiles,
} from "../../scorm/package.js";
import { formatProblem } from "../loading/problems.js";
import { answerKeyHtml, answerKeyName } from "./answer-key/answer-key.js";
import { recordBesidePackages, recordOf, recordText } from "./course/record.js";
import { compileCourse } from "./player-build/course-plugin.js";
import { playerConfig } from "./player-build/player-config.js";
import { prerenderPackages } from "./player-build/prerender.js";
import { teamPackHtml, teamPackName } from "./team-pack/team-pack.js";

export const FORMATS: readonly PackageFormat[] = ["scorm12", "scorm2004", "web"];

/** The team session's code and data (src/team-session/), as the player's build names them. */
export const TEAM_FILES = /^assets\/team-(session|data)-[\w-]+\.js$/;

export interface BuildResult {
  zips: string[];
  /** The answer key page written beside the zips. */
  answerKey: string;
  /** The facilitator pack written beside the zips. */
  teamPack: string;
  /** The web build, when the caller named its folder (otherwise it was temporary and is gone). */
  webDir?: string;
  /** Each package's launch page (index.html), as it is in its zip. */
  launchPages: Map<PackageFormat, string>;
}

/** A build whose web build folder the caller named, and which is kept. */
export type WebBuild = BuildResult & { webDir: string };

/**
 * Builds every package of the course in `courseDir` into `outDir`. Each build works in folders of
 * its own, so builds run at once (of one course or two, in one process or several) never read
 * each other's files: the web build goes to `webDir` when the caller names one (and no other
 * build may be using it: it is locked while this one works), otherwise to a new temporary folder
 * that is removed afterwards; the zips are made in a new staging folder inside `outDir` and only
 * moved into place once every one is written.
 */
export async function buildCourse(
  courseDir: string,
  outDir: string,
  webDir: string,
): Promise<WebBuild>;
export async function buildCourse(
  courseDir: string,
  outDir: string,
  webDir?: string,
): Promise<BuildResult>;
export async function buildCourse(
  courseDir: string,
  outDir: string,
  webDir?: string,
): Promise<BuildResult> {
  const { loaded, problems } = compileCourse(courseDir);
  if (!loaded) {
    throw new BuildFailure(
      `${problems.map(formatProblem).join("\n")}\n\n${problems.length} problem${problems.length === 1 ? "" : "s"} in ${courseDir}: no package was written.`,
    );
  }
  const course = loaded.course;
  let web: string;
  if (webDir) {
    web = resolve(webDir);
  } else {
    mkdirSync(resolve("build", "web"), { recursive: true });
    web = mkdtempSync(resolve("build", "web", `${course.id}-`));
  }
  const unlock = webDir ? lockFolder(web) : () => {};
  try {
    await build({ ...playerConfig(courseDir, web), configFile: false });
    // The first screen as HTML, so it paints before the player's script arrives.
    const firstViews = await prerenderPackages(course, web);
    const files = readTree(web);
    const filesOf = (format: PackageFormat) => {
      const own = new Map(files).set(LAUNCH_PAGE, new TextEncoder().encode(firstViews.get(format)));
      // The team session (index.html#team) is for a shared screen, with no LMS: web zip only.
      if (format !== "web")
        for (const path of own.keys()) if (TEAM_FILES.test(path)) own.delete(path);
      return own;
    };

    mkdirSync(outDir, { recursive: true });
    const staging = mkdtempSync(join(resolve(outDir), ".staging-"));
    try {
      const launchPages = new Map<PackageFormat, string>();
      const names = FORMATS.map((format) => {
        const name = packageName(course, format);
        const packaged = packageFiles(course, filesOf(format), format);
        launchPages.set(format, new TextDecoder().decode(packaged.get(LAUNCH_PAGE)));
        writeFileSync(join(staging, name), zipFiles(packaged));
        return name;
      });
      const key = answerKeyName(course);
      writeFileSync(join(staging, key), answerKeyHtml(course));
      // The facilitator pack, for team sessions and supervision (from team.md, or defaults).
      const pack = teamPackName(course);
      writeFileSync(join(staging, pack), teamPackHtml(course, loaded.team));
      // What learners' records hold on to, for the simulator's update rehearsal (not uploaded).
      const record = recordBesidePackages(course);
      writeFileSync(join(staging, record), recordText(recordOf(course)));
      // Every file was made: only now do they replace what was in the output folder.
      for (const name of [...names, key, pack, record])
        renameSync(join(staging, name), join(outDir, name));
      return {
        zips: names.map((n) => join(outDir, n)),
        answerKey: join(outDir, key),
        teamPack: join(outDir, pack),
        ...(webDir ? { webDir: web } : {}),
        launchPages,
      };
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
  } finally {
    unlock();
    if (!webDir) rmSync(web, { recursive: true, force: true });
  }
}

/**
 * Claims a named web build folder for this build: a second build given the same folder while
 * this one works stops with a message, instead of emptying it under this one. A lock left by a
 * build that no longer runs is taken over.
 */
function lockFolder(dir: string): () => void {
  const lock = `${dir}.lock`;
  mkdirSync(dirname(lock), { recursive: true });
  for (let tries = 0; tries < 2; tries++) {
    try {
      const fd = openSync(lock, "wx");
      writeFileSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(lock, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      const holder = Number(readFileSync(lock, "utf8"));
      if (holder && holder !== process.pid && running(holder)) break;
      if (holder === process.pid) break;
      rmSync(lock, { force: true });
    }
  }
  throw new BuildFailure(
    `another build is using ${relative(process.cwd(), dir) || dir} (its lock is ${lock}): wait for it to finish, or give this build a folder of its own`,
  );
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

export class BuildFailure extends Error {}

/** Every file under dir, by "/"-separated relative path. */
export function readTree(dir: string): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p).split("\\").join("/"), readFileSync(p));
    }
  };
  walk(dir);
  return out;
}
