import { getMetadataStorage } from 'class-validator';
import { AuthEnvironment, validateAuthEnvironment } from './auth-environment';
import { Environment, validateEnvironment } from './environment';
import { RemindersEnvironment, validateRemindersEnvironment } from './reminders-environment';

export type Configuration = Environment & RemindersEnvironment & AuthEnvironment;

/**
 * The whole configuration of the API and the worker, for ConfigModule.forRoot({ validate }): every
 * wrong variable of either part is named in one message. Each part contributes only the variables
 * it declares (a validated instance also carries every other variable of the environment, raw).
 */
export function validateConfiguration(raw: Record<string, unknown>): Configuration {
  const problems: string[] = [];
  const attempt = <T extends object>(validate: (raw: Record<string, unknown>) => T, declaring: new () => T): Partial<T> | undefined => {
    try {
      return declaredOnly(validate(raw), declaring);
    } catch (error) {
      problems.push(...(error as Error).message.split('\n').slice(1));
      return undefined;
    }
  };
  const api = attempt(validateEnvironment, Environment);
  const reminders = attempt(validateRemindersEnvironment, RemindersEnvironment);
  const auth = attempt(validateAuthEnvironment, AuthEnvironment);
  if (!api || !reminders || !auth) throw new Error(`Invalid configuration:\n${problems.join('\n')}`);
  return { ...api, ...reminders, ...auth } as Configuration;
}

function declaredOnly<T extends object>(validated: T, declaring: new () => T): Partial<T> {
  const names = new Set(
    getMetadataStorage()
      .getTargetValidationMetadatas(declaring, '', true, false)
      .map((metadata) => metadata.propertyName),
  );
  return Object.fromEntries(Object.entries(validated).filter(([name]) => names.has(name))) as Partial<T>;
}
