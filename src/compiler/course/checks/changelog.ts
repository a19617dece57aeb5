/**
 * Catches a course version lower than a version the changelog already lists: an LMS would
 * take the upload as an older course, and learners' reports would go backwards.
 */

/** Compares dotted version numbers ("1.10.0" > "1.9.2"); missing parts count as 0. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

/** The changelog heading with the highest version above `version`, if any, as line + message. */
export function versionBehindChangelog(
  changelog: string,
  version: string,
): { line: number; message: string } | undefined {
  let newest: { line: number; version: string } | undefined;
  changelog.split("\n").forEach((text, i) => {
    const m = /^##\s+\[?v?(\d+(?:\.\d+)*)\]?(\s|\(|$)/.exec(text);
    if (!m) return;
    if (!newest || compareVersions(m[1], newest.version) > 0)
      newest = { line: i + 1, version: m[1] };
  });
  if (!newest || compareVersions(version, newest.version) >= 0) return undefined;
  return {
    line: newest.line,
    message: `course.yaml says version ${version}, lower than ${newest.version} listed here: a new version must be higher than every version published before it, so raise "version" in course.yaml (and add its entry here)`,
  };
}
