import { existsSync } from 'node:fs';
import { EventStore, EventStoreDbEventStore, SqliteEventStore } from '@ciclo/event-store';
import { italianChainSummary } from '../../api/src/audit/italian-format';
import { readPlanChains, verifyPlanChains } from '../../api/src/audit/plan-chains';
import { CICLO_STREAM_CATEGORIES } from '../../api/src/infrastructure/event-store.module';

/** 0: every chain intact; 1: a chain is broken; 2: wrong usage, unknown plan, or the store could not be read. */
export const EXIT_INTACT = 0;
export const EXIT_BROKEN = 1;
export const EXIT_UNUSABLE = 2;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface Output {
  write(text: string): unknown;
}

/**
 * `npm run audit:verify -- <planId>`: recomputes the hash chains behind the plan (its stream, its
 * reminders, the ente's delibere) straight from the store and prints an Italian report.
 */
export async function auditVerify(store: EventStore, planId: string, output: Output): Promise<number> {
  const chains = await readPlanChains(store, planId);
  if (!chains) {
    output.write(`Piano ${planId} non trovato nell'event store.\n`);
    return EXIT_UNUSABLE;
  }
  const verification = verifyPlanChains(chains);
  output.write(`Verifica della storia del piano ${planId}${chains.enteCode ? ` (ente ${chains.enteCode})` : ''}\n`);
  for (const chain of verification.chains) {
    output.write(`${italianChainSummary(chain)}\n`);
    const broken = chain.firstBrokenLink;
    if (broken) {
      output.write(`  evento ${broken.eventId}: hash registrato ${broken.storedHash ?? 'assente'}, hash atteso ${broken.expectedHash}\n`);
    }
  }
  output.write(
    verification.intact
      ? 'Esito: tutte le catene sono integre.\n'
      : 'Esito: la storia del piano risulta ALTERATA dopo la registrazione.\n',
  );
  return verification.intact ? EXIT_INTACT : EXIT_BROKEN;
}

/** The store the API would open with the same environment; undefined when the SQLite file does not exist. */
export function openConfiguredStore(env: NodeJS.ProcessEnv): EventStore | undefined {
  const connectionString = env.EVENTSTORE_CONNECTION_STRING;
  if (connectionString) return EventStoreDbEventStore.connect({ connectionString, categories: CICLO_STREAM_CATEGORIES });
  const path = env.SQLITE_PATH || './data/ciclo.sqlite';
  // opening would create an empty store: a mistyped path must not look like an unknown plan
  return existsSync(path) ? SqliteEventStore.open({ path }) : undefined;
}

async function main(args: string[]): Promise<number> {
  const [planId, ...rest] = args;
  if (!planId || rest.length > 0 || !UUID.test(planId)) {
    process.stderr.write('Uso: npm run audit:verify -- <planId>   (planId: lo UUID del piano)\n');
    return EXIT_UNUSABLE;
  }
  const store = openConfiguredStore(process.env);
  if (!store) {
    process.stderr.write(`Nessun event store in ${process.env.SQLITE_PATH || './data/ciclo.sqlite'} (impostare SQLITE_PATH).\n`);
    return EXIT_UNUSABLE;
  }
  try {
    return await auditVerify(store, planId, process.stdout);
  } finally {
    await store.close();
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      process.stderr.write(`Verifica non eseguita: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = EXIT_UNUSABLE;
    },
  );
}
