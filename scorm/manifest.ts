/**
 * imsmanifest.xml for SCORM 1.2 and SCORM 2004 4th Edition, as pure functions of the course and
 * the package's file list. Identifiers derive from the course id only, so a republished version
 * is the same course to the LMS; the version lives in the metadata, the manifest's version
 * attribute and the organisation title.
 */
import type { Course } from "../src/course/model.js";

export type ScormVersion = "scorm12" | "scorm2004";

export interface ManifestInput {
  course: Course;
  /** Every file of the launchable resource, as zip paths ("/"-separated, relative). */
  files: readonly string[];
  /** The launch page, relative. */
  launch: string;
}

/** Identifiers that stay the same when only the version changes. */
export function identifiersOf(course: Course) {
  return {
    manifest: `${course.id}-manifest`,
    organization: `${course.id}-org`,
    item: `${course.id}-item`,
    resource: `${course.id}-sco`,
    primaryObjective: `${course.id}-pass`,
  };
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

function orgTitle(course: Course): string {
  return `${course.title} (version ${course.version})`;
}

function fileList(files: readonly string[], indent: string): string {
  return [...files]
    .sort()
    .map((f) => `${indent}<file href="${escapeXml(encodeHref(f))}"/>`)
    .join("\n");
}

/** Hrefs are URIs: encode each path segment but keep the slashes. */
function encodeHref(path: string): string {
  return path.split("/").map(encodeURIComponent).join("/");
}

/** Ends a text with one full stop, unless it already ends a sentence (".", "!", "?", "…"). */
function sentence(text: string): string {
  const trimmed = text.trim();
  if (trimmed === "") return "";
  return /[.!?…]["'”’)]?$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/**
 * The LOM description: who the course is for, then its source. Authors write both as settings
 * that may or may not end with a full stop, and a source title often starts "Based on …" itself.
 */
export function description(course: Course): string {
  const source = course.source.title.trim();
  const based = /^based on\b/i.test(source) ? source : `Based on ${source}`;
  return [sentence(course.audience), sentence(based)].filter((s) => s !== "").join(" ");
}

export function manifest12({ course, files, launch }: ManifestInput): string {
  const ids = identifiersOf(course);
  const t = escapeXml;
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${ids.manifest}" version="${t(course.version)}"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:imsmd="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
    <imsmd:lom>
      <imsmd:general>
        <imsmd:title>
          <imsmd:langstring xml:lang="${t(course.language)}">${t(course.title)}</imsmd:langstring>
        </imsmd:title>
        <imsmd:language>${t(course.language)}</imsmd:language>
        <imsmd:description>
          <imsmd:langstring xml:lang="${t(course.language)}">${t(description(course))}</imsmd:langstring>
        </imsmd:description>
      </imsmd:general>
      <imsmd:lifecycle>
        <imsmd:version>
          <imsmd:langstring xml:lang="x-none">${t(course.version)}</imsmd:langstring>
        </imsmd:version>
      </imsmd:lifecycle>
    </imsmd:lom>
  </metadata>
  <organizations default="${ids.organization}">
    <organization identifier="${ids.organization}">
      <title>${t(orgTitle(course))}</title>
      <item identifier="${ids.item}" identifierref="${ids.resource}" isvisible="true">
        <title>${t(course.title)}</title>
        <adlcp:masteryscore>${Math.round(course.settings.passMark)}</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${ids.resource}" type="webcontent" adlcp:scormtype="sco" href="${t(encodeHref(launch))}">
${fileList(files, "      ")}
    </resource>
  </resources>
</manifest>
`;
}

/**
 * SCORM 2004 declares one objective only: the primary one, which carries the pass mark. Theme
 * objectives are created by the course at run time (`cmi.objectives.n`, with score and status),
 * which needs no manifest entry (RTE 4.2.17), and declaring them would change the pass mark an
 * LMS derives: Moodle 4.x stores every declared objective with its `minNormalizedMeasure`, 1.0
 * where absent, and launches with `cmi.scaled_passing_score` set to the last one
 * (mod/scorm/datamodels/scormlib.php, scorm_13lib.php), so four theme objectives without a
 * measure made the pass mark 100 %. With the primary objective alone, the standard's reading and
 * Moodle's agree: the pass mark is the course's.
 */
export function manifest2004({ course, files, launch }: ManifestInput): string {
  const ids = identifiersOf(course);
  const t = escapeXml;
  const measure = (course.settings.passMark / 100).toFixed(4).replace(/\.?0+$/, "") || "0";
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${ids.manifest}" version="${t(course.version)}"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd http://ltsc.ieee.org/xsd/LOM lom.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
    <lom xmlns="http://ltsc.ieee.org/xsd/LOM">
      <general>
        <title>
          <string language="${t(course.language)}">${t(course.title)}</string>
        </title>
        <language>${t(course.language)}</language>
        <description>
          <string language="${t(course.language)}">${t(description(course))}</string>
        </description>
      </general>
      <lifeCycle>
        <version>
          <string language="x-none">${t(course.version)}</string>
        </version>
      </lifeCycle>
    </lom>
  </metadata>
  <organizations default="${ids.organization}">
    <organization identifier="${ids.organization}">
      <title>${t(orgTitle(course))}</title>
      <item identifier="${ids.item}" identifierref="${ids.resource}" isvisible="true">
        <title>${t(course.title)}</title>
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="${ids.primaryObjective}" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${measure}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
          <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>
        </imsss:sequencing>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${ids.resource}" type="webcontent" adlcp:scormType="sco" href="${t(encodeHref(launch))}">
${fileList(files, "      ")}
    </resource>
  </resources>
</manifest>
`;
}

/** Schema files each package carries at its root (conventional; some LMS importers look for them). */
export const SCHEMA_FILES: Record<ScormVersion, { dir: string; files: readonly string[] }> = {
  scorm12: {
    dir: "scorm12",
    files: ["imscp_rootv1p1p2.xsd", "adlcp_rootv1p2.xsd", "imsmd_rootv1p2p1.xsd", "ims_xml.xsd"],
  },
  scorm2004: {
    dir: "scorm2004-4th",
    files: [
      "imscp_v1p1.xsd",
      "adlcp_v1p3.xsd",
      "adlseq_v1p3.xsd",
      "adlnav_v1p3.xsd",
      "imsss_v1p0.xsd",
      "imsss_v1p0auxresource.xsd",
      "imsss_v1p0control.xsd",
      "imsss_v1p0delivery.xsd",
      "imsss_v1p0limit.xsd",
      "imsss_v1p0objective.xsd",
      "imsss_v1p0random.xsd",
      "imsss_v1p0rollup.xsd",
      "imsss_v1p0seqrule.xsd",
      "imsss_v1p0util.xsd",
      "xml.xsd",
      "XMLSchema.dtd",
      "datatypes.dtd",
      "lom.xsd",
      "common/anyElement.xsd",
      "common/dataTypes.xsd",
      "common/elementNames.xsd",
      "common/elementTypes.xsd",
      "common/rootElement.xsd",
      "common/vocabTypes.xsd",
      "common/vocabValues.xsd",
      "extend/strict.xsd",
      "unique/strict.xsd",
      "vocab/strict.xsd",
    ],
  },
};
