/** Splits an export's header line into fields, with the same CSV rules the records are read by. */
import { parse } from "csv-parse/sync";

/**
 * The fields of one line, as csv-parse reads them with `delimiter` (quotes honoured, a quote inside
 * an unquoted field kept as text); undefined when a quote is opened and never closed.
 */
export function splitFields(line: string, delimiter: string): string[] | undefined {
  if (line === "") return [""];
  try {
    const [fields] = parse(line, { delimiter, relax_quotes: true, relax_column_count: true });
    return fields ?? [""];
  } catch {
    return undefined;
  }
}

/** A column name compared loosely: case, surrounding spaces and a byte-order mark do not matter. */
export function columnKey(name: string): string {
  return name
    .replace(/^\uFEFF/, "")
    .trim()
    .toLowerCase()
    .replace(/\s+/g, " ");
}
