import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { parse } from 'yaml';
import { environmentVariableNames, validateEnvironment } from '../apps/api/src/config/environment';

const ROOT = join(__dirname, '..');
const compose = parse(readFileSync(join(ROOT, 'docker', 'docker-compose.yml'), 'utf8')) as {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
};
const dockerfile = readFileSync(join(ROOT, 'docker', 'Dockerfile'), 'utf8');
const packageScripts = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>;

interface Service {
  image?: string;
  build?: { context: string; dockerfile: string; target: string };
  environment?: Record<string, string> | string[];
  healthcheck?: { test: string[] | string };
  depends_on?: Record<string, { condition: string }> | string[];
  volumes?: string[];
}

/** A service's environment as name -> value, with `${NAME:-default}` as compose would resolve it when unset. */
function environmentOf(service: Service): Record<string, string> {
  const entries = Array.isArray(service.environment)
    ? service.environment.map((line) => line.split(/=(.*)/s).slice(0, 2) as [string, string])
    : Object.entries(service.environment ?? {});
  return Object.fromEntries(
    entries.map(([name, value]) => [name, String(value).replace(/\$\{[A-Z_]+:-([^}]*)\}/g, '$1')]),
  );
}

/** The CMD of a Dockerfile stage, as the words of its exec form. */
function commandOfStage(stage: string): string[] {
  const body = dockerfile.split(/^FROM /m).find((part) => part.split('\n')[0].trim().endsWith(` AS ${stage}`));
  const cmd = body?.match(/^CMD (\[.*\])$/m)?.[1];
  if (!cmd) throw new Error(`No CMD in stage ${stage} of docker/Dockerfile`);
  return JSON.parse(cmd);
}

describe('docker/docker-compose.yml', () => {
  const { api, worker } = compose.services;

  it('gives the api every environment variable the API reads (from the Environment class)', () => {
    const names = environmentVariableNames();
    expect(names).toContain('EVENTSTORE_CONNECTION_STRING');
    const missing = names.filter((name) => !(name in environmentOf(api)));
    expect(missing).toEqual([]);
  });

  it("gives the api an environment the API's own validation accepts, on EventStoreDB", () => {
    const environment = validateEnvironment(environmentOf(api));
    expect(environment.EVENTSTORE_CONNECTION_STRING).toMatch(/^esdb:\/\/eventstore:2113/);
    expect(environmentOf(worker).EVENTSTORE_CONNECTION_STRING).toBe(environment.EVENTSTORE_CONNECTION_STRING);
    expect(environmentOf(worker).REDIS_URL).toBe(environmentOf(api).REDIS_URL);
  });

  it("keeps the api's SQLite files on a named volume, so read models survive a restart", () => {
    const mounts = (api.volumes ?? []).map((volume) => volume.split(':'));
    const { SQLITE_PATH, PROJECTIONS_SQLITE_PATH } = environmentOf(api);
    for (const path of [SQLITE_PATH, PROJECTIONS_SQLITE_PATH]) {
      const mount = mounts.find(([, target]) => posix.dirname(path) === target);
      expect(mount).toBeDefined();
      expect(compose.volumes).toHaveProperty(mount![0]);
    }
  });

  it('has a health check on every service', () => {
    for (const [name, service] of Object.entries(compose.services)) {
      expect({ name, test: service.healthcheck?.test }).toEqual({ name, test: expect.anything() });
    }
  });

  it('starts the api and the worker only once EventStoreDB and Redis are healthy', () => {
    for (const service of [api, worker]) {
      expect(service.depends_on).toEqual({
        eventstore: { condition: 'service_healthy' },
        redis: { condition: 'service_healthy' },
      });
    }
  });

  it('builds the api and the worker from docker/Dockerfile, running what npm start and npm run start:worker run', () => {
    expect(api.build).toMatchObject({ context: '..', dockerfile: 'docker/Dockerfile', target: 'api' });
    expect(worker.build).toMatchObject({ context: '..', dockerfile: 'docker/Dockerfile', target: 'worker' });
    expect(commandOfStage('api').join(' ')).toBe(packageScripts.start);
    expect(commandOfStage('worker').join(' ')).toBe(packageScripts['start:worker']);
  });
});
