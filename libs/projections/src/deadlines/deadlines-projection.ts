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
import { RecentStates } from '../processor/recent-states';
import type { ProjectionDatabase } from '../sqlite/projection-database';
import { DeadlineReplayWriter } from './deadline-replay-writer';
import {
  dropDeadlineIndexes,
  dropDeadlineTables,
  loadCalendar,
  migrateDeadlineTables,
  saveCalendar,
  saveDeadline,
} from './deadline-tables';

/** bump with a change of the tables or of what is written to them (2: calendars without their deadlines) */
const SCHEMA_VERSION = 2;

/** A plan's calendar in a batch: as the batch found it, as it leaves it, and which deadlines changed. */
interface Touched {
  found: PlanCalendar | undefined;
  calendar: PlanCalendar | undefined;
  changed: Set<string>;
}

/** calendars kept in memory between batches while following the store */
const RECENT_CALENDARS = 256;

/**
 * The deadline calendar of every plan, folded with `evolveCalendar` under the configured rules.
 * Its version carries a fingerprint of the rules, so a change of the rules file rebuilds it.
 * `onApplied` is told after a batch that changed deadlines (the reminder worker wakes its scheduler).
 */
export class DeadlinesProjection implements Projection {
  readonly name = 'deadlines';
  readonly categories = [PLAN_CATEGORY];
  readonly version: number;
  readonly replaysPerPlan = true;
  /** calendars as recent batches wrote them; `null` for a plan that has none */
  private readonly recent = new RecentStates<PlanCalendar | null>(RECENT_CALENDARS);

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

  /**
   * While following the store, only what changed is written: the calendar when an event changed
   * it (the fold keeps the identity of what it did not change), and the deadlines that changed.
   * A replay keeps the calendars in memory and writes them, with all their deadlines, at its end.
   */
  applyBatch(db: ProjectionDatabase, events: DecodedEvent[], replay?: Replay): void {
    const touched = replay ? replayMemory(replay, db) : new Map<string, Touched>();
    for (const event of events) {
      if (!CALENDAR_EVENT_TYPES.has(event.type as PlanEventType)) continue;
      const planId = planIdOfStream(event.streamName);
      const entry = touched.get(planId) ?? this.track(db, touched, planId, !replay);
      const before = entry.calendar;
      const source = { eventId: event.id, type: event.type, position: event.position, recordedAt: event.metadata.recordedAt };
      const after = evolveCalendar(before, event as PlanEvent, source, this.rules);
      if (!replay && after !== before) noteChangedDeadlines(entry.changed, before, after);
      entry.calendar = after;
    }
    if (replay) return;
    const changed = saveChanged(db, touched);
    for (const [planId, { calendar }] of touched) this.recent.set(planId, calendar ?? null);
    if (changed > 0 && this.onApplied) setImmediate(this.onApplied);
  }

  /** the secondary indexes the replay dropped come back with `migrate`, which follows */
  endReplay(db: ProjectionDatabase, replay: Replay): void {
    const deadlines = new DeadlineReplayWriter(db);
    for (const { calendar } of replayMemory(replay, db).values()) {
      if (!calendar) continue;
      saveCalendar(db, calendar);
      for (const deadline of calendar.deadlines.values()) deadlines.add(deadline);
    }
    deadlines.flush();
  }

  forget(): void {
    this.recent.clear();
  }

  private track(db: ProjectionDatabase, touched: Map<string, Touched>, planId: string, useRecent: boolean): Touched {
    const recent = useRecent ? this.recent.get(planId) : undefined;
    const found = recent === undefined ? loadCalendar(db, planId) : (recent ?? undefined);
    const entry: Touched = { found, calendar: found, changed: new Set() };
    touched.set(planId, entry);
    return entry;
  }
}

/** The replay's calendars; on its first batch the secondary indexes go, to be built once at the end. */
function replayMemory(replay: Replay, db: ProjectionDatabase): Map<string, Touched> {
  let memory = replay.memory.get('deadlines') as Map<string, Touched> | undefined;
  if (!memory) {
    memory = new Map();
    replay.memory.set('deadlines', memory);
    dropDeadlineIndexes(db);
  }
  return memory;
}

function noteChangedDeadlines(changed: Set<string>, before: PlanCalendar | undefined, after: PlanCalendar | undefined): void {
  if (!after || after.deadlines === before?.deadlines) return;
  for (const [id, deadline] of after.deadlines) {
    if (before?.deadlines.get(id) !== deadline) changed.add(id);
  }
}

/** Writes the calendars the batch changed and their changed deadlines; returns how many deadlines. */
function saveChanged(db: ProjectionDatabase, touched: Map<string, Touched>): number {
  let count = 0;
  for (const { found, calendar, changed } of touched.values()) {
    if (!calendar || calendar === found) continue;
    saveCalendar(db, calendar);
    for (const id of changed) saveDeadline(db, calendar.deadlines.get(id)!);
    count += changed.size;
  }
  return count;
}
