export { describeEventStoreConformance } from './event-store-conformance';
export type { ConformanceContext, EventStoreFactory, EventStoreFixture, WriterProcessCommand } from './event-store-fixture';
export { runConformanceWriter, runConformanceWriterProcess } from './conformance-writer';
export type { AcknowledgedAppend } from './conformance-writer';
export { tsNodeWriterCommand } from './writer-process';
export { appendedPart, freshStreamName, sampleEvent, sampleEvents } from './sample-events';
