import { DELIBERA_28, DELIBERA_75, type LevateScenario } from '../testing/levate-scenario';
import { projectLevateScenario } from '../testing/projected-scenario';
import { openTempDatabases, type TempDatabases } from '../testing/temp-databases';
import { HistoryReadModel } from './history-read-model';

describe('HistoryReadModel (plan_history projection)', () => {
  let temp: TempDatabases;
  let scenario: LevateScenario;
  let history: HistoryReadModel;
  const at = (step: string) => {
    const entry = history.list(scenario.planId).find((e) => e.position === scenario.positions[step]);
    if (!entry) throw new Error(`no history entry for ${step}`);
    return entry;
  };

  beforeAll(async () => {
    temp = openTempDatabases();
    [scenario] = await projectLevateScenario(temp, [{}, { planId: 'levate-2025', year: 2025 }]);
    history = new HistoryReadModel(temp.db);
  });
  afterAll(() => temp.dispose());

  it('has one entry per plan event of the plan, in position order', () => {
    const entries = history.list(scenario.planId);
    const planSteps = Object.entries(scenario.positions).filter(([step]) => step !== 'deliberaRegistered');
    expect(entries.map((e) => e.position)).toEqual(planSteps.map(([, position]) => position));
    expect(entries.map((e) => e.revision)).toEqual(planSteps.map((_, i) => i));
    expect(history.list('no-such-plan')).toEqual([]);
  });

  it('says who did it, through which command, when and in which correlation', () => {
    const revised = at('pccRevised');
    expect(revised).toMatchObject({
      eventType: 'ObjectiveRevised',
      actor: { id: 'person-roberto-togni', role: 'responsabile' },
      commandType: 'ReviseObjective',
      correlationId: 'corr-points',
      recordedAt: '2024-02-01T10:00:00.000Z',
      centroId: 'c-ag',
      objectiveId: 'o-pcc',
    });
    expect(revised.commandId).toEqual(expect.any(String));
    expect(at('pdsRevised').correlationId).toBe('corr-points');
    expect(at('pdsRevised').commandType).toBeUndefined();
  });

  it('records before -> after of the fields the event changed, and only those', () => {
    expect(at('pccRevised').changes).toEqual([{ field: 'points', before: 30, after: 35 }]);
    expect(at('pdsRevised').changes).toEqual([
      { field: 'points', before: 55, after: 50 },
      { field: 'deadline', after: '2024-10-31' },
    ]);
    expect(at('agSubmitted').changes).toEqual([{ field: 'status', before: 'draft', after: 'submitted' }]);
    expect(at('proposed').changes).toEqual([{ field: 'status', before: 'drafting', after: 'proposed' }]);
  });

  it('records a drafted objective as undefined -> its new fields', () => {
    const drafted = at('pccDrafted').changes;
    expect(drafted.every((change) => change.before === undefined)).toBe(true);
    expect(drafted).toEqual(
      expect.arrayContaining([
        { field: 'title', after: 'Tempestività dei pagamenti' },
        { field: 'points', after: 30 },
        { field: 'status', after: 'active' },
      ]),
    );
  });

  it('names the delibera of the event, else the one in force when it happened', () => {
    expect(at('proposed').delibera).toBeUndefined();
    expect(at('approved').delibera).toEqual(DELIBERA_28);
    expect(at('monitoring').delibera).toEqual(DELIBERA_28);
    expect(at('trasparenzaRevised').delibera).toEqual(DELIBERA_28);
    expect(at('variationApproved').delibera).toEqual(DELIBERA_75);
    expect(at('pccConsuntivo').delibera).toEqual(DELIBERA_75);
  });

  it('marks the changes made inside an open variation', () => {
    expect(at('monitoring').variationId).toBeUndefined();
    expect(at('variationOpened').variationId).toBe('v-1');
    expect(at('trasparenzaRevised')).toMatchObject({
      variationId: 'v-1',
      changes: [{ field: 'title', before: 'Trasparenza', after: 'Trasparenza e PNRR' }],
    });
    expect(at('variationApproved').variationId).toBe('v-1');
    expect(at('consuntivoStarted').variationId).toBeUndefined();
  });

  it('filters by centro and by objective', () => {
    const finance = history.list(scenario.planId, { centroId: 'c-fin' });
    expect(finance.map((e) => e.eventType)).toEqual(['CentroAdded', 'ObjectiveDrafted', 'CentroSubmitted', 'ConsuntivoValidated']);

    const pcc = history.list(scenario.planId, { objectiveId: 'o-pcc' });
    expect(pcc.map((e) => e.eventType)).toEqual([
      'ObjectiveDrafted',
      'ObjectiveRevised',
      'MonitoringRecorded',
      'ConsuntivoRecorded',
      'ConsuntivoValidated',
    ]);
    expect(history.list(scenario.planId, { centroId: 'c-ag', objectiveId: 'o-pcc' })).toEqual(pcc);
    expect(history.list(scenario.planId, { centroId: 'c-fin', objectiveId: 'o-pcc' })).toEqual([]);
  });

  it("shows the Nucleo's adjustment in the history of each objective it validated", () => {
    const validated = history.list(scenario.planId, { objectiveId: 'o-pcc' }).pop();
    expect(validated?.actor.role).toBe('nucleo');
    expect(validated?.changes).toEqual(
      expect.arrayContaining([
        { field: 'status', before: 'consuntivo', after: 'consuntivo_validated' },
        { field: 'objectives.o-pcc.validated', after: { achievementPct: 90, adjustmentReason: 'ritardi a dicembre' } },
        { field: 'objectives.o-pcc.pointsAwarded', after: 31.5 },
      ]),
    );
  });

  it('keeps the plans apart', () => {
    const other = history.list('levate-2025');
    expect(other).toHaveLength(history.list(scenario.planId).length);
    expect(other.every((e) => !history.list(scenario.planId).some((mine) => mine.position === e.position))).toBe(true);
  });
});
