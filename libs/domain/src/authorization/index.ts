export * from './principal';
export * from './command-policy';
export * from './read-policy';
export * from './authorize-command';
export * from './authorize-grant';
