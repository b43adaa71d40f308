import { EVENT_SCHEMA_VERSIONS } from './event-catalog';
import { createEventDecoder, decodeEvent } from './upcasters';

describe('event upcasting', () => {
  const v1ObjectiveDrafted = {
    planId: 'plan-levate-2024',
    centroId: 'centro-ag',
    objectiveId: 'obj-istruzione',
    title: 'Istruzione',
    points: 10,
    expectedPerformance: 'PDS approvato entro ottobre',
    indicators: [{ description: 'Delibera di Consiglio' }],
    referenceYears: [2024],
  };

  describe('a registry that upcasts ObjectiveDrafted v1 (no measures) to v2', () => {
    const currentVersions = { ...EVENT_SCHEMA_VERSIONS, ObjectiveDrafted: 2 };
    const decode = createEventDecoder({ ObjectiveDrafted: { 1: (data) => ({ ...data, measures: [] }) } }, currentVersions);

    it('reads a v1 event as v2', () => {
      expect(decode('ObjectiveDrafted', 1, v1ObjectiveDrafted)).toEqual({
        type: 'ObjectiveDrafted',
        data: { ...v1ObjectiveDrafted, measures: [] },
      });
    });

    it('leaves the stored data untouched', () => {
      decode('ObjectiveDrafted', 1, v1ObjectiveDrafted);
      expect(v1ObjectiveDrafted).not.toHaveProperty('measures');
    });

    it('passes a current event through as it is', () => {
      const v2 = { ...v1ObjectiveDrafted, measures: ['Misura 1.4.4'] };
      expect(decode('ObjectiveDrafted', 2, v2)).toEqual({ type: 'ObjectiveDrafted', data: v2 });
    });
  });

  it('applies the chain of upcasters in order', () => {
    const decode = createEventDecoder(
      {
        MonitoringRecorded: {
          1: (data) => ({ ...data, progressPct: data.progress }),
          2: ({ progress: _old, ...data }) => ({ ...data, notes: data.notes ?? '' }),
        },
      },
      { ...EVENT_SCHEMA_VERSIONS, MonitoringRecorded: 3 },
    );
    expect(decode('MonitoringRecorded', 1, { planId: 'p', progress: 40 })).toEqual({
      type: 'MonitoringRecorded',
      data: { planId: 'p', progressPct: 40, notes: '' },
    });
    expect(decode('MonitoringRecorded', 2, { planId: 'p', progressPct: 50, progress: 50, notes: 'ok' }).data).toEqual({
      planId: 'p',
      progressPct: 50,
      notes: 'ok',
    });
  });

  it('refuses a version the chain has no upcaster for', () => {
    const decode = createEventDecoder({}, { ...EVENT_SCHEMA_VERSIONS, PlanProposed: 2 });
    expect(() => decode('PlanProposed', 1, { planId: 'p' })).toThrow('no upcaster for event PlanProposed from v1 to v2');
  });

  it('refuses an unknown event type', () => {
    expect(() => decodeEvent('PlanDeleted', 1, {})).toThrow('unknown event type "PlanDeleted"');
  });

  it('refuses a version newer than the code knows', () => {
    expect(() => decodeEvent('PlanApproved', 2, {})).toThrow('PlanApproved v2 is newer than this code knows (v1)');
  });

  it('refuses a version that is not a positive integer', () => {
    expect(() => decodeEvent('PlanApproved', 0, {})).toThrow('invalid schema version 0');
  });

  it('refuses a registry with upcasters the catalog does not reach', () => {
    expect(() => createEventDecoder({ PlanApproved: { 1: (d) => d } })).toThrow('goes beyond the current version v1');
    expect(() => createEventDecoder({ PlanDeleted: { 1: (d) => d } })).toThrow('unknown event type "PlanDeleted"');
  });

  it('decodes every current event type with the production registry', () => {
    for (const [type, version] of Object.entries(EVENT_SCHEMA_VERSIONS)) {
      expect(decodeEvent(type, version, { planId: 'p' })).toEqual({ type, data: { planId: 'p' } });
    }
  });
});
