import { DynamicModule } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { IncomingMessage } from 'node:http';
import { LoggerModule } from 'nestjs-pino';

/**
 * Structured JSON logs (pino) at LOG_LEVEL, for the API and the worker: one line per HTTP request
 * (pino-http; the health probes of orchestrators are left out, they come every few seconds) and
 * every Nest log line, once main.ts hands Nest the pino Logger.
 */
export function jsonLoggerModule(): DynamicModule {
  return LoggerModule.forRootAsync({
    inject: [ConfigService],
    useFactory: (config: ConfigService) => ({
      pinoHttp: {
        level: config.getOrThrow<string>('LOG_LEVEL'),
        autoLogging: { ignore: (req: IncomingMessage) => requestPath(req).startsWith('/api/health') },
        // method, url and status are what a request line needs; headers (and a calendar feed's URL) may carry credentials
        serializers: {
          req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: withoutToken(req.url) }),
          res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
        },
      },
    }),
  });
}

/**
 * The path as the client sent it: Fastify runs this middleware through @fastify/middie, which
 * shortens `url` to the part after the middleware's mount path and keeps the whole in `originalUrl`.
 */
function requestPath(req: IncomingMessage & { originalUrl?: string }): string {
  return req.originalUrl ?? req.url ?? '';
}

function withoutToken(url: string): string {
  return url.replace(/([?&]access_token=)[^&]*/g, '$1[hidden]');
}
