import { CanActivate, ExecutionContext, HttpException, HttpStatus, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ThrottlerStorage } from '@nestjs/throttler';
import type { FastifyReply } from 'fastify';
import { AuthenticatedRequest } from './authenticated-request';
import { AuthenticationFailure } from './authentication-failure';
import { Authenticator } from './authenticator.service';
import { IS_PUBLIC, TOKEN_IN_QUERY } from './public.decorator';

export const AUTH_FAILURE_LIMITS = Symbol('AUTH_FAILURE_LIMITS');

export interface AuthFailureLimits {
  limit: number;
  windowMs: number;
}

/**
 * Every route but the public ones needs to know who asks: 401 otherwise. Failed attempts are counted
 * per address with @nestjs/throttler's storage; past the limit the address gets 429 until the window ends,
 * so that guessing tokens is slow.
 */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: Authenticator,
    @Inject(ThrottlerStorage) private readonly failures: ThrottlerStorage,
    @Inject(AUTH_FAILURE_LIMITS) private readonly limits: AuthFailureLimits,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    try {
      request.principal = await this.authenticator.authenticate(this.credentials(context, request));
      return true;
    } catch (error) {
      if (!(error instanceof AuthenticationFailure)) throw error;
      await this.countFailure(request.ip ?? 'unknown', context.switchToHttp().getResponse<FastifyReply>());
      context.switchToHttp().getResponse<FastifyReply>().header('WWW-Authenticate', 'Bearer realm="ciclo"');
      throw new UnauthorizedException({ error: 'Unauthorized', message: error.message });
    }
  }

  private credentials(context: ExecutionContext, request: AuthenticatedRequest): AuthenticatedRequest['headers'] {
    const queryToken = request.query?.access_token;
    const allowed = this.reflector.getAllAndOverride<boolean>(TOKEN_IN_QUERY, [context.getHandler(), context.getClass()]);
    if (!allowed || typeof queryToken !== 'string' || request.headers.authorization) return request.headers;
    return { ...request.headers, authorization: `Bearer ${queryToken}` };
  }

  private async countFailure(address: string, response: FastifyReply): Promise<void> {
    const { limit, windowMs } = this.limits;
    const record = await this.failures.increment(`auth-failures:${address}`, windowMs, limit, windowMs, 'auth-failures');
    if (!record.isBlocked) return;
    const seconds = Math.max(1, Math.ceil(record.timeToBlockExpire));
    response.header('Retry-After', String(seconds));
    throw new HttpException(
      {
        statusCode: HttpStatus.TOO_MANY_REQUESTS,
        error: 'Too Many Requests',
        message: `Too many failed authentications from this address; try again in ${seconds} s`,
      },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}
