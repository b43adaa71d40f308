import {
  CALENDAR_EVENT_TYPES,
  deadlineRulesFingerprint,
  evolveCalendar,
  type DeadlineRules,
  type PlanCalendar,
  type PlanEvent,
  type PlanEventType,
} from '@ciclo/domain';
import { PLAN_CATEGORY, planIdOfStream } from '../plan-projection/plan-stream';
import type { DecodedEvent, Projection, Replay } from '../processor/projection';
import type { ProjectionDatabase } from '../sqlite/projection-database';
import { dropDeadlineTables, loadCalendar, migrateDeadlineTables, saveCalendar, saveDeadline } from './deadline-tables';

/** bump with a change of the tables or of what is written to them */
const SCHEMA_VERSION = 1;

interface Touched {
  calendar: PlanCalendar | undefined;
  changed: Set<string>;
}

/**
 * The deadline calendar of every plan, folded with `evolveCalendar` under the configured rules.
 * Its version carries a fingerprint of the rules, so a change of the rules file rebuilds it.
 * `onApplied` is told after a batch that changed deadlines (the reminder worker wakes its scheduler).
 */
export class DeadlinesProjection implements Projection {
  readonly name = 'deadlines';
  readonly categories = [PLAN_CATEGORY];
  readonly version: number;

  constructor(
    private readonly rules: DeadlineRules,
    private readonly onApplied?: () => void,
  ) {
    this.version = SCHEMA_VERSION * 2 ** 32 + deadlineRulesFingerprint(rules);
  }

  migrate(db: ProjectionDatabase): void {
    migrateDeadlineTables(db);
  }

  reset(db: ProjectionDatabase): void {
    dropDeadlineTables(db);
  }

  applyBatch(db: ProjectionDatabase, events: DecodedEvent[], replay?: Replay): void {
    const touched = replay ? replayMemory(replay) : new Map<string, Touched>();
    for (const event of events) {
      if (!CALENDAR_EVENT_TYPES.has(event.type as PlanEventType)) continue;
      const planId = planIdOfStream(event.streamName);
      let entry = touched.get(planId);
      if (!entry) {
        entry = { calendar: loadCalendar(db, planId), changed: new Set() };
        touched.set(planId, entry);
      }
      const before = entry.calendar;
      const source = { eventId: event.id, type: event.type, position: event.position, recordedAt: event.metadata.recordedAt };
      const after = evolveCalendar(before, event as PlanEvent, source, this.rules);
      for (const [id, deadline] of Object.entries(after?.deadlines ?? {})) {
        if (before?.deadlines[id] !== deadline) entry.changed.add(id);
      }
      entry.calendar = after;
    }
    if (replay) return;
    const changed = saveTouched(db, touched);
    if (changed > 0 && this.onApplied) setImmediate(this.onApplied);
  }

  endReplay(db: ProjectionDatabase, replay: Replay): void {
    saveTouched(db, replayMemory(replay));
  }
}

function replayMemory(replay: Replay): Map<string, Touched> {
  let memory = replay.memory.get('deadlines') as Map<string, Touched> | undefined;
  if (!memory) {
    memory = new Map();
    replay.memory.set('deadlines', memory);
  }
  return memory;
}

/** Writes the calendars and the deadlines that changed; returns how many deadlines. */
function saveTouched(db: ProjectionDatabase, touched: Map<string, Touched>): number {
  let count = 0;
  for (const { calendar, changed } of touched.values()) {
    if (!calendar) continue;
    saveCalendar(db, calendar);
    for (const id of changed) saveDeadline(db, calendar.deadlines[id]);
    count += changed.size;
  }
  return count;
}
