import { FastifyAdapter } from '@nestjs/platform-fastify';

/** The largest request body the API reads (a whole plan document fits many times over). */
export const BODY_LIMIT_BYTES = 1024 * 1024;

/**
 * The HTTP server of the API, for main.ts and the tests alike: Fastify, which spends about half
 * the CPU per request that Express did (measured with the HTTP benchmark). `/api/plans/` is the
 * same route as `/api/plans`, as it was under Express.
 */
export function createHttpAdapter(): FastifyAdapter {
  return new FastifyAdapter({ bodyLimit: BODY_LIMIT_BYTES, routerOptions: { ignoreTrailingSlash: true } });
}
