import { environmentVariableNames, validateEnvironment } from './environment';

describe('EVENTSTORE_CONNECTION_STRING', () => {
  it('is unset by default, and empty means unset: the embedded SQLite store', () => {
    expect(validateEnvironment({}).EVENTSTORE_CONNECTION_STRING).toBeUndefined();
    expect(validateEnvironment({ EVENTSTORE_CONNECTION_STRING: '' }).EVENTSTORE_CONNECTION_STRING).toBeUndefined();
  });

  it('takes an esdb:// or esdb+discover:// connection string', () => {
    for (const value of ['esdb://eventstore:2113?tls=false', 'esdb+discover://admin:changeit@cluster.local:2113']) {
      expect(validateEnvironment({ EVENTSTORE_CONNECTION_STRING: value }).EVENTSTORE_CONNECTION_STRING).toBe(value);
    }
  });

  it('stops the start on anything else, naming the variable', () => {
    expect(() => validateEnvironment({ EVENTSTORE_CONNECTION_STRING: 'eventstore:2113' })).toThrow(
      /EVENTSTORE_CONNECTION_STRING=.*must be an esdb:\/\/ or esdb\+discover:\/\/ connection string/,
    );
  });
});

describe('environmentVariableNames', () => {
  it('lists every variable the API validates, read from the Environment class itself', () => {
    expect(environmentVariableNames().sort()).toEqual(
      [
        'EVENTSTORE_CONNECTION_STRING',
        'HEALTH_MAX_PROJECTION_LAG',
        'LOAD_DEMO',
        'LOG_LEVEL',
        'PORT',
        'PROJECTIONS_SQLITE_PATH',
        'PROJECTIONS_THREAD',
        'SQLITE_PATH',
        'SMVP_RULES_PATH',
      ].sort(),
    );
  });
});

describe('LOG_LEVEL and HEALTH_MAX_PROJECTION_LAG', () => {
  it('default to info and 1000 events', () => {
    expect(validateEnvironment({})).toMatchObject({ LOG_LEVEL: 'info', HEALTH_MAX_PROJECTION_LAG: 1000 });
    expect(validateEnvironment({ LOG_LEVEL: 'debug', HEALTH_MAX_PROJECTION_LAG: '50' })).toMatchObject({
      LOG_LEVEL: 'debug',
      HEALTH_MAX_PROJECTION_LAG: 50,
    });
  });

  it('stop the start on an unknown level or a lag that is not a whole number, naming each variable', () => {
    expect(() => validateEnvironment({ LOG_LEVEL: 'verbose', HEALTH_MAX_PROJECTION_LAG: 'lots' })).toThrow(
      /LOG_LEVEL="verbose": LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent\n {2}HEALTH_MAX_PROJECTION_LAG="lots": .*integer/,
    );
  });
});

describe('SMVP_RULES_PATH', () => {
  it('defaults to the rules file the product ships, also when set empty', () => {
    expect(validateEnvironment({}).SMVP_RULES_PATH).toBe('config/smvp-rules.json');
    expect(validateEnvironment({ SMVP_RULES_PATH: '' }).SMVP_RULES_PATH).toBe('config/smvp-rules.json');
    expect(validateEnvironment({ SMVP_RULES_PATH: '/etc/ciclo/smvp.json' }).SMVP_RULES_PATH).toBe('/etc/ciclo/smvp.json');
  });
});
