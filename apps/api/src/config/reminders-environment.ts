import { plainToInstance, Transform } from 'class-transformer';
import { IsInt, IsNumber, IsOptional, IsString, Matches, Max, Min, MinLength, validateSync } from 'class-validator';

const toInteger = (fallback: number) =>
  Transform(({ value }) => (value === undefined || value === '' ? fallback : /^\d+$/.test(String(value)) ? Number(value) : value));

/**
 * The variables of deadlines and reminders, read by the API and the worker alike (the worker
 * starts with the same configuration as the API). The CICLO_CLOCK_* ones are for tests only.
 */
export class RemindersEnvironment {
  /** Redis of the reminder queues (BullMQ) */
  @IsString()
  @Matches(/^rediss?:\/\/\S+$/, { message: '$property must be a redis:// or rediss:// URL' })
  REDIS_URL: string = 'redis://127.0.0.1:6379';

  /** prefix of the BullMQ keys, so that several deployments can share one Redis */
  @IsString()
  @Matches(/^[A-Za-z0-9_.-]{1,40}$/, { message: '$property must be 1-40 letters, digits, _ . or -' })
  REDIS_PREFIX: string = 'ciclo';

  /** the deadline rules and reminder policy (JSON), relative to the working directory */
  @IsString()
  @MinLength(1)
  DEADLINE_RULES_PATH: string = 'config/deadline-rules.json';

  /** base of the links in the e-mails */
  @IsString()
  @Matches(/^https?:\/\/\S+$/, { message: '$property must be an http:// or https:// URL' })
  PUBLIC_URL: string = 'http://localhost:3000';

  /** the worker's own file (its copy of the calendar, its checkpoint); default SQLITE_PATH with .sqlite -> .reminders.sqlite */
  @IsOptional()
  @IsString()
  @MinLength(1)
  REMINDERS_SQLITE_PATH?: string;

  /** e.g. smtp://user:password@smtp.comune.example:587; unset: reminders go to the in-app inbox only */
  @IsOptional()
  @IsString()
  @Matches(/^smtps?:\/\/\S+$/, { message: '$property must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  @IsString()
  @MinLength(3)
  SMTP_FROM: string = 'Ciclo <ciclo@localhost>';

  /** deliveries of one reminder before it ends in ReminderFailed */
  @IsInt()
  @Min(1)
  @Max(50)
  @toInteger(5)
  REMINDER_ATTEMPTS: number = 5;

  /** first retry after this, doubling each time */
  @IsInt()
  @Min(10)
  @toInteger(60_000)
  REMINDER_BACKOFF_MS: number = 60_000;

  /** how long a delivery holds its job; a worker killed mid-delivery frees it after this */
  @IsInt()
  @Min(500)
  @toInteger(30_000)
  REMINDER_LOCK_MS: number = 30_000;

  @IsInt()
  @Min(200)
  @toInteger(30_000)
  REMINDER_STALLED_INTERVAL_MS: number = 30_000;

  /** TESTS ONLY: the calendar instant at CICLO_CLOCK_REAL_START (ms since epoch); time then runs CICLO_CLOCK_SPEED times faster */
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z$/, { message: '$property must be an ISO timestamp in UTC' })
  CICLO_CLOCK_START?: string;

  @IsOptional()
  @IsInt()
  @toInteger(0)
  CICLO_CLOCK_REAL_START?: number;

  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(1)
  @Transform(({ value }) => (value === undefined || value === '' ? 1 : Number(value)))
  CICLO_CLOCK_SPEED: number = 1;
}

export function validateRemindersEnvironment(raw: Record<string, unknown>): RemindersEnvironment {
  const environment = plainToInstance(RemindersEnvironment, raw, { exposeDefaultValues: true });
  const errors = validateSync(environment, { skipMissingProperties: false });
  if (errors.length > 0) {
    const lines = errors.map(
      (e) => `  ${e.property}=${JSON.stringify(raw[e.property])}: ${Object.values(e.constraints ?? {}).join('; ')}`,
    );
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return environment;
}
