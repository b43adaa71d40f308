import { GENESIS_HASH } from '@ciclo/event-store';
import {
  escapeHtml,
  italianChainSummary,
  italianDate,
  italianDateTime,
  italianDelibera,
  italianDeliberaPurpose,
} from './italian-format';

describe('Italian formats of the audit', () => {
  it('dates and times in Italian local time, summer and winter', () => {
    expect(italianDateTime('2024-04-09T08:00:00.000Z')).toBe('09/04/2024 10:00');
    expect(italianDateTime('2024-01-31T23:30:00Z')).toBe('01/02/2024 00:30');
    expect(italianDateTime('2024-12-31T22:59:00Z')).toBe('31/12/2024 23:59');
    expect(italianDateTime('not a date')).toBe('not a date');
    expect(italianDate('2024-04-09')).toBe('09/04/2024');
  });

  it('a delibera by organo, number and date; a purpose from the register in Italian', () => {
    expect(italianDelibera({ organo: 'giunta', numero: 28, data: '2024-04-09' })).toBe('Delibera della Giunta Comunale n. 28 del 09/04/2024');
    expect(italianDelibera({ organo: 'consiglio', numero: 41, data: '2024-10-24' })).toBe('Delibera del Consiglio Comunale n. 41 del 24/10/2024');
    expect(italianDeliberaPurpose('approval of the plan')).toBe('approvazione del piano');
    expect(italianDeliberaPurpose('approval of variation var-1')).toBe('approvazione della variazione var-1');
    expect(italianDeliberaPurpose('something new')).toBe('something new');
  });

  it('escapes every character that could open markup or leave an attribute', () => {
    expect(escapeHtml(`<script>alert("x" + 'y')</script> & co`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot; + &#39;y&#39;)&lt;/script&gt; &amp; co',
    );
    expect(escapeHtml(undefined)).toBe('');
    expect(escapeHtml(42)).toBe('42');
  });

  it('one line per chain: intact with its head hash, or where it broke and why', () => {
    expect(italianChainSummary({ streamName: 'plan-x', events: 42, headHash: 'ab'.repeat(32), intact: true })).toBe(
      `Catena plan-x: 42 eventi, integra, hash di testa ${'ab'.repeat(32)}`,
    );
    expect(italianChainSummary({ streamName: 'reminders-x', events: 0, headHash: null, intact: true })).toBe(
      'Catena reminders-x: 0 eventi, integra',
    );
    const broken = {
      streamName: 'plan-x',
      events: 1,
      headHash: 'cd'.repeat(32),
      intact: false,
      firstBrokenLink: {
        revision: 0,
        position: 31,
        eventId: 'e',
        type: 'ObjectiveDrafted',
        storedHash: 'cd'.repeat(32),
        expectedHash: GENESIS_HASH,
        reason: 'content_changed' as const,
      },
    };
    expect(italianChainSummary(broken)).toBe(
      'Catena plan-x: 1 evento, ROTTA alla revisione 0 (posizione 31, ObjectiveDrafted): contenuto modificato',
    );
    expect(italianChainSummary({ ...broken, firstBrokenLink: { ...broken.firstBrokenLink, reason: 'hash_missing' } })).toMatch(/hash mancante$/);
  });
});
