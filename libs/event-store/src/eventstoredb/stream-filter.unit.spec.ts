import { StreamFilter } from './stream-filter';

describe('the $all filter', () => {
  const ciclo = new StreamFilter(['plan', 'delibere']);

  it("keeps Ciclo's categories and nothing else", () => {
    expect(ciclo.includes('plan-2f1c', 'PlanApproved')).toBe(true);
    expect(ciclo.includes('delibere-levate', 'DeliberaRegistered')).toBe(true);
    expect(ciclo.includes('planning-1', 'PlanApproved')).toBe(false);
    expect(ciclo.includes('orders-1', 'OrderPlaced')).toBe(false);
    expect(ciclo.includes('plan', 'PlanApproved')).toBe(false);
  });

  it("never keeps EventStoreDB's own streams and events", () => {
    for (const [stream, type] of [
      ['$$plan-1', '$metadata'],
      ['$ce-plan', '$>'],
      ['$stats-127.0.0.1:2113', '$statsCollected'],
      ['$scavenges', '$scavengeStarted'],
      ['plan-1', '$>'],
    ]) {
      expect(ciclo.includes(stream, type)).toBe(false);
      expect(new StreamFilter().includes(stream, type)).toBe(false);
    }
    expect(new StreamFilter().includes('orders-1', 'OrderPlaced')).toBe(true);
  });

  it('subscribes with the same decision on the server: the category prefixes, or no system event types', () => {
    expect(ciclo.subscriptionFilter()).toMatchObject({ filterOn: 'streamName', prefixes: ['plan-', 'delibere-'] });
    const systemless = new StreamFilter().subscriptionFilter() as { filterOn: string; regex: string };
    expect(systemless.filterOn).toBe('eventType');
    expect(new RegExp(systemless.regex).test('$metadata')).toBe(false);
    expect(new RegExp(systemless.regex).test('PlanApproved')).toBe(true);
  });

  it('refuses categories that would not make exact prefixes', () => {
    expect(() => new StreamFilter([])).toThrow(RangeError);
    expect(() => new StreamFilter(['plan-x'])).toThrow(/Category "plan-x"/);
    expect(() => new StreamFilter([''])).toThrow(RangeError);
    expect(() => new StreamFilter(['$ce'])).toThrow(RangeError);
  });
});
