import { CommandDeciders } from './command-deciders';
import { assertDeliberaUsable, assertNucleoDocumentDated, assertRelazioneDeliberaByGiunta } from './delibera-rules';
import { requireText } from './text-rules';

/** The Relazione sulla Performance: approved by the Giunta, then validated or refused by the Nucleo. */
export const relazioneDeciders: CommandDeciders<'ApproveRelazione' | 'ValidateRelazione' | 'RefuseRelazione'> = {
  ApproveRelazione: ({ planId, data }, plan, { now }) => {
    assertDeliberaUsable(plan, data.delibera, now);
    assertRelazioneDeliberaByGiunta(data.delibera);
    return [{ type: 'RelazioneApproved', data: { planId, delibera: data.delibera } }];
  },

  ValidateRelazione: ({ planId, data }, _plan, { now }) => {
    assertNucleoDocumentDated(data.documento, now, 'the validation document of the Nucleo');
    return [{ type: 'RelazioneValidated', data: { planId, documento: data.documento } }];
  },

  RefuseRelazione: ({ planId, data }, _plan) => {
    requireText(data.reason, 'the reason of a refusal', 'refusal_reason_required');
    return [{ type: 'RelazioneRefused', data: { planId, reason: data.reason } }];
  },
};
