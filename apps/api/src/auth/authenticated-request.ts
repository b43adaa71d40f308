import type { Request } from 'express';
import { Principal } from '@ciclo/domain';

/** A request the AuthenticationGuard let through: it knows who is asking. */
export interface AuthenticatedRequest extends Request {
  principal?: Principal;
}
