/**
 * Time values in the formats each SCORM version insists on: session time and latency as
 * durations, interaction times as clock times. Pure functions; every input gives a valid string.
 */

const CENTISECONDS = { hour: 360_000, minute: 6_000, second: 100 } as const;

/** CMITimespan has at most four hour digits: 9999:59:59.99 is the longest it can say. */
const SCORM12_TIMESPAN_MAX = 9999 * CENTISECONDS.hour + 59 * CENTISECONDS.minute + 5999;

interface Parts {
  hours: number;
  minutes: number;
  seconds: number;
  hundredths: number;
}

/**
 * Rounds to hundredths first and splits afterwards, so 59.995 s becomes 1 minute rather than
 * "59.100" or "60.00" seconds. Negative, NaN and infinite input count as zero.
 */
function partsOf(ms: number, maxCentiseconds = Number.POSITIVE_INFINITY): Parts {
  const total = Number.isFinite(ms) && ms > 0 ? Math.min(Math.round(ms / 10), maxCentiseconds) : 0;
  return {
    hours: Math.floor(total / CENTISECONDS.hour),
    minutes: Math.floor((total % CENTISECONDS.hour) / CENTISECONDS.minute),
    seconds: Math.floor((total % CENTISECONDS.minute) / CENTISECONDS.second),
    hundredths: total % CENTISECONDS.second,
  };
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

/** SCORM 1.2 CMITimespan, `HH:MM:SS.SS` with 2–4 hour digits; clamped at 9999:59:59.99. */
export function scorm12Timespan(ms: number): string {
  const p = partsOf(ms, SCORM12_TIMESPAN_MAX);
  return `${pad(p.hours)}:${pad(p.minutes)}:${pad(p.seconds)}.${pad(p.hundredths)}`;
}

/** SCORM 2004 timeinterval (ISO 8601 duration), e.g. `PT1H2M3.45S`; `PT0S` for nothing. */
export function iso8601Duration(ms: number): string {
  const p = partsOf(ms);
  const fraction = p.hundredths === 0 ? "" : `.${pad(p.hundredths).replace(/0$/, "")}`;
  const text =
    (p.hours > 0 ? `${p.hours}H` : "") +
    (p.minutes > 0 ? `${p.minutes}M` : "") +
    (p.seconds > 0 || fraction !== "" ? `${p.seconds}${fraction}S` : "");
  return `PT${text === "" ? "0S" : text}`;
}

/**
 * SCORM 1.2 CMITime, `HH:MM:SS`, the learner's local clock time; "" for an invalid date (the
 * caller leaves the element unwritten rather than invent a time).
 */
export function scorm12Time(date: Date): string {
  if (Number.isNaN(date.getTime())) return "";
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/**
 * SCORM 2004 time(second,10,0), `YYYY-MM-DDThh:mm:ss`, the learner's local clock time without a
 * zone designator; "" for an invalid date.
 */
export function iso8601Timestamp(date: Date): string {
  if (Number.isNaN(date.getTime())) return "";
  const day = `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `${day}T${scorm12Time(date)}`;
}
