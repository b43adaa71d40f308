import { PlanCommand } from '../commands/plan-commands';
import { RuleViolationError } from '../errors/domain-errors';
import { PlanEvent } from '../events/plan-events';
import { given } from '../testing/given-when-then';
import {
  consuntivoValidatedEvents,
  DELIBERA_28,
  openVariationEvents,
  PLAN_ID,
  planCommand,
  proposedPlanEvents,
  relazioneApprovedEvents,
  VARIATION_ID,
} from '../testing/plan-fixtures';
import { Delibera } from '../values/delibera';

type Step = [string, () => PlanEvent[], (delibera: Delibera) => PlanCommand, (delibera: Delibera) => PlanEvent];

/** The three steps the Giunta takes by delibera share the rules on the act itself. */
const stepsByDelibera: Step[] = [
  [
    'ApprovePlan',
    proposedPlanEvents,
    (delibera) => planCommand('ApprovePlan', { delibera }),
    (delibera) => ({ type: 'PlanApproved', data: { planId: PLAN_ID, delibera } }),
  ],
  [
    'ApproveVariation',
    openVariationEvents,
    (delibera) => planCommand('ApproveVariation', { variationId: VARIATION_ID, delibera }),
    (delibera) => ({ type: 'VariationApproved', data: { planId: PLAN_ID, variationId: VARIATION_ID, delibera } }),
  ],
  [
    'ApproveRelazione',
    consuntivoValidatedEvents,
    (delibera) => planCommand('ApproveRelazione', { delibera }),
    (delibera) => ({ type: 'RelazioneApproved', data: { planId: PLAN_ID, delibera } }),
  ],
];

const now = { now: '2025-07-01T10:00:00.000Z' };
const giunta = (numero: number, data: string): Delibera => ({ organo: 'giunta', numero, data });

describe.each(stepsByDelibera)('delibera rules of %s', (_type, history, commandWith, eventWith) => {
  it('accepts a delibera dated today', () => {
    const delibera = giunta(70, '2025-07-01');
    given(history()).when(commandWith(delibera), now).then([eventWith(delibera)]);
  });

  it.each([0, -3, 2.5])('refuses numero %s', (numero) => {
    const error = given(history()).when(commandWith(giunta(numero, '2025-06-30')), now).thenThrows(RuleViolationError, 'positive integer');
    expect(error.rule).toBe('delibera_numero_invalid');
  });

  it('refuses an organo other than giunta or consiglio', () => {
    const bySindaco = { organo: 'sindaco', numero: 4, data: '2025-06-30' } as unknown as Delibera;
    expect(given(history()).when(commandWith(bySindaco), now).thenThrows(RuleViolationError).rule).toBe('delibera_organo_invalid');
  });

  it.each(['2025-02-30', '30/06/2025', '2025-6-3'])('refuses the date "%s"', (data) => {
    const error = given(history()).when(commandWith(giunta(70, data)), now).thenThrows(RuleViolationError, 'YYYY-MM-DD');
    expect(error.rule).toBe('delibera_date_invalid');
  });

  it('refuses a delibera dated after the date part of now', () => {
    const error = given(history())
      .when(commandWith(giunta(70, '2025-07-02')), { now: '2025-07-01T23:59:59.999Z' })
      .thenThrows(RuleViolationError, '(2025-07-02) is after today (2025-07-01)');
    expect(error.rule).toBe('delibera_in_future');
  });
});

describe('a delibera already used inside the plan', () => {
  it('refuses a variation approved by the delibera that approved the plan', () => {
    const error = given(openVariationEvents())
      .when(planCommand('ApproveVariation', { variationId: VARIATION_ID, delibera: DELIBERA_28 }))
      .thenThrows(RuleViolationError, 'delibera giunta n. 28/2024 is already used');
    expect(error.rule).toBe('delibera_already_used');
  });

  it('recognises the same act by organo, numero and year even when the date is written differently', () => {
    const error = given(consuntivoValidatedEvents())
      .when(planCommand('ApproveRelazione', { delibera: giunta(28, '2024-12-01') }))
      .thenThrows(RuleViolationError, 'giunta n. 28/2024');
    expect(error.rule).toBe('delibera_already_used');
  });

  it('refuses to approve the Relazione again with the delibera of the refused one', () => {
    const refusedDelibera = giunta(61, '2025-05-27');
    const history: PlanEvent[] = [
      ...relazioneApprovedEvents(),
      { type: 'RelazioneRefused', data: { planId: PLAN_ID, reason: 'Manca la verifica PCC' } },
      ...consuntivoValidatedEvents().slice(-1),
    ];
    given(history).when(planCommand('ApproveRelazione', { delibera: refusedDelibera })).thenThrows(RuleViolationError, 'giunta n. 61/2025');
  });

  it('accepts the same numero of the other organo, or of another year', () => {
    const consiglio: Delibera = { organo: 'consiglio', numero: 28, data: '2024-11-30' };
    given(openVariationEvents())
      .when(planCommand('ApproveVariation', { variationId: VARIATION_ID, delibera: consiglio }))
      .then([{ type: 'VariationApproved', data: { planId: PLAN_ID, variationId: VARIATION_ID, delibera: consiglio } }]);
    const nextYear = giunta(28, '2025-04-10');
    given(consuntivoValidatedEvents())
      .when(planCommand('ApproveRelazione', { delibera: nextYear }))
      .then([{ type: 'RelazioneApproved', data: { planId: PLAN_ID, delibera: nextYear } }]);
  });
});
