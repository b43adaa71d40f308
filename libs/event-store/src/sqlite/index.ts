export { SqliteEventStore } from './sqlite-event-store';
export type { SqliteEventStoreOptions } from './sqlite-event-store';
export { DuplicateEventIdError, EventStoreBusyError, EventStoreClosedError } from './errors';
export type { WriteStats } from './group-commit-writer';
export type { DurabilitySettings } from './connection';
