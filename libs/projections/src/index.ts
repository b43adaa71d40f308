export * from './read-models/read-model-types';
