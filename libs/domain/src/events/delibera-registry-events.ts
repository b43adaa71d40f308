import { Organo } from '../values/delibera';

/**
 * The ente's register of delibere (stream `delibere-<enteCode>`): a delibera (organo, numero,
 * year) may be used by one plan step only. Registered before the plan step is appended;
 * released when that step is then refused, so the number is free again.
 */
export interface DeliberaKey {
  organo: Organo;
  numero: number;
  year: number;
}

export type DeliberaRegistered = {
  type: 'DeliberaRegistered';
  data: DeliberaKey & { enteCode: string; data: string; planId: string; commandId: string; purpose: string };
};
export type DeliberaReleased = {
  type: 'DeliberaReleased';
  data: DeliberaKey & { enteCode: string; planId: string; commandId: string };
};

export type DeliberaRegistryEvent = DeliberaRegistered | DeliberaReleased;
export type DeliberaRegistryEventType = DeliberaRegistryEvent['type'];
