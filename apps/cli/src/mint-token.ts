import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { JwtService } from '@nestjs/jwt';
import { Role, ROLES } from '@ciclo/domain';
import { resolveSigningKeys } from '../../api/src/auth/signing-keys';
import { CicloClaims, principalFromClaims } from '../../api/src/auth/token-claims';
import { DEMO_PEOPLE } from './demo-people';

const USAGE = `Uso: npm run token -- --demo <ruolo>
     npm run token -- --sub <id> --role <ruolo> --ente <codice>[,<codice>...] [--name "<nome>"] [--centri AG,AGSCS]
Opzioni comuni: --expires 8h (default 8h)   --private-key <file.pem> (firma RS256 invece di HS256)
Ruoli: ${ROLES.join(', ')}
Stampa il token sulla riga di uscita; firma HS256 con JWT_SECRET o, se non c'è, con il segreto generato
accanto all'archivio (SQLITE_PATH, default ./data/ciclo.sqlite), lo stesso che usa l'API.`;

/** `npm run token`: mints a bearer token for a person of the demo, or for any claims given. */
export function mintToken(argv: string[], env: NodeJS.ProcessEnv): string {
  const { values } = parseArgs({
    args: argv,
    options: {
      demo: { type: 'string' },
      sub: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      ente: { type: 'string' },
      centri: { type: 'string' },
      expires: { type: 'string', default: '8h' },
      'private-key': { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) throw new UsageError(USAGE);
  const claims = values.demo !== undefined ? demoClaims(values.demo) : givenClaims(values);
  const invalid = principalFromClaims({ ...claims });
  if (typeof invalid === 'string') throw new UsageError(`${invalid}\n\n${USAGE}`);

  const jwt = new JwtService();
  const expiresIn = values.expires as `${number}h`;
  if (values['private-key']) {
    return jwt.sign({ ...claims }, { algorithm: 'RS256', privateKey: readFileSync(values['private-key'], 'utf8'), expiresIn });
  }
  const keys = resolveSigningKeys({ JWT_SECRET: env.JWT_SECRET || undefined, SQLITE_PATH: env.SQLITE_PATH || './data/ciclo.sqlite' });
  if (!keys.secret) throw new UsageError('JWT_SECRET is not set: give --private-key to sign RS256 tokens');
  return jwt.sign({ ...claims }, { algorithm: 'HS256', secret: keys.secret, expiresIn });
}

function demoClaims(role: string): CicloClaims {
  if (!ROLES.includes(role as Role)) throw new UsageError(`--demo vuole un ruolo: ${ROLES.join(', ')}`);
  return DEMO_PEOPLE[role as Role];
}

function givenClaims(values: Record<string, string | boolean | undefined>): CicloClaims {
  const text = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
  const [sub, role, ente] = [text('sub'), text('role'), text('ente')];
  if (!sub || !role || !ente) throw new UsageError(`--sub, --role e --ente sono obbligatori\n\n${USAGE}`);
  const enti = ente.split(',').map((code) => code.trim());
  const centri = text('centri')?.split(',').map((code) => code.trim());
  return { sub, role: role as Role, ente: enti.length === 1 ? enti[0] : enti, ...(text('name') ? { name: text('name') } : {}), ...(centri ? { centri } : {}) };
}

export class UsageError extends Error {}

if (require.main === module) {
  try {
    process.stdout.write(`${mintToken(process.argv.slice(2), process.env)}\n`);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exitCode = 2;
  }
}
