/**
 * A validated DTO as plain command data. DTO instances carry every declared field as an own
 * property, `undefined` when the client left it out (ES2022 class fields); a command must not:
 * `{ title: undefined }` in a revision would read as "clear the title". So: class instances
 * become plain objects, undefined fields are dropped, all the way down.
 */
export function plainData<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item) => plainData(item)) as T;
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Map) throw new TypeError('plainData: convert Maps explicitly');
  const entries = Object.entries(value).filter(([, field]) => field !== undefined);
  return Object.fromEntries(entries.map(([key, field]) => [key, plainData(field)])) as T;
}
