import { RuleViolationError } from '../errors/domain-errors';
import { DeliberaRegistryEvent } from '../events/delibera-registry-events';
import { Delibera } from '../values/delibera';
import { deliberaKeyId, deliberaKeyOf, describeDelibera } from './delibera-identity';
import { DeliberaRegistryState } from './delibera-registry-state';

export interface DeliberaRegistration {
  enteCode: string;
  delibera: Delibera;
  planId: string;
  commandId: string;
  /** what the plan step uses it for, e.g. "approval of the plan" */
  purpose: string;
}

export type DeliberaRelease = Omit<DeliberaRegistration, 'purpose'>;

/** One delibera backs one plan step of the ente; a retried command finds its own registration. */
export function decideDeliberaRegistration(
  state: DeliberaRegistryState,
  { enteCode, delibera, planId, commandId, purpose }: DeliberaRegistration,
): DeliberaRegistryEvent[] {
  const key = deliberaKeyOf(delibera);
  const holder = state.held[deliberaKeyId(key)];
  if (holder?.commandId === commandId) return [];
  if (holder) {
    throw new RuleViolationError(
      `delibera ${describeDelibera(key)} is already used by plan ${holder.planId} (${holder.purpose})`,
      'delibera_already_used',
    );
  }
  return [{ type: 'DeliberaRegistered', data: { ...key, enteCode, data: delibera.data, planId, commandId, purpose } }];
}

/** Frees the delibera of a plan step that was refused after registering it. */
export function decideDeliberaRelease(
  state: DeliberaRegistryState,
  { enteCode, delibera, planId, commandId }: DeliberaRelease,
): DeliberaRegistryEvent[] {
  const key = deliberaKeyOf(delibera);
  if (state.held[deliberaKeyId(key)]?.commandId !== commandId) return [];
  return [{ type: 'DeliberaReleased', data: { ...key, enteCode, planId, commandId } }];
}
