export * from './errors';
export * from './event-store';
export * from './events';
export * from './expected-revision';
export * from './stream-name';
