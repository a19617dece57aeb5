/** Where an author wrote an item, so a warning about it can name file:line. */
/** Text as a regular expression that matches it literally. */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The 1-based line where an item's id is written (`id: <id>`); for a decision of a walked case,
 * whose id is `<case id>-<scene id>`, the scene's `id:` line after the case's; else its module
 * file's first line.
 */
export function locateItem(
  id: string,
  modules: { file: string; text: string }[],
): { file: string; line: number } {
  const idLine = (x: string) => new RegExp(`^\\s*-?\\s*id:\\s*["']?${escapeRegExp(x)}["']?\\s*$`);
  for (const m of modules) {
    const lines = m.text.split("\n");
    const i = lines.findIndex((t) => idLine(id).test(t));
    if (i >= 0) return { file: m.file, line: i + 1 };
    for (let cut = id.indexOf("-"); cut > 0; cut = id.indexOf("-", cut + 1)) {
      const block = lines.findIndex((t) => idLine(id.slice(0, cut)).test(t));
      if (block < 0) continue;
      const scene = lines.findIndex((t, n) => n > block && idLine(id.slice(cut + 1)).test(t));
      if (scene >= 0) return { file: m.file, line: scene + 1 };
    }
  }
  return { file: modules[0]?.file ?? "course.yaml", line: 1 };
}
