// Makes sure the tools the tests need are here: Chromium for the browser tests ($CHROMIUM_PATH,
// then /usr/bin/chromium) and xmllint for schema validation. On Debian as root it installs what
// is missing from Debian's packages; elsewhere it says how to get it.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

const chromium = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].find(
  (p) => p && existsSync(p),
);
const hasXmllint = (() => {
  try {
    execFileSync("xmllint", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

const missing = [];
if (!chromium) missing.push("chromium");
if (!hasXmllint) missing.push("libxml2-utils");
if (missing.length === 0) {
  console.log(`test tools: browser ${chromium}, xmllint found`);
  process.exit(0);
}

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
if (isRoot && existsSync("/etc/debian_version")) {
  console.log(`Installing Debian packages the tests need: ${missing.join(", ")}…`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-qq", ...missing], { stdio: "inherit", env });
  process.exit(0);
}

console.error(
  [
    `The tests need: ${missing.join(", ")}.`,
    "- Debian/Ubuntu: sudo apt-get install chromium libxml2-utils",
    "- macOS: brew install libxml2 and install Chrome or Chromium",
    "- a Chromium or Chrome elsewhere: set CHROMIUM_PATH=/path/to/chrome",
  ].join("\n"),
);
process.exit(1);
