/**
 * The worker's own file: REMINDERS_SQLITE_PATH, else beside the event file,
 * `ciclo.sqlite` -> `ciclo.reminders.sqlite`.
 */
export function remindersSqlitePath(env: { SQLITE_PATH: string; REMINDERS_SQLITE_PATH?: string }): string {
  if (env.REMINDERS_SQLITE_PATH) return env.REMINDERS_SQLITE_PATH;
  const path = env.SQLITE_PATH;
  return path.endsWith('.sqlite') ? `${path.slice(0, -'.sqlite'.length)}.reminders.sqlite` : `${path}.reminders.sqlite`;
}
