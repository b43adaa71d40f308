import type { FastifyRequest } from 'fastify';
import { Principal } from '@ciclo/domain';

/** A request the AuthenticationGuard let through: it knows who is asking. */
export interface AuthenticatedRequest
  extends FastifyRequest<{ Params: Record<string, string | undefined>; Querystring: Record<string, unknown> }> {
  principal?: Principal;
}
