import { ConfigModule } from '@nestjs/config';
import { Test } from '@nestjs/testing';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { validateConfiguration } from '../config/configuration';
import { LoadedSmvpRules, SMVP_RULES } from '../infrastructure/smvp-rules.token';
import { SmvpRulesModule } from './smvp-rules.module';

/** The rules as the app loads them at start: SMVP_RULES_PATH validated, the file read once, a wrong one stopping the start. */
describe('SmvpRulesModule', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ciclo-smvp-rules-'));
  const previous = process.env.SMVP_RULES_PATH;

  afterAll(() => {
    if (previous === undefined) delete process.env.SMVP_RULES_PATH;
    else process.env.SMVP_RULES_PATH = previous;
    rmSync(dir, { recursive: true, force: true });
  });

  const load = async (path: string | undefined): Promise<LoadedSmvpRules> => {
    if (path === undefined) delete process.env.SMVP_RULES_PATH;
    else process.env.SMVP_RULES_PATH = path;
    const moduleRef = await Test.createTestingModule({
      imports: [ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, validate: validateConfiguration }), SmvpRulesModule],
    }).compile();
    const loaded = moduleRef.get<LoadedSmvpRules>(SMVP_RULES);
    await moduleRef.close();
    return loaded;
  };

  const file = (name: string, content: string): string => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  it('reads config/smvp-rules.json when SMVP_RULES_PATH is unset: proportional for every ente', async () => {
    const loaded = await load(undefined);
    expect(loaded.file).toBe('config/smvp-rules.json');
    expect(loaded.rules).toMatchObject({ default: { scoring: { kind: 'proportional' } }, enti: {} });
  });

  it('reads the file SMVP_RULES_PATH names', async () => {
    const path = file('bands.json', JSON.stringify({ default: { scoring: { kind: 'bands', bands: [0, 50, 75, 100] } } }));
    expect(await load(path)).toMatchObject({ file: path, rules: { default: { scoring: { kind: 'bands', bands: [0, 50, 75, 100] } } } });
  });

  it('stops the start on a wrong rule, naming the field and the file', async () => {
    const path = file('wrong.json', JSON.stringify({ default: { scoring: { kind: 'threshold', minimumPct: 150 } } }));
    await expect(load(path)).rejects.toThrow(/Invalid SMVP rules:\n {2}default\.scoring\.minimumPct: must be a percentage above 0 and at most 100\n\(in .*wrong\.json, set by SMVP_RULES_PATH\)/);
  });

  it('stops the start on a missing file or one that is not JSON', async () => {
    await expect(load(join(dir, 'missing.json'))).rejects.toThrow(`Cannot read the SMVP rules at ${resolve(dir, 'missing.json')} (set SMVP_RULES_PATH)`);
    await expect(load(file('broken.json', '{ "default": '))).rejects.toThrow(/The SMVP rules at .*broken\.json are not valid JSON/);
  });
});
