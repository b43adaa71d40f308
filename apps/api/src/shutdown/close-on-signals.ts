import type { INestApplicationContext, LoggerService } from '@nestjs/common';
import type { Server, ServerResponse } from 'node:http';

const SIGNALS: NodeJS.Signals[] = ['SIGTERM', 'SIGINT'];

/**
 * On SIGTERM or SIGINT: stop accepting connections and let the requests in flight finish (so every
 * command that is answered is stored), then close the app (Nest's shutdown hooks stop the
 * projections, the BullMQ workers and the store) and exit with 0; with 1 if that takes longer than
 * `timeoutMs` or fails. (Nest's enableShutdownHooks would re-raise the signal and end the process by it.)
 * Call it before the app listens.
 */
export function closeOnSignals(app: INestApplicationContext, logger: LoggerService, timeoutMs = 10_000): void {
  const server = httpServerOf(app);
  const draining = server ? drainOnClose(server) : undefined;
  let closing = false;
  const close = async (signal: NodeJS.Signals): Promise<void> => {
    if (closing) return;
    closing = true;
    logger.log(`${signal} received: finishing the requests in flight, then closing`, 'Shutdown');
    setTimeout(() => {
      logger.error(`not closed within ${timeoutMs} ms: exiting anyway`, undefined, 'Shutdown');
      process.exit(1);
    }, timeoutMs).unref();
    try {
      await draining?.();
      await app.close();
      logger.log('closed', 'Shutdown');
      process.exit(0);
    } catch (error) {
      logger.error(`closing failed: ${(error as Error).stack ?? error}`, undefined, 'Shutdown');
      process.exit(1);
    }
  };
  for (const signal of SIGNALS) process.on(signal, (received: NodeJS.Signals) => void close(received));
}

/**
 * server.close() alone refuses new connections but keeps serving new requests on open keep-alive
 * ones; so every answer from then on says `Connection: close`, and idle connections are dropped.
 */
function drainOnClose(server: Server): () => Promise<void> {
  const inFlight = new Set<ServerResponse>();
  let closing = false;
  server.on('request', (_req, res: ServerResponse) => {
    if (closing && !res.headersSent) res.setHeader('Connection', 'close');
    inFlight.add(res);
    res.once('close', () => inFlight.delete(res));
  });
  return () =>
    new Promise<void>((resolve) => {
      closing = true;
      for (const res of inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
      server.close(() => resolve());
      server.closeIdleConnections();
    });
}

function httpServerOf(app: INestApplicationContext): Server | undefined {
  const candidate = app as Partial<{ getHttpServer(): Server }>;
  return typeof candidate.getHttpServer === 'function' ? candidate.getHttpServer() : undefined;
}
