import { AppendResult } from '../port';
import { AppendRequest } from './append-request';
import { DurabilitySettings } from './connection';
import { WriteStats } from './write-stats';

/** Where appends get written: on the calling thread ('inline') or in a worker thread ('thread'). */
export type WriterMode = 'thread' | 'inline';

export interface AppendWriter {
  /** resolves only after the COMMIT that carried this append */
  enqueue(request: AppendRequest): Promise<AppendResult>;
  readonly stats: WriteStats;
  /** the settings of the connection that writes, as verified when it was opened */
  durabilitySettings(): DurabilitySettings;
  /** writes what is already queued, then releases the write connection */
  close(): Promise<void>;
}

export interface WriterOptions {
  groupCommit: boolean;
  busyTimeoutMs: number;
  /** called after each batch that committed something (wakes the subscriptions) */
  onCommitted(): void;
}
