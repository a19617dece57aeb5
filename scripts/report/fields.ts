/** Splits one line of a delimited export into fields, honouring double quotes as Moodle and spreadsheets write them. */

/** The fields of one line; undefined when a quote is opened and never closed. */
export function splitFields(line: string, delimiter: string): string[] | undefined {
  // Most lines of a large export have no quotes: the fast path keeps the report streaming quickly.
  if (!line.includes('"')) return line.split(delimiter);
  const out: string[] = [];
  let field = "";
  let quoted = false;
  let i = 0;
  while (i < line.length) {
    const c = line[i];
    if (quoted) {
      if (c === '"') {
        if (line[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += c;
    } else if (c === '"' && field === "") quoted = true;
    else if (c === delimiter) {
      out.push(field);
      field = "";
    } else field += c;
    i++;
  }
  if (quoted) return undefined;
  out.push(field);
  return out;
}

/** A column name compared loosely: case, surrounding spaces and a byte-order mark do not matter. */
export function columnKey(name: string): string {
  return name
    .replace(/^\uFEFF/, "")
    .trim()
    .toLowerCase()
    .replace(/\s+/g, " ");
}
