import { ExpectedRevision } from './expected-revision';

/** The one error an adapter reports for an optimistic-concurrency conflict. */
export class WrongExpectedRevisionError extends Error {
  constructor(
    readonly streamName: string,
    readonly expected: ExpectedRevision,
    /** the stream's actual last revision, or 'no_stream' */
    readonly actual: number | 'no_stream',
  ) {
    super(`Stream ${streamName}: expected revision ${expected}, actual ${actual}`);
    this.name = 'WrongExpectedRevisionError';
  }
}

/** A stream name that breaks the `<category>-<id>` convention. */
export class InvalidStreamNameError extends Error {
  constructor(readonly streamName: string) {
    super(`Invalid stream name "${streamName}": expected <category>-<id> with no "-" in the category`);
    this.name = 'InvalidStreamNameError';
  }
}
