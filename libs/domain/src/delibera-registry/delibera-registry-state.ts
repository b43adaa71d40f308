import { DeliberaRegistryEvent } from '../events/delibera-registry-events';
import { deliberaKeyId } from './delibera-identity';

/** Who holds a delibera: the plan step (command) that cited it. */
export interface DeliberaHolder {
  planId: string;
  commandId: string;
  purpose: string;
  /** ISO date of the act */
  data: string;
}

export interface DeliberaRegistryState {
  /** by `organo/numero/year` */
  held: Readonly<Record<string, DeliberaHolder>>;
}

export function initialDeliberaRegistry(): DeliberaRegistryState {
  return { held: {} };
}

export function evolveDeliberaRegistry(state: DeliberaRegistryState, event: DeliberaRegistryEvent): DeliberaRegistryState {
  const id = deliberaKeyId(event.data);
  switch (event.type) {
    case 'DeliberaRegistered': {
      const { planId, commandId, purpose, data } = event.data;
      return { held: { ...state.held, [id]: { planId, commandId, purpose, data } } };
    }
    case 'DeliberaReleased': {
      // Only the command that holds a delibera frees it; a stale release leaves a newer holder alone.
      if (state.held[id]?.commandId !== event.data.commandId) return state;
      const { [id]: _released, ...held } = state.held;
      return { held };
    }
  }
}
