import type { ProjectionDatabase } from '../sqlite/projection-database';

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Copies every projection table of the scratch files into the projection file, then runs
 * `finish` (checkpoints), all in ONE transaction: either the whole rebuild becomes visible with
 * its checkpoints or nothing does. The tables are copied share after share, in the order of
 * `scratchPaths`: each share holds a range of the plans in key order (see shareOfPlans), so rows
 * keyed by plan are appended, never inserted in between. The secondary indexes are dropped first
 * and built once at the end, which is far cheaper than row by row.
 */
export function mergeReplays(db: ProjectionDatabase, scratchPaths: readonly string[], finish: () => void): void {
  const aliases = scratchPaths.map((_, i) => `replay_${i}`);
  // ATTACH is refused inside a transaction
  scratchPaths.forEach((path, i) => db.connection.prepare(`ATTACH DATABASE ? AS ${aliases[i]}`).run(path));
  try {
    withRollbackJournal(db, () =>
      db.transaction(() => {
        const tables = db.connection
          .prepare(
            `SELECT name FROM ${aliases[0]}.sqlite_master
             WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'projection_checkpoints'`,
          )
          .pluck()
          .all() as string[];
        const indexes = secondaryIndexes(db, tables);
        for (const index of indexes) db.connection.exec(`DROP INDEX main.${quoted(index.name)}`);
        for (const table of tables) copyTable(db, table, aliases);
        for (const index of indexes) db.connection.exec(index.sql);
        finish();
      }),
    );
  } finally {
    for (const alias of aliases) db.connection.exec(`DETACH DATABASE ${alias}`);
  }
}

function secondaryIndexes(db: ProjectionDatabase, tables: string[]): { name: string; sql: string }[] {
  if (tables.length === 0) return [];
  return db.connection
    .prepare(
      `SELECT name, sql FROM main.sqlite_master
       WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${tables.map(() => '?').join(', ')})`,
    )
    .all(...tables) as { name: string; sql: string }[];
}

function copyTable(db: ProjectionDatabase, table: string, aliases: string[]): void {
  const columns = tableColumns(db, 'main', table);
  if (columns.length === 0) throw new Error(`The replay wrote table ${table}, which the projection file does not have`);
  const list = columns.map((c) => quoted(c.name)).join(', ');
  for (const alias of aliases) {
    // `SELECT *` between tables of the same definition lets SQLite copy the first share's records
    // into the empty table as they are, without decoding them (its transfer optimization)
    const same = JSON.stringify(tableColumns(db, alias, table)) === JSON.stringify(columns);
    db.connection.exec(
      same
        ? `INSERT INTO main.${quoted(table)} SELECT * FROM ${alias}.${quoted(table)}`
        : `INSERT INTO main.${quoted(table)} (${list}) SELECT ${list} FROM ${alias}.${quoted(table)}`,
    );
  }
}

function tableColumns(db: ProjectionDatabase, schema: string, table: string): { name: string }[] {
  return db.connection.prepare(`PRAGMA ${schema}.table_info(${quoted(table)})`).all() as { name: string }[];
}

/**
 * In WAL mode every merged page is written twice: to the WAL, then to the file. Alone on the file
 * (the rebuild CLI runs with the API stopped), a rollback journal writes them once, since pages
 * added to the file need no journal; the commit is just as atomic and durable. With another
 * connection open the mode cannot change and the merge goes through the WAL.
 */
function withRollbackJournal<T>(db: ProjectionDatabase, work: () => T): T {
  const connection = db.connection;
  const timeout = connection.pragma('busy_timeout', { simple: true }) as number;
  let switched = false;
  connection.pragma('busy_timeout = 0');
  try {
    switched = connection.pragma('main.journal_mode = DELETE', { simple: true }) === 'delete';
  } catch (error) {
    if ((error as { code?: string }).code !== 'SQLITE_BUSY') throw error;
  } finally {
    connection.pragma(`busy_timeout = ${timeout}`);
  }
  try {
    return work();
  } finally {
    if (switched) connection.pragma('main.journal_mode = WAL');
  }
}
