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
      ['EVENTSTORE_CONNECTION_STRING', 'LOAD_DEMO', 'PORT', 'PROJECTIONS_SQLITE_PATH', 'SQLITE_PATH'].sort(),
    );
  });
});
