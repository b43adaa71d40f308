/**
 * The person a test acts as when it does not say: the Giunta for an approval, the Nucleo for a
 * validation or a refusal, the Segretario (who may do everything else of the cycle) otherwise.
 * Tests about who may do what send their own headers or tokens.
 */
export function defaultActorHeaders(method: string, path: string): Record<string, string> {
  const route = path.split('?')[0];
  if (method === 'POST' && /\/approve$/.test(route)) return { 'x-actor': 'giunta.test', 'x-role': 'giunta' };
  if (method === 'POST' && /\/(validate|relazione\/refuse)$/.test(route)) return { 'x-actor': 'nucleo.test', 'x-role': 'nucleo' };
  return { 'x-actor': 'segretario.test', 'x-role': 'segretario' };
}

/** True when the request already says who sends it. */
export function namesItsActor(headers: Record<string, string>): boolean {
  return Object.keys(headers).some((name) => ['authorization', 'x-role', 'x-actor'].includes(name.toLowerCase()));
}
