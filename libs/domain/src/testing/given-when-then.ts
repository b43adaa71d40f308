import { AssertionError, deepStrictEqual } from 'node:assert/strict';
import { DecisionContext, PlanCommand } from '../commands/plan-commands';
import { decidePlan } from '../decide/decide-plan';
import { PlanEvent } from '../events/plan-events';
import { EventContext, evolvePlan } from '../plan/evolve-plan';
import { Plan } from '../plan/plan-state';

/*
 * Given these past events, when this command, then exactly these new events (or this error).
 * Failures are node AssertionErrors rather than jest expectations: the domain index exports
 * this file, and the production build compiles without jest's types.
 */

/** Who and when for every given event; tests of recordedAt-dependent state can pass their own to foldPlan. */
export const GIVEN_EVENT_CONTEXT: EventContext = { recordedAt: '2024-01-15T09:00:00.000Z', actorId: 'segretario-levate' };

/** After every date the fixtures use, so that no delibera or verbale is "in the future" by default. */
export const DEFAULT_DECISION_CONTEXT: DecisionContext = { now: '2025-07-01T09:00:00.000Z' };

export function foldPlan(events: PlanEvent[], context: EventContext = GIVEN_EVENT_CONTEXT): Plan | undefined {
  return events.reduce<Plan | undefined>((state, event) => evolvePlan(state, event, context), undefined);
}

type ErrorClass<E extends Error> = new (...args: never[]) => E;

type Outcome = { events: PlanEvent[] } | { error: unknown };

/** Synchronous: do not `await` it (its `then` would be taken for a promise's). */
export interface WhenStep {
  /** Asserts the exact events (compared as stored, i.e. as JSON) and returns them. */
  then(expected: PlanEvent[]): PlanEvent[];
  /** Asserts the error's class and, when given, that its message matches; returns the error. */
  thenThrows<E extends Error>(errorClass: ErrorClass<E>, messagePattern?: RegExp | string): E;
}

export interface GivenStep {
  readonly state: Plan | undefined;
  when(command: PlanCommand, context?: DecisionContext): WhenStep;
}

export function given(events: PlanEvent[]): GivenStep {
  const state = foldPlan(events);
  return {
    state,
    when: (command, context = DEFAULT_DECISION_CONTEXT) => whenStep(command, run(command, state, context)),
  };
}

function run(command: PlanCommand, state: Plan | undefined, context: DecisionContext): Outcome {
  try {
    return { events: decidePlan(command, state, context) };
  } catch (error) {
    return { error };
  }
}

function whenStep(command: PlanCommand, outcome: Outcome): WhenStep {
  return {
    then(expected) {
      if ('error' in outcome) {
        throw new AssertionError({ message: `${command.type} was expected to succeed but threw ${describeError(outcome.error)}` });
      }
      deepStrictEqual(asStored(outcome.events), asStored(expected), `${command.type} produced other events than expected`);
      return outcome.events;
    },

    thenThrows(errorClass, messagePattern) {
      if (!('error' in outcome)) {
        throw new AssertionError({
          message: `${command.type} was expected to throw ${errorClass.name} but produced ${JSON.stringify(outcome.events)}`,
        });
      }
      const { error } = outcome;
      if (!(error instanceof errorClass)) {
        throw new AssertionError({ message: `${command.type} threw ${describeError(error)} instead of ${errorClass.name}` });
      }
      if (messagePattern !== undefined && !matches(error.message, messagePattern)) {
        throw new AssertionError({
          message: `${command.type} threw ${errorClass.name} with message "${error.message}", which does not match ${String(messagePattern)}`,
        });
      }
      return error;
    },
  };
}

function matches(message: string, pattern: RegExp | string): boolean {
  return typeof pattern === 'string' ? message.includes(pattern) : pattern.test(message);
}

function asStored(events: PlanEvent[]): unknown {
  return JSON.parse(JSON.stringify(events));
}

function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
