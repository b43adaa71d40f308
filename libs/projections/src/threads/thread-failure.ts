/** How a thread tells its parent that it failed: an Error cannot cross postMessage with its stack intact. */
export interface ThreadFailure {
  kind: 'failed';
  message: string;
  stack?: string;
}

export function threadFailure(error: unknown): ThreadFailure {
  const cause = error instanceof Error ? error : new Error(String(error));
  return { kind: 'failed', message: cause.message, stack: cause.stack };
}

/** The thread's error on the parent's side, with the thread's stack. */
export function errorOfThread(failure: ThreadFailure): Error {
  return Object.assign(new Error(failure.message), { stack: failure.stack });
}
