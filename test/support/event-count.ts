import Database from 'better-sqlite3';

/** How many events the store file holds, read by a separate connection: what a refusal must not change. */
export function eventCount(sqlitePath: string): number {
  const db = new Database(sqlitePath, { readonly: true });
  try {
    return (db.prepare('SELECT COUNT(*) AS n FROM events').get() as { n: number }).n;
  } finally {
    db.close();
  }
}
