import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';

/** What verifies (and, for the demo's CLI, signs) the bearer tokens. */
export interface SigningKeys {
  /** HS256 */
  secret?: string;
  /** RS256, PEM */
  publicKey?: string;
  /** set when the secret was generated beside the store because no key was configured */
  generatedSecretFile?: string;
}

export interface KeySettings {
  JWT_SECRET?: string;
  JWT_PUBLIC_KEY?: string;
  SQLITE_PATH: string;
}

/**
 * The configured keys; with none, the secret in `jwt-secret` beside the SQLite store, generated the
 * first time. A demo thus works from a fresh clone, and tokens survive a restart.
 */
export function resolveSigningKeys(settings: KeySettings): SigningKeys {
  const publicKey = settings.JWT_PUBLIC_KEY ? readPem(settings.JWT_PUBLIC_KEY) : undefined;
  if (settings.JWT_SECRET || publicKey) return { secret: settings.JWT_SECRET, publicKey };
  const file = generatedSecretPath(settings.SQLITE_PATH);
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(48).toString('base64url'), { flag: 'wx', mode: 0o600 });
  }
  chmodSync(file, 0o600);
  return { secret: readFileSync(file, 'utf8').trim(), generatedSecretFile: file };
}

export function generatedSecretPath(sqlitePath: string): string {
  return join(dirname(resolve(sqlitePath)), 'jwt-secret');
}

function readPem(value: string): string {
  return value.includes('-----BEGIN') ? value.replace(/\\n/g, '\n') : readFileSync(value, 'utf8');
}
