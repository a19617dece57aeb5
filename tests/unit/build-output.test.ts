/**
 * What a board sees when it builds: the files written, not the bundler's own reports. On a busy
 * computer plugins run slowly, and the bundler then prints a report of plugin timings meant for
 * bundler developers; the build's configuration turns it off.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build, createLogger, type Plugin } from "vite";
import { describe, expect, it } from "vitest";
import { playerConfig } from "../../src/compiler/player-build/player-config.js";

describe("the build's output", () => {
  it("has no plugin-timing report, even when plugins are slow (a busy computer)", async () => {
    const out = mkdtempSync(join(tmpdir(), "build-output-"));
    const said: string[] = [];
    const logger = createLogger("warn");
    logger.warn = (m) => said.push(m);
    logger.warnOnce = (m) => said.push(m);
    logger.error = (m) => said.push(m);
    // What a loaded 2-core machine does to every plugin: each transform takes a while.
    const slow: Plugin = {
      name: "as-on-a-busy-computer",
      transform() {
        const start = Date.now();
        while (Date.now() - start < 15);
        return null;
      },
    };
    try {
      const config = playerConfig("tests/fixtures/tiny-course", join(out, "web"));
      await build({
        ...config,
        configFile: false,
        customLogger: logger,
        plugins: [...(config.plugins ?? []), slow],
      });
      expect(said.filter((m) => /TIMINGS|callbacks ran for/.test(m))).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 180_000);
});
