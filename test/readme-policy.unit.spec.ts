import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMMAND_POLICY, IMPORT_PLAN_POLICY, PlanCommandType, RECONCILE_REMINDERS_POLICY } from '@ciclo/domain';

type Grants = Partial<Record<string, string>>;

const describeGrants = (grants: Grants) =>
  Object.entries(grants)
    .map(([role, scope]) => (scope === 'own_centro' ? `${role} (own centri)` : role))
    .join(', ');

/** The README's table of who may send which command, as `command -> who`. */
function readmeTable(): Map<string, string> {
  const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');
  const table = readme.split('**Who may send which command**')[1].split('**Reading.**')[0];
  const rows = table.split('\n').filter((line) => line.startsWith('| `'));
  return new Map(
    rows.flatMap((row) => {
      const [, commands, who] = row.split('|').map((cell) => cell.trim());
      return [...commands.matchAll(/`([^`]+)`/g)].map((match) => [match[1], who] as const);
    }),
  );
}

describe("the README's roles table", () => {
  const table = readmeTable();

  it('says, for every command, exactly what the policy table grants', () => {
    for (const type of Object.keys(COMMAND_POLICY) as PlanCommandType[]) {
      expect({ type, who: table.get(type) }).toEqual({ type, who: describeGrants(COMMAND_POLICY[type]) });
    }
  });

  it('names no command the policy does not know, and documents the reconciliation of reminders', () => {
    const known = [...Object.keys(COMMAND_POLICY), 'POST /api/reminders/reconcile'];
    expect([...table.keys()].filter((name) => !known.includes(name))).toEqual([]);
    expect(table.get('POST /api/reminders/reconcile')).toBe(describeGrants(RECONCILE_REMINDERS_POLICY));
    expect(describeGrants(IMPORT_PLAN_POLICY)).toBe(describeGrants(COMMAND_POLICY.CreatePlan));
  });
});
