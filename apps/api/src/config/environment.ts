import { plainToInstance, Transform } from 'class-transformer';
import {
  getMetadataStorage,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** "true" or "false"; unset or empty: `fallback` */
const BooleanVariable = (fallback: boolean) =>
  Transform(({ value }) => (value === undefined || value === '' ? fallback : value === true || value === 'true'));

/** Every environment variable the API reads, validated at start. */
export class Environment {
  @IsInt()
  @Min(0)
  @Max(65535)
  @Transform(({ value }) => (value === undefined || value === '' ? 3000 : Number(value)))
  PORT: number = 3000;

  @IsString()
  @MinLength(1)
  SQLITE_PATH: string = './data/ciclo.sqlite';

  /** default: SQLITE_PATH with .sqlite replaced by .projections.sqlite */
  @IsOptional()
  @IsString()
  @MinLength(1)
  PROJECTIONS_SQLITE_PATH?: string;

  /**
   * with the SQLite store, apply the projections in a worker thread of their own, so that their
   * batches never hold up HTTP requests (false: on the main thread)
   */
  @IsBoolean()
  @BooleanVariable(true)
  PROJECTIONS_THREAD: boolean = true;

  /** load the Levate 2024 demo plan when the event store is empty */
  @IsBoolean()
  @BooleanVariable(true)
  LOAD_DEMO: boolean = true;

  /** selects the EventStoreDB adapter, e.g. esdb://eventstore:2113?tls=false; unset or empty: the embedded SQLite store */
  @IsOptional()
  @Matches(/^esdb(\+discover)?:\/\/\S+$/, { message: 'EVENTSTORE_CONNECTION_STRING must be an esdb:// or esdb+discover:// connection string' })
  @Transform(({ value }) => (value === '' ? undefined : value))
  EVENTSTORE_CONNECTION_STRING?: string;

  /** level of the JSON logs (pino) of the API and the worker */
  @IsIn(LOG_LEVELS, { message: `$property must be one of ${LOG_LEVELS.join(', ')}` })
  @Transform(({ value }) => (value === undefined || value === '' ? 'info' : value))
  LOG_LEVEL: LogLevel = 'info';

  /** GET /api/health/ready answers 503 while the read models are more than this many events behind the store */
  @IsInt()
  @Min(0)
  @Transform(({ value }) => (value === undefined || value === '' ? 1000 : /^\d+$/.test(String(value)) ? Number(value) : value))
  HEALTH_MAX_PROJECTION_LAG: number = 1000;

  /** the SMVP's scoring rules and the limits of the Nucleo's warnings (JSON), relative to the working directory */
  @IsString()
  @MinLength(1)
  @Transform(({ value }) => (value === undefined || value === '' ? 'config/smvp-rules.json' : value))
  SMVP_RULES_PATH: string = 'config/smvp-rules.json';
}

/** The variables a configuration class reads: its validated properties (by default, Environment's). */
export function environmentVariableNames(environmentClass: new () => object = Environment): string[] {
  const validations = getMetadataStorage().getTargetValidationMetadatas(environmentClass, '', true, false);
  return [...new Set(validations.map((validation) => validation.propertyName))];
}

/** Used by ConfigModule.forRoot({ validate }): fails fast naming each wrong variable. */
export function validateEnvironment(raw: Record<string, unknown>): Environment {
  return validateVariables(Environment, raw);
}

/** Validates the variables one configuration class declares; the error names each wrong one, secrets hidden. */
export function validateVariables<T extends object>(environmentClass: new () => T, raw: Record<string, unknown>): T {
  const environment = plainToInstance(environmentClass, raw, { exposeDefaultValues: true });
  const errors = validateSync(environment, { skipMissingProperties: false });
  if (errors.length > 0) {
    const lines = errors.map(
      (e) => `  ${e.property}=${shownValue(e.property, raw[e.property])}: ${Object.values(e.constraints ?? {}).join('; ')}`,
    );
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return environment;
}

/** Connection strings and secrets may hold passwords: a start-up error names them without their value. */
function shownValue(name: string, value: unknown): string {
  return /CONNECTION|URL|SECRET|PASSWORD|TOKEN|KEY/.test(name) && value !== undefined ? '(hidden)' : JSON.stringify(value);
}
