// Reading a package's manifest, as an LMS does when the package is uploaded: its version, its
// identity, where it starts and what its launched item declares for the launch rules.

import { type Sequencing, sequencingOf } from "../launch-rules.js";
import type { ScormVersion } from "./run.js";

/** What the LMS learned from a package's imsmanifest.xml, or the problem that stopped it. */
export interface ManifestInfo {
  /** "" when the schema version is neither 1.2 nor 2004. */
  version?: ScormVersion | "";
  schemaVersion?: string;
  /** The package's identity: an LMS takes a package with another one for another course. */
  identifier?: string;
  title?: string;
  /** The SCO's launch page, inside the package. */
  href?: string;
  /** What the launched item declares; each rule set derives the launch data from it. */
  sequencing?: Sequencing;
  problem?: string;
}

/** Per package: what its manifest says (launch page, version, pass mark, objectives). */
export const manifests = new Map<string, ManifestInfo>();

/** A package's SCORM version: from its manifest once read, else from its file name. */
export function versionOf(pkg: string): ScormVersion {
  const known = manifests.get(pkg)?.version;
  if (known) return known;
  return /-scorm2004\.zip$/.test(pkg) ? "2004" : "12";
}

function childrenNamed(parent: Document | Element, localName: string): Element[] {
  return [...parent.getElementsByTagName("*")].filter((e) => e.localName === localName);
}

export function readManifest(text: string): ManifestInfo {
  const doc = new DOMParser().parseFromString(text, "application/xml");
  if (doc.getElementsByTagName("parsererror").length > 0) {
    return { problem: "imsmanifest.xml is not well-formed XML" };
  }
  const schemaVersion = childrenNamed(doc, "schemaversion")[0]?.textContent?.trim() ?? "";
  const version =
    schemaVersion === "1.2" ? "12" : /^2004|^CAM 1\.3/.test(schemaVersion) ? "2004" : "";
  const resources = childrenNamed(doc, "resource");
  const sco = resources.find((r) =>
    [...r.attributes].some((a) => a.localName.toLowerCase() === "scormtype" && a.value === "sco"),
  );
  const item = childrenNamed(doc, "item").find(
    (i) => i.getAttribute("identifierref") === sco?.getAttribute("identifier"),
  );
  const organization = childrenNamed(doc, "organization")[0];
  const title = organization ? childrenNamed(organization, "title")[0]?.textContent?.trim() : "";
  const info: ManifestInfo = {
    version,
    schemaVersion,
    identifier: doc.documentElement.getAttribute("identifier") ?? "",
    title: title ?? "",
    href: sco?.getAttribute("href") ?? "",
    sequencing: sequencingOf(item),
  };
  if (!sco) info.problem = "the manifest names no SCO resource";
  return info;
}

/** Reads a served package's manifest into `manifests`. */
export async function loadManifest(pkg: string): Promise<void> {
  try {
    const res = await fetch(`/pkg/${encodeURIComponent(pkg)}/imsmanifest.xml`);
    manifests.set(
      pkg,
      res.ok ? readManifest(await res.text()) : { problem: "the package has no imsmanifest.xml" },
    );
  } catch (e) {
    manifests.set(pkg, { problem: `the manifest could not be read (${e})` });
  }
}
