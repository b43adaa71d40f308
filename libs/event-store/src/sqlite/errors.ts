/** An event id is already stored in another stream (or twice in one append): ids are unique store-wide. */
export class DuplicateEventIdError extends Error {
  constructor(
    readonly eventId: string,
    readonly streamName: string,
  ) {
    super(`Event id ${eventId} is already stored (append to ${streamName} refused)`);
    this.name = 'DuplicateEventIdError';
  }
}

/** Another connection held the write lock for longer than the busy timeout: nothing was written. */
export class EventStoreBusyError extends Error {
  constructor(
    readonly busyTimeoutMs: number,
    cause: unknown,
  ) {
    super(`The event store file stayed locked by another writer for more than ${busyTimeoutMs} ms; nothing was written`, {
      cause,
    });
    this.name = 'EventStoreBusyError';
  }
}

export class EventStoreClosedError extends Error {
  constructor() {
    super('The event store is closed');
    this.name = 'EventStoreClosedError';
  }
}

export function isSqliteBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code === 'SQLITE_BUSY' || code.startsWith('SQLITE_BUSY_'));
}

export function isUniqueEventIdViolation(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return code === 'SQLITE_CONSTRAINT_UNIQUE' && typeof message === 'string' && message.includes('events.event_id');
}
