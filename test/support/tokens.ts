import { JwtService } from '@nestjs/jwt';
import type { CicloClaims } from '../../apps/api/src/auth/token-claims';
import { TEST_JWT_SECRET } from './api-harness';

const jwt = new JwtService();

/** A bearer token as an identity provider of the comune would issue it (HS256 with the test API's secret). */
export function tokenFor(
  claims: CicloClaims | Record<string, unknown>,
  options: { secret?: string; expiresIn?: number | `${number}${'s' | 'm' | 'h'}` } = {},
): string {
  return jwt.sign({ ...claims }, { algorithm: 'HS256', secret: options.secret ?? TEST_JWT_SECRET, expiresIn: options.expiresIn ?? '1h' });
}

export function bearer(claims: CicloClaims | Record<string, unknown>, options?: Parameters<typeof tokenFor>[1]): Record<string, string> {
  return { authorization: `Bearer ${tokenFor(claims, options)}` };
}
