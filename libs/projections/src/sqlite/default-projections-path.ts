/**
 * Where the read models live when PROJECTIONS_SQLITE_PATH is not set: beside the event file,
 * `ciclo.sqlite` -> `ciclo.projections.sqlite`. The API and the rebuild CLI both use this rule.
 */
export function defaultProjectionsPath(sqlitePath: string): string {
  return sqlitePath.endsWith('.sqlite')
    ? `${sqlitePath.slice(0, -'.sqlite'.length)}.projections.sqlite`
    : `${sqlitePath}.projections.sqlite`;
}
