/**
 * Reads an author's text file, detecting files that are not UTF-8 (Notepad's "ANSI" and
 * "Unicode", Word's "Plain text" defaults), which would otherwise show learners "Caf� �" or
 * make the checker misread the whole file.
 */
import { readFileSync } from "node:fs";
import type { CourseProblem } from "../../loading/problems.js";

const SAVE_AS_UTF8 =
  'open it and save it again as UTF-8 (Notepad: File > Save as > Encoding "UTF-8"; Word: Plain Text, then "Unicode (UTF-8)")';

/** Why some bytes are not UTF-8 text, with the line to look at, or undefined when they are. */
export function encodingProblem(bytes: Uint8Array): { line: number; message: string } | undefined {
  const bom16 =
    (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  // UTF-16 text has a zero byte beside almost every letter; UTF-8 text never has one.
  if (bom16 || bytes.subarray(0, 200).includes(0)) {
    return {
      line: 1,
      message: `this file is saved as UTF-16 (called "Unicode" in Notepad), not UTF-8: ${SAVE_AS_UTF8}`,
    };
  }
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return undefined;
  } catch {
    const text = new TextDecoder("utf-8").decode(bytes);
    const at = text.indexOf("\uFFFD");
    const line = text.slice(0, at).split("\n").length;
    const before = text
      .slice(Math.max(0, at - 20), at)
      .split("\n")
      .pop()
      ?.trim();
    const where = before ? ` (just after "${before}")` : "";
    return {
      line,
      message: `this file is not saved as UTF-8: a character on this line${where} is in another encoding (Windows "ANSI" or Latin-1), so learners would see "�": ${SAVE_AS_UTF8}`,
    };
  }
}

/**
 * The file's text with a byte-order mark and Windows line endings removed, or undefined
 * (and a problem recorded) when it is not UTF-8.
 */
export function readAuthorText(
  path: string,
  file: string,
  problems: CourseProblem[],
): string | undefined {
  const bytes = readFileSync(path);
  const wrong = encodingProblem(bytes);
  if (wrong) {
    problems.push({ file, ...wrong });
    return undefined;
  }
  // Authors' editors may add a byte-order mark or Windows line endings; neither is content.
  return new TextDecoder("utf-8")
    .decode(bytes)
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n");
}
