import { defaultProjectionsPath } from './default-projections-path';

describe('defaultProjectionsPath', () => {
  it('puts the read models beside the event file', () => {
    expect(defaultProjectionsPath('./data/ciclo.sqlite')).toBe('./data/ciclo.projections.sqlite');
    expect(defaultProjectionsPath('/var/lib/ciclo/levate.sqlite')).toBe('/var/lib/ciclo/levate.projections.sqlite');
  });

  it('only replaces the extension at the end', () => {
    expect(defaultProjectionsPath('/data.sqlite/events.sqlite')).toBe('/data.sqlite/events.projections.sqlite');
    expect(defaultProjectionsPath('/data/events.db')).toBe('/data/events.db.projections.sqlite');
  });
});
