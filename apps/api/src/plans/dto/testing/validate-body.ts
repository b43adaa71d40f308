import { BadRequestException, Type } from '@nestjs/common';
import { FieldError, createValidationPipe } from '../../../http/validation-pipe';

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/** Runs a body or query through the app's own ValidationPipe, as an HTTP request would. */
export async function validateAs<T extends object>(
  dto: Type<T>,
  input: unknown,
  type: 'body' | 'query' = 'body',
): Promise<Validated<T>> {
  try {
    const value = (await createValidationPipe().transform(input, { type, metatype: dto })) as T;
    return { ok: true, value };
  } catch (error) {
    if (!(error instanceof BadRequestException)) throw error;
    const response = error.getResponse() as { errors: FieldError[] };
    return { ok: false, errors: response.errors };
  }
}

/** The validated value; fails the test, naming the fields, when validation fails. */
export async function expectValid<T extends object>(dto: Type<T>, input: unknown, type?: 'body' | 'query'): Promise<T> {
  const result = await validateAs(dto, input, type);
  if (!result.ok) throw new Error(`expected ${dto.name} to be valid, got ${JSON.stringify(result.errors)}`);
  return result.value;
}

/** The dotted paths of the invalid fields, e.g. ['delibera.data']; fails the test when validation passes. */
export async function invalidFields<T extends object>(dto: Type<T>, input: unknown, type?: 'body' | 'query'): Promise<string[]> {
  const result = await validateAs(dto, input, type);
  if (result.ok) throw new Error(`expected ${dto.name} to be invalid: ${JSON.stringify(input)}`);
  return [...new Set(result.errors.map((error) => error.field))];
}

/** Reasons given for one field, to check the message says what is wrong. */
export async function reasonsFor<T extends object>(dto: Type<T>, input: unknown, field: string): Promise<string[]> {
  const result = await validateAs(dto, input);
  if (result.ok) throw new Error(`expected ${dto.name} to be invalid: ${JSON.stringify(input)}`);
  return result.errors.filter((error) => error.field === field).flatMap((error) => error.reasons);
}
