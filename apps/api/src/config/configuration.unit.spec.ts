import { validateConfiguration } from './configuration';

describe('the configuration of the API and the worker', () => {
  it('gives each variable its validated value and default, and nothing else of the environment', () => {
    const config = validateConfiguration({ LOAD_DEMO: 'false', PORT: '3001', REMINDER_ATTEMPTS: '3', HOME: '/root' });
    expect(config).toMatchObject({
      LOAD_DEMO: false,
      PORT: 3001,
      REMINDER_ATTEMPTS: 3,
      REDIS_URL: 'redis://127.0.0.1:6379',
      DEADLINE_RULES_PATH: 'config/deadline-rules.json',
      CICLO_CLOCK_SPEED: 1,
    });
    expect(config).not.toHaveProperty('HOME');
  });

  it('names every wrong variable of both parts in one message', () => {
    expect(() => validateConfiguration({ PORT: 'x', REDIS_URL: 'localhost:6379', SMTP_URL: 'mail.example' })).toThrow(
      /Invalid configuration:\n {2}PORT="x": .*\n {2}REDIS_URL="localhost:6379": .*redis:\/\/.*\n {2}SMTP_URL="mail.example": .*smtp:\/\//,
    );
  });
});
