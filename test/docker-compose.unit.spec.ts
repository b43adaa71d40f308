import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { parse } from 'yaml';
import { AuthEnvironment } from '../apps/api/src/config/auth-environment';
import { Environment, environmentVariableNames, validateEnvironment } from '../apps/api/src/config/environment';
import { RemindersEnvironment, validateRemindersEnvironment } from '../apps/api/src/config/reminders-environment';

/**
 * What the API and the worker read (both start from the same configuration classes), except the
 * CICLO_CLOCK_* variables, which only tests set.
 */
const READ_BY_THE_APPS = [Environment, RemindersEnvironment, AuthEnvironment]
  .flatMap((environmentClass) => environmentVariableNames(environmentClass))
  .filter((name) => !name.startsWith('CICLO_CLOCK_'));

const ROOT = join(__dirname, '..');
// merge: the services share their environment through a YAML anchor and `<<:`, as compose reads it
const compose = parse(readFileSync(join(ROOT, 'docker', 'docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
};
const dockerfile = readFileSync(join(ROOT, 'docker', 'Dockerfile'), 'utf8');
const packageScripts = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>;

interface Service {
  image?: string;
  build?: { context: string; dockerfile: string; target: string };
  environment?: Record<string, string | null> | string[];
  healthcheck?: { test: string[] | string };
  depends_on?: Record<string, { condition: string }> | string[];
  volumes?: string[];
}

/**
 * A service's environment as name -> value, with `${NAME:-default}` as compose resolves it when NAME
 * is unset; a variable named without a value (taken from the caller's environment) is undefined.
 */
function environmentOf(service: Service): Record<string, string | undefined> {
  const entries = Array.isArray(service.environment)
    ? service.environment.map((line) => line.split(/=(.*)/s).slice(0, 2) as [string, string | undefined])
    : Object.entries(service.environment ?? {});
  return Object.fromEntries(
    entries.map(([name, value]) => [name, value == null ? undefined : String(value).replace(/\$\{[A-Z_]+:-([^}]*)\}/g, '$1')]),
  );
}

/** The variables compose actually sets when the caller's environment sets nothing. */
function setVariables(service: Service): Record<string, string> {
  return Object.fromEntries(Object.entries(environmentOf(service)).filter(([, value]) => value !== undefined)) as Record<string, string>;
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

  it('names, for the api and the worker, every environment variable the apps read (from their configuration classes)', () => {
    expect(READ_BY_THE_APPS).toEqual(expect.arrayContaining(['EVENTSTORE_CONNECTION_STRING', 'SQLITE_PATH', 'REDIS_URL']));
    for (const [name, service] of Object.entries({ api, worker })) {
      const missing = READ_BY_THE_APPS.filter((variable) => !(variable in environmentOf(service)));
      expect({ service: name, missing }).toEqual({ service: name, missing: [] });
    }
  });

  it("sets values the apps' own validation accepts: EventStoreDB, and the Redis service", () => {
    for (const service of [api, worker]) {
      const environment = validateEnvironment(setVariables(service));
      const reminders = validateRemindersEnvironment(setVariables(service));
      expect(environment.EVENTSTORE_CONNECTION_STRING).toBe('esdb://eventstore:2113?tls=false');
      expect(reminders.REDIS_URL).toBe('redis://redis:6379');
    }
  });

  it('keeps the SQLite files of the api and of the worker on a named volume of their own', () => {
    const sources = [api, worker].map((service) => {
      const mounts = (service.volumes ?? []).map((volume) => volume.split(':'));
      const { SQLITE_PATH, PROJECTIONS_SQLITE_PATH, REMINDERS_SQLITE_PATH } = setVariables(service);
      const [source] = [SQLITE_PATH, PROJECTIONS_SQLITE_PATH, REMINDERS_SQLITE_PATH].map((path) => {
        const mount = mounts.find(([, target]) => posix.dirname(path) === target);
        expect({ path, mounted: mount !== undefined }).toEqual({ path, mounted: true });
        expect(compose.volumes).toHaveProperty(mount![0]);
        return mount![0];
      });
      return source;
    });
    expect(new Set(sources).size).toBe(2); // one writer per SQLite file
  });

  it('puts into the image the deadline rules file the apps are told to read (a path relative to /app)', () => {
    const path = setVariables(api).DEADLINE_RULES_PATH;
    expect(existsSync(join(ROOT, path))).toBe(true);
    const [folder] = path.split('/');
    expect(dockerfile).toMatch(new RegExp(`^COPY ${folder} \\./${folder}$`, 'm'));
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
    // the worker's health check looks for its entry file among the container's main process arguments
    expect(String(worker.healthcheck?.test)).toContain(commandOfStage('worker')[1]);
  });
});
