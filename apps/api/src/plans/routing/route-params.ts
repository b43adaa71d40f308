import { Param, ParseUUIDPipe, PipeTransform } from '@nestjs/common';
import { MAX_YEAR, MIN_YEAR } from '../dto/validation/limits';
import { validationFailure } from '../../http/validation-failure';

/** An id in the path (planId, centroId, ...): every id Ciclo hands out is a UUID, so anything else is a 400, not a 404. */
export function IdParam(name: string): ParameterDecorator {
  return Param(name, new ParseUUIDPipe({ exceptionFactory: () => validationFailure(name, `${name} must be a UUID`) }));
}

class ParseYearPipe implements PipeTransform<string, number> {
  constructor(private readonly name: string) {}

  transform(value: string): number {
    const year = /^\d{4}$/.test(value) ? Number(value) : NaN;
    if (!(year >= MIN_YEAR && year <= MAX_YEAR)) {
      throw validationFailure(this.name, `${this.name} must be a year from ${MIN_YEAR} to ${MAX_YEAR}`);
    }
    return year;
  }
}

/** A year in the path, e.g. /values/2023. */
export function YearParam(name: string): ParameterDecorator {
  return Param(name, new ParseYearPipe(name));
}

class ParseOneOfPipe<T extends string> implements PipeTransform<string, T> {
  constructor(
    private readonly name: string,
    private readonly allowed: readonly T[],
  ) {}

  transform(value: string): T {
    if (!this.allowed.includes(value as T)) {
      throw validationFailure(this.name, `${this.name} must be one of: ${this.allowed.join(', ')}`);
    }
    return value as T;
  }
}

/** A path segment from a closed list, e.g. /resources/umane. */
export function OneOfParam<T extends string>(name: string, allowed: readonly T[]): ParameterDecorator {
  return Param(name, new ParseOneOfPipe(name, allowed));
}
