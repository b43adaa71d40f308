import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { Principal } from '@ciclo/domain';
import { AuthenticationFailure } from './authentication-failure';
import { principalFromDevHeaders } from './dev-headers';
import { SigningKeys } from './signing-keys';
import { principalFromClaims } from './token-claims';

export const AUTH_SETTINGS = Symbol('AUTH_SETTINGS');

export interface AuthSettings {
  keys: SigningKeys;
  issuer?: string;
  audience?: string;
  allowDevHeaders: boolean;
}

type Headers = Record<string, string | string[] | undefined>;

/** Who sent a request: a verified bearer token, or (development only) the X-Actor / X-Role headers. */
@Injectable()
export class Authenticator {
  constructor(
    private readonly jwt: JwtService,
    @Inject(AUTH_SETTINGS) private readonly settings: AuthSettings,
  ) {}

  async authenticate(headers: Headers): Promise<Principal> {
    const authorization = typeof headers.authorization === 'string' ? headers.authorization : undefined;
    if (authorization !== undefined) return this.fromToken(authorization);
    if (this.settings.allowDevHeaders) {
      const principal = principalFromDevHeaders(headers);
      if (principal) return principal;
      throw new AuthenticationFailure('Send a bearer token (Authorization: Bearer <jwt>) or the X-Actor and X-Role headers');
    }
    throw new AuthenticationFailure('Send a bearer token: Authorization: Bearer <jwt>');
  }

  private async fromToken(authorization: string): Promise<Principal> {
    const match = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)$/.exec(authorization.trim());
    if (!match || authorization.length > 8192) throw new AuthenticationFailure('The Authorization header must be "Bearer <jwt>"');
    const payload = await this.verify(match[1]);
    const principal = principalFromClaims(payload);
    if (typeof principal === 'string') throw new AuthenticationFailure(principal);
    return principal;
  }

  private async verify(token: string): Promise<Record<string, unknown>> {
    const { keys, issuer, audience } = this.settings;
    const algorithm = (this.jwt.decode(token, { complete: true }) as { header?: { alg?: string } } | null)?.header?.alg;
    const common = { issuer, audience };
    try {
      if (algorithm === 'HS256' && keys.secret) {
        return await this.jwt.verifyAsync(token, { ...common, secret: keys.secret, algorithms: ['HS256'] });
      }
      if (algorithm === 'RS256' && keys.publicKey) {
        return await this.jwt.verifyAsync(token, { ...common, publicKey: keys.publicKey, algorithms: ['RS256'] });
      }
    } catch (error) {
      throw new AuthenticationFailure(describeVerificationError(error));
    }
    const accepted = [keys.secret && 'HS256', keys.publicKey && 'RS256'].filter(Boolean).join(' or ');
    throw new AuthenticationFailure(`The token is signed with ${algorithm ?? 'no algorithm'}; this API accepts ${accepted}`);
  }
}

function describeVerificationError(error: unknown): string {
  const { name, message } = error as { name?: string; message?: string };
  if (name === 'TokenExpiredError') return 'The token has expired';
  if (name === 'NotBeforeError') return 'The token is not valid yet';
  if (message === 'invalid signature') return 'The token\'s signature is invalid';
  return `The token is invalid: ${message ?? 'unreadable'}`;
}
