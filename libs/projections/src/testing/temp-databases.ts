import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@ciclo/event-store';
import { ProjectionDatabase } from '../sqlite/projection-database';

/** A real event file and a real projection file in a fresh temp folder. */
export interface TempDatabases {
  dir: string;
  store: SqliteEventStore;
  db: ProjectionDatabase;
  /** opens the projection file again, as a restarted process would */
  reopenProjections(): ProjectionDatabase;
  dispose(): Promise<void>;
}

export function openTempDatabases(): TempDatabases {
  const dir = mkdtempSync(join(tmpdir(), 'ciclo-projections-'));
  const projectionsPath = join(dir, 'ciclo.projections.sqlite');
  const opened: ProjectionDatabase[] = [];
  const openProjections = () => {
    const db = ProjectionDatabase.open(projectionsPath);
    opened.push(db);
    return db;
  };
  const temp: TempDatabases = {
    dir,
    store: SqliteEventStore.open({ path: join(dir, 'ciclo.sqlite'), pollIntervalMs: 20 }),
    db: openProjections(),
    reopenProjections: () => {
      temp.db.close();
      temp.db = openProjections();
      return temp.db;
    },
    dispose: async () => {
      await temp.store.close();
      opened.forEach((db) => db.close());
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return temp;
}
