/** When the plan is wanted: up to a global position (inclusive), a date, or both. */
export interface AsOf {
  position?: number;
  /** 'YYYY-MM-DD' = up to the end of that day (UTC); an ISO timestamp = up to that instant (UTC when it has no offset) */
  date?: string;
}

const DAY_MS = 86_400_000;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?$/;
const HAS_ZONE = /(Z|[+-]\d{2}:\d{2})$/;

export class InvalidAsOfError extends Error {
  constructor(readonly asOf: string) {
    super(`Invalid asOf date "${asOf}": expected YYYY-MM-DD or an ISO timestamp`);
    this.name = 'InvalidAsOfError';
  }
}

/** A predicate on (position, recordedAt) telling whether an event had happened at `asOf`. */
export function asOfCutoff(asOf: AsOf): (position: number, recordedAt: string) => boolean {
  const maxPosition = asOf.position ?? Number.POSITIVE_INFINITY;
  let beforeMs = Number.POSITIVE_INFINITY;
  if (asOf.date !== undefined) {
    const dateOnly = DATE_ONLY.test(asOf.date);
    if (!dateOnly && !TIMESTAMP.test(asOf.date)) throw new InvalidAsOfError(asOf.date);
    const ms = Date.parse(dateOnly ? `${asOf.date}T00:00:00.000Z` : utc(asOf.date));
    if (Number.isNaN(ms)) throw new InvalidAsOfError(asOf.date);
    // strictly before the next day's midnight, or up to and including the instant given
    beforeMs = dateOnly ? ms + DAY_MS : ms + 1;
  }
  return (position, recordedAt) => position <= maxPosition && Date.parse(recordedAt) < beforeMs;
}

/** A timestamp without an offset is read as UTC, as the stored recordedAt are, whatever the server's zone. */
function utc(timestamp: string): string {
  return HAS_ZONE.test(timestamp) ? timestamp : `${timestamp}Z`;
}
