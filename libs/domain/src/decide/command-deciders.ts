import { DecisionContext, PlanCommand, PlanCommandType } from '../commands/plan-commands';
import { PlanEvent } from '../events/plan-events';
import { Plan } from '../plan/plan-state';

export type CommandOf<K extends PlanCommandType> = Extract<PlanCommand, { type: K }>;

/** Decides one command type against an existing plan whose status already allows the command. */
export type CommandDecider<K extends PlanCommandType> = (
  command: CommandOf<K>,
  plan: Plan,
  context: DecisionContext,
) => PlanEvent[];

export type CommandDeciders<K extends PlanCommandType> = { [T in K]: CommandDecider<T> };
