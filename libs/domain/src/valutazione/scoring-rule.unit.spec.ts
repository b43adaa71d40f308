import { pointsAwarded, roundToCent } from '../plan/points-awarded';
import { applyScoringRule, describeScoringRule } from './scoring-rule';
import { ScoringRule } from './smvp-rules';

const effective = (rule: ScoringRule, pct: number) => applyScoringRule(rule, pct).effectivePct;

describe('the proportional rule (the seed: points are the maximum for full achievement)', () => {
  const rule: ScoringRule = { kind: 'proportional' };

  it('lets the validated achievement count as it is', () => {
    for (const pct of [0, 33.3, 50.5, 80, 100]) expect(effective(rule, pct)).toBe(pct);
  });

  it('says so in words the Nucleo can copy', () => {
    expect(applyScoringRule(rule, 50.5).explanation).toBe('si applica il grado validato, 50,5%');
    expect(describeScoringRule(rule)).toMatch(/^Proporzionale: punti × grado di raggiungimento validato \/ 100/);
  });
});

describe('the threshold rule: nothing below the threshold', () => {
  const rule: ScoringRule = { kind: 'threshold', minimumPct: 50 };

  it('gives nothing below it, and the validated achievement at or above it', () => {
    expect(effective(rule, 0)).toBe(0);
    expect(effective(rule, 49.99)).toBe(0);
    expect(effective(rule, 50)).toBe(50);
    expect(effective(rule, 80)).toBe(80);
  });

  it('explains which side of the threshold the achievement fell', () => {
    expect(applyScoringRule(rule, 45).explanation).toBe('45% è sotto la soglia del 50%: nessun punto');
    expect(applyScoringRule(rule, 80).explanation).toBe('80% raggiunge la soglia del 50%: si applica 80%');
  });
});

describe('the bands rule: the achievement goes down to the highest band it reaches', () => {
  const rule: ScoringRule = { kind: 'bands', bands: [0, 50, 75, 100] };

  it('rounds down to the band, never up', () => {
    expect([0, 49.99, 50, 50.5, 74.99, 75, 99.9, 100].map((pct) => effective(rule, pct))).toEqual([0, 0, 50, 50, 50, 75, 75, 100]);
  });

  it('gives nothing below the first band when it is above 0', () => {
    const from50: ScoringRule = { kind: 'bands', bands: [50, 75, 100] };
    expect(effective(from50, 30)).toBe(0);
    expect(applyScoringRule(from50, 30).explanation).toBe('30% non raggiunge la prima fascia (50%): nessun punto');
    expect(describeScoringRule(from50)).toBe('Fasce 50/75/100%: il grado validato scende alla fascia più alta che raggiunge; sotto il 50% nessun punto');
  });

  it('names the band reached', () => {
    expect(applyScoringRule(rule, 80).explanation).toBe('80% rientra nella fascia del 75%');
  });
});

describe('points to the cent', () => {
  it('rounds half up: 5 points x 50.5% = 2.53', () => {
    expect(pointsAwarded(5, 50.5)).toBe(2.53);
    expect(pointsAwarded(30, 33.35)).toBe(10.01); // 10.005
    expect(pointsAwarded(55, 80)).toBe(44);
  });

  it('is not fooled by binary floating point: 15 x 4.1% = 0.615 -> 0.62 (15 * 4.1 is 61.49999999999999 in binary)', () => {
    expect(15 * 4.1).toBeLessThan(61.5);
    expect(pointsAwarded(15, 4.1)).toBe(0.62);
    expect(pointsAwarded(15, 16.9)).toBe(2.54); // 2.535
  });

  it('rounds sums to the cent so that 0.1 + 0.2 stays 0.3', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(roundToCent(0.1 + 0.2)).toBe(0.3);
    expect(roundToCent((172.53 / 200) * 100)).toBe(86.27); // 86.265
  });
});
