import type { Projection } from '../processor/projection';

/**
 * How a replay thread creates the same projections as the processor that starts it: a module
 * `require` can load in the thread, the name of a factory it exports, and the factory's options
 * (copied to the thread, so plain data only).
 */
export interface ProjectionSetup {
  module: string;
  factory: string;
  options?: unknown;
}

export function createProjections(setup: ProjectionSetup): Projection[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const factory = (require(setup.module) as Record<string, unknown>)[setup.factory];
  if (typeof factory !== 'function') throw new Error(`${setup.module} exports no function ${setup.factory}`);
  return (factory as (options: unknown) => Projection[])(setup.options);
}
