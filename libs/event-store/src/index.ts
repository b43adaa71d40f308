export * from './port';
export * from './sqlite';
export * from './eventstoredb';
export * from './integrity';
