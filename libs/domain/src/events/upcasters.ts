import { EVENT_SCHEMA_VERSIONS } from './event-catalog';

/** Turns the data of one stored version of an event into the data of the next version. */
export type Upcaster = (data: any) => any;

/** type -> fromVersion -> upcaster to fromVersion + 1 */
export type UpcasterRegistry = Record<string, Record<number, Upcaster>>;

export type EventDecoder = (type: string, schemaVersion: number, data: unknown) => { type: string; data: unknown };

/**
 * Events are never rewritten in the store: an old version is read as the current one by
 * applying its upcasters in turn (v1 -> v2 -> ... -> current).
 */
export function createEventDecoder(
  upcasters: UpcasterRegistry,
  currentVersions: Readonly<Record<string, number>> = EVENT_SCHEMA_VERSIONS,
): EventDecoder {
  assertNoUpcasterBeyondCurrent(upcasters, currentVersions);
  return (type, schemaVersion, data) => {
    const current = currentVersions[type];
    if (current === undefined) throw new Error(`unknown event type "${type}"`);
    if (!Number.isInteger(schemaVersion) || schemaVersion < 1) {
      throw new Error(`event ${type} has an invalid schema version ${schemaVersion}`);
    }
    if (schemaVersion > current) {
      throw new Error(`event ${type} v${schemaVersion} is newer than this code knows (v${current}); upgrade the code`);
    }
    let upcast = data;
    for (let version = schemaVersion; version < current; version++) {
      const upcaster = upcasters[type]?.[version];
      if (!upcaster) throw new Error(`no upcaster for event ${type} from v${version} to v${version + 1}`);
      upcast = upcaster(upcast);
    }
    return { type, data: upcast };
  };
}

/** An upcaster for a version the catalog does not reach is a mistake made when bumping versions. */
function assertNoUpcasterBeyondCurrent(upcasters: UpcasterRegistry, currentVersions: Readonly<Record<string, number>>): void {
  for (const [type, byVersion] of Object.entries(upcasters)) {
    const current = currentVersions[type];
    if (current === undefined) throw new Error(`upcasters registered for unknown event type "${type}"`);
    const stale = Object.keys(byVersion).map(Number).find((from) => from >= current);
    if (stale !== undefined) {
      throw new Error(`upcaster for ${type} from v${stale} goes beyond the current version v${current}`);
    }
  }
}

/** The production registry: add an entry here together with every version bump in the catalog. */
export const EVENT_UPCASTERS: UpcasterRegistry = {};

export const decodeEvent: EventDecoder = createEventDecoder(EVENT_UPCASTERS);
