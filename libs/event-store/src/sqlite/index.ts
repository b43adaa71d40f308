export { SqliteEventStore } from './sqlite-event-store';
export type { SqliteEventStoreOptions } from './sqlite-event-store';
export { DuplicateEventIdError, EventStoreBusyError, EventStoreClosedError } from './errors';
export type { WriteStats } from './write-stats';
export type { WriterMode } from './append-writer';
export type { DurabilitySettings } from './connection';
