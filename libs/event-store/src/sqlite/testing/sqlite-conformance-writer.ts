// Child process of the conformance crash test: appends to the SQLite file named by the environment until killed.
import { runConformanceWriterProcess } from '../../testing/conformance-writer';
import { WriterMode } from '../append-writer';
import { SqliteEventStore } from '../sqlite-event-store';

runConformanceWriterProcess(() => {
  const path = process.env.CICLO_CONFORMANCE_SQLITE_PATH;
  if (!path) throw new Error('CICLO_CONFORMANCE_SQLITE_PATH is not set');
  return SqliteEventStore.open({ path, writer: process.env.CICLO_CONFORMANCE_SQLITE_WRITER as WriterMode | undefined });
});
