import { InvalidStreamNameError } from './errors';

/** Stream names are `<category>-<id>`; the category has no "-" so that by-category streams work. */
export function streamName(category: string, id: string): string {
  const name = `${category}-${id}`;
  assertStreamName(name);
  return name;
}

export function assertStreamName(name: string): void {
  const dash = name.indexOf('-');
  if (dash <= 0 || dash === name.length - 1) throw new InvalidStreamNameError(name);
}

export function categoryOf(name: string): string {
  return name.slice(0, name.indexOf('-'));
}
