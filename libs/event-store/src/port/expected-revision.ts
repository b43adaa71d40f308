/**
 * What the writer believes the stream's last revision is. Revisions count from 0 (the first
 * event of a stream), as in EventStoreDB.
 * - 'no_stream': the stream must not exist yet
 * - 'any': no check
 * - a number: the revision of the stream's last event
 */
export type ExpectedRevision = 'any' | 'no_stream' | number;
