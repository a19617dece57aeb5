/**
 * Validates a manifest against the official SCORM XSDs kept in scorm/schemas, with libxml2's
 * xmllint and no network. (The WebAssembly build of libxml2 2.13 rejects the official IMS MD 1.2.1
 * schema as non-deterministic, so the tests use Debian's xmllint, as the independent checker does.)
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const SCHEMAS = resolve(import.meta.dirname, "../../scorm/schemas");
const DRIVERS = {
  scorm12: join(SCHEMAS, "scorm12", "scorm12-driver.xsd"),
  scorm2004: join(SCHEMAS, "scorm2004-4th", "scorm2004-driver.xsd"),
};
/** A known quirk of the official ims_xml.xsd (see scorm/schemas/SOURCES.md). */
const KNOWN_NOISE =
  /xml namespace URI cannot be the default namespace|^\S*ims_xml\.xsd|^\s*\^?\s*$|validates$/;

export function validateManifest(
  xml: string,
  version: "scorm12" | "scorm2004",
): { valid: boolean; errors: string[] } {
  const file = join(mkdtempSync(join(tmpdir(), "manifest-")), "imsmanifest.xml");
  writeFileSync(file, xml);
  try {
    execFileSync(
      "xmllint",
      ["--noout", "--nonet", "--nocatalogs", "--schema", DRIVERS[version], file],
      { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
    );
    return { valid: true, errors: [] };
  } catch (e) {
    const err = e as { stderr?: string; code?: string };
    if (err.code === "ENOENT") {
      throw new Error(
        "xmllint is missing: run `npm test` (it installs libxml2-utils) or apt-get install libxml2-utils",
      );
    }
    const errors = (err.stderr ?? "").split("\n").filter((l) => l && !KNOWN_NOISE.test(l));
    return { valid: false, errors };
  }
}
