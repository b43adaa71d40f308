import { Environment, validateEnvironment } from './environment';
import { RemindersEnvironment, validateRemindersEnvironment } from './reminders-environment';

export type Configuration = Environment & RemindersEnvironment;

/**
 * The whole configuration of the API and the worker, for ConfigModule.forRoot({ validate }): every
 * wrong variable of either part is named in one message.
 */
export function validateConfiguration(raw: Record<string, unknown>): Configuration {
  const problems: string[] = [];
  const attempt = <T>(validate: (raw: Record<string, unknown>) => T): T | undefined => {
    try {
      return validate(raw);
    } catch (error) {
      problems.push(...(error as Error).message.split('\n').slice(1));
      return undefined;
    }
  };
  const api = attempt(validateEnvironment);
  const reminders = attempt(validateRemindersEnvironment);
  if (!api || !reminders) throw new Error(`Invalid configuration:\n${problems.join('\n')}`);
  return Object.assign(api, reminders);
}
