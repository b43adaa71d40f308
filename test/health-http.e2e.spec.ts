import { EVENT_STORE, type EventStore } from '@ciclo/event-store';
import { ProjectionFollower } from '@ciclo/projections';
import { randomUUID } from 'node:crypto';
import { startApi, type ApiHarness } from './support/api-harness';
import { freePort } from './support/api-process';

/** The terminus health routes over real HTTP, with Redis down (nothing listens on its port). */
describe('health over HTTP', () => {
  let api: ApiHarness;
  const previous = { REDIS_URL: process.env.REDIS_URL, HEALTH_MAX_PROJECTION_LAG: process.env.HEALTH_MAX_PROJECTION_LAG };

  beforeAll(async () => {
    process.env.REDIS_URL = `redis://127.0.0.1:${await freePort()}`;
    process.env.HEALTH_MAX_PROJECTION_LAG = '0';
    api = await startApi({ loadDemo: true });
  }, 60_000);
  afterAll(async () => {
    await api?.close();
    for (const [name, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  it('is live as long as the process answers', async () => {
    const live = await api.call('GET', '/api/health/live');
    expect(live.status).toBe(200);
    expect(live.body).toMatchObject({ status: 'ok', details: { process: { status: 'up' } } });
  });

  it('is ready with Redis down once the read models caught up with the store; /api/health says degraded', async () => {
    const head = await api.app.get<EventStore>(EVENT_STORE).headPosition();
    await api.app.get(ProjectionFollower).waitFor(head);
    const ready = await api.call('GET', '/api/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toMatchObject({
      status: 'ok',
      details: { eventStore: { status: 'up', headPosition: head }, projections: { status: 'up', position: head, lag: 0 } },
    });
    expect(ready.body.details).not.toHaveProperty('redis');
    const health = await api.call('GET', '/api/health');
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({ status: 'degraded', projections: { status: 'up', lag: 0 }, redis: { status: 'down' } });
  });

  it('is not ready (503) while the read models are more events behind than HEALTH_MAX_PROJECTION_LAG', async () => {
    const store = api.app.get<EventStore>(EVENT_STORE);
    await api.app.get(ProjectionFollower).stop();
    const [sample] = await store.readAll({ after: 0, limit: 1 });
    const { id: _id, type, schemaVersion, data, metadata } = sample;
    await store.append(`lagtest-${randomUUID()}`, [{ id: randomUUID(), type, schemaVersion, data, metadata }], 'no_stream');

    const ready = await api.call('GET', '/api/health/ready');
    expect(ready.status).toBe(503);
    expect(ready.body).toMatchObject({ status: 'error', error: { projections: { status: 'down', lag: 1, maxLag: 0 } } });
    const health = await api.call('GET', '/api/health');
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({ status: 'degraded', projections: { status: 'down', lag: 1 } });
  });

  it('is described in the OpenAPI document', async () => {
    const paths = Object.keys((await api.call('GET', '/api/docs-json')).body.paths);
    expect(paths).toEqual(expect.arrayContaining(['/api/health', '/api/health/live', '/api/health/ready']));
  });
});
