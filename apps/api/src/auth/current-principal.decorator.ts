import { createParamDecorator, ExecutionContext, UnauthorizedException } from '@nestjs/common';
import { Principal } from '@ciclo/domain';
import { AuthenticatedRequest } from './authenticated-request';

/** The person the AuthenticationGuard recognised; routes that need one are never public. */
export const CurrentPrincipal = createParamDecorator((_: unknown, context: ExecutionContext): Principal => {
  return principalOf(context.switchToHttp().getRequest<AuthenticatedRequest>());
});

export function principalOf(request: AuthenticatedRequest): Principal {
  if (!request.principal) throw new UnauthorizedException('Send a bearer token: Authorization: Bearer <jwt>');
  return request.principal;
}
