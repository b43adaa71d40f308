import { Transform } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsString, Max, Min, MinLength } from 'class-validator';
import { validateVariables } from './environment';

const toInteger = (fallback: number) =>
  Transform(({ value }) => (value === undefined || value === '' ? fallback : /^\d+$/.test(String(value)) ? Number(value) : value));
const emptyIsUnset = Transform(({ value }) => (value === '' ? undefined : value));

/**
 * How the API authenticates people: bearer JWTs signed with JWT_SECRET (HS256) or verified with
 * JWT_PUBLIC_KEY (RS256). With neither, a secret is generated once beside the event store, so that a
 * demo runs out of the box (`npm run token` signs with the same one).
 */
export class AuthEnvironment {
  /** HS256 secret shared with whoever mints the tokens (at least 32 characters) */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: '$property must be at least 32 characters' })
  @emptyIsUnset
  JWT_SECRET?: string;

  /** RS256 public key: the PEM text, or the path of a PEM file */
  @IsOptional()
  @IsString()
  @MinLength(1)
  @emptyIsUnset
  JWT_PUBLIC_KEY?: string;

  /** when set, tokens must carry this `iss` */
  @IsOptional()
  @IsString()
  @emptyIsUnset
  JWT_ISSUER?: string;

  /** when set, tokens must carry this `aud` */
  @IsOptional()
  @IsString()
  @emptyIsUnset
  JWT_AUDIENCE?: string;

  /** DEVELOPMENT ONLY: accept X-Actor / X-Role / X-Ente / X-Centri headers instead of a token */
  @IsBoolean()
  @Transform(({ value }) => (value === undefined || value === '' ? false : value === true || value === 'true'))
  ALLOW_DEV_HEADERS: boolean = false;

  /** failed authentications from one address within the window before it gets 429 */
  @IsInt()
  @Min(1)
  @Max(100_000)
  @toInteger(10)
  AUTH_FAILURE_LIMIT: number = 10;

  @IsInt()
  @Min(1)
  @Max(86_400)
  @toInteger(60)
  AUTH_FAILURE_WINDOW_SECONDS: number = 60;
}

export function validateAuthEnvironment(raw: Record<string, unknown>): AuthEnvironment {
  return validateVariables(AuthEnvironment, raw);
}
