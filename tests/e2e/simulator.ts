/** Helpers for browser tests that drive the LMS simulator (scripts/lms-simulator/host.js). */
import { readdirSync } from "node:fs";
import type { FrameLocator, Page } from "@playwright/test";

export type ScormVersion = "scorm12" | "scorm2004";

export function simulatorUrl(): string {
  const url = process.env.SIMULATOR_URL;
  if (!url)
    throw new Error("SIMULATOR_URL is not set: run the browser tests with `playwright test`");
  return url;
}

/** The built zip of a course for a SCORM version, e.g. family-m-1.0.0-scorm12.zip. */
export function packageOf(courseId: string, version: ScormVersion): string {
  const dist = process.env.TEST_DIST as string;
  const name = readdirSync(dist).find(
    (f) => f.startsWith(`${courseId}-`) && f.endsWith(`-${version}.zip`),
  );
  if (!name) throw new Error(`no ${version} package of ${courseId} in ${dist}`);
  return name;
}

export interface LaunchOptions {
  mode?: "iframe" | "popup" | "nested";
  faults?: { rejectSetValue?: boolean; failCommit?: boolean; noApi?: boolean; slowMs?: number };
  /** A data model to start from, as an LMS would load for a returning learner. */
  saved?: unknown;
}

/** Opens the simulator and launches a package in it; returns the course's frame. */
export async function launch(
  page: Page,
  pkg: string,
  options: LaunchOptions = {},
): Promise<FrameLocator> {
  await page.goto(`${simulatorUrl()}/`);
  await page.evaluate(
    async ([p, o]) => {
      const sim = (
        window as unknown as { simulator: { ready: Promise<void>; launch: (x: unknown) => void } }
      ).simulator;
      await sim.ready;
      sim.launch({ pkg: p, mode: "iframe", ...o });
    },
    [pkg, options] as const,
  );
  return courseFrame(page, options.mode ?? "iframe");
}

export function courseFrame(
  page: Page,
  mode: "iframe" | "popup" | "nested" = "iframe",
): FrameLocator {
  if (mode === "nested") {
    return page.frameLocator("#course").frameLocator("iframe").frameLocator("iframe");
  }
  return page.frameLocator("#course");
}

/**
 * The LMS's data model as scorm-again holds it: plain JSON whose shape depends on the SCORM
 * version, so tests read it by path.
 */
// biome-ignore lint/suspicious/noExplicitAny: untyped JSON from the LMS, read by path in tests
export type LmsModel = Record<string, any>;

export async function lmsData(page: Page): Promise<LmsModel> {
  return page.evaluate(() =>
    (window as unknown as { simulator: { cmi: () => unknown } }).simulator.cmi(),
  ) as Promise<LmsModel>;
}

/** The API calls the course made, in order. */
export async function lmsCalls(
  page: Page,
): Promise<Array<{ method: string; args: unknown[]; result: string }>> {
  return page.evaluate(
    () =>
      (
        window as unknown as {
          simulator: { calls: Array<{ method: string; args: unknown[]; result: string }> };
        }
      ).simulator.calls,
  );
}
