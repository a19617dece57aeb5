/** Vite for the player (dev server and web build) and Vitest for the unit tests. */
import { defineConfig, mergeConfig } from "vitest/config";
import { playerConfig } from "./src/compiler/player-build/player-config.js";

const courseDir = process.env.COURSE_DIR ?? "course";

/**
 * Tests that build whole courses, serve files or run commands: their own project, with timeouts
 * that hold on a loaded 2-core machine (a build there can take many seconds). Everything else in
 * tests/unit is the fast project (`npm run test:unit`), pure rules and loaders, in under a minute.
 */
const BUILD_TESTS = [
  "tests/unit/answer-key.test.ts",
  "tests/unit/bench-static-server.test.ts",
  "tests/unit/budget.test.ts",
  "tests/unit/build.test.ts",
  "tests/unit/build-at-once.test.ts",
  "tests/unit/build-output.test.ts",
  "tests/unit/live-preview-server.test.ts",
  "tests/unit/manifest.test.ts",
  "tests/unit/manifest-limits.test.ts",
  "tests/unit/new-course.test.ts",
  "tests/unit/report-parsers.test.ts",
  "tests/unit/republish.test.ts",
];

export default mergeConfig(
  playerConfig(courseDir, "build/web"),
  defineConfig({
    test: {
      root: import.meta.dirname,
      environment: "node",
      projects: [
        {
          extends: true,
          test: {
            name: "unit",
            // A kind's own tests sit in its folder (src/blocks/<kind>/*.test.ts), beside its code.
            include: ["tests/unit/**/*.test.ts", "src/**/*.test.ts"],
            exclude: BUILD_TESTS,
            // Loaders that read every course in the repository take well over vitest's 5 s
            // default when several builds share the machine's two cores.
            testTimeout: 30_000,
          },
        },
        {
          extends: true,
          test: {
            name: "build",
            include: BUILD_TESTS,
            testTimeout: 120_000,
            hookTimeout: 300_000,
          },
        },
      ],
    },
  }),
);
