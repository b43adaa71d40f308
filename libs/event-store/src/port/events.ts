/** Metadata every stored event carries. */
export interface EventMetadata {
  actorId: string;
  actorRole: string;
  commandId: string;
  correlationId: string;
  causationId: string;
  /** ISO timestamp of the command's clock */
  recordedAt: string;
  [key: string]: unknown;
}

export interface EventToAppend {
  /** unique event id (uuid), derived from the command id so that a retried append is recognisable */
  id: string;
  type: string;
  schemaVersion: number;
  data: unknown;
  metadata: EventMetadata;
}

export interface StoredEvent extends EventToAppend {
  streamName: string;
  /** 0-based position of the event inside its stream */
  revision: number;
  /** global position: total order over all streams, starting at 1, never reused, never visible out of order */
  position: number;
  /**
   * The event's link in its stream's hash chain (sha256 hex, see integrity/event-hash.ts): filled
   * by the adapter inside the append, over the previous event's hash and this event's content.
   * Absent on events stored before the chain existed. Callers never set it; verifyStreamChain
   * checks it.
   */
  hash?: string;
}

export interface AppendResult {
  /** revision of the last appended event, i.e. the expected revision of the next append */
  nextExpectedRevision: number;
  /** global position of the last appended event */
  position: number;
}
