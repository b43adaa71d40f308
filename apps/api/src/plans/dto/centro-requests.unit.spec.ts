import { AddActivityDto } from './add-activity.dto';
import { AddCentroDto } from './add-centro.dto';
import { DefineActivityIndicatorDto } from './define-activity-indicator.dto';
import { DescribeServiceDto } from './describe-service.dto';
import { ResourceTableDto, toResourceTable } from './resource-table.dto';
import { ReturnCentroDto } from './return-centro.dto';
import { ReviseActivityDto } from './revise-activity.dto';
import { affariGenerali, risorseUmane } from './testing/levate-payloads';
import { expectValid, invalidFields } from './testing/validate-body';

describe('AddCentroDto', () => {
  it('accepts the Servizio Affari Generali of Levate', async () => {
    const dto = await expectValid(AddCentroDto, affariGenerali());
    expect(dto.responsabile).toMatchObject({ id: 'roberto.togni', email: 'roberto.togni@comune.levate.bg.it' });
  });

  it('accepts a centro di responsabilità without a parent', async () => {
    const { parentCode: _, ...settore } = { ...affariGenerali(), code: 'AGSCS', kind: 'responsabilita' };
    expect((await expectValid(AddCentroDto, settore)).parentCode).toBeUndefined();
  });

  it.each(['settore', 'Attivita', ''])('refuses the kind %p', async (kind) => {
    expect(await invalidFields(AddCentroDto, { ...affariGenerali(), kind })).toEqual(['kind']);
  });

  it('names the broken fields of the responsabile', async () => {
    const responsabile = { id: 'roberto.togni', name: '', email: 'roberto.togni(at)levate' };
    expect((await invalidFields(AddCentroDto, { ...affariGenerali(), responsabile })).sort()).toEqual([
      'responsabile.email',
      'responsabile.name',
    ]);
    const { responsabile: _, ...without } = affariGenerali();
    expect(await invalidFields(AddCentroDto, without)).toEqual(['responsabile']);
  });

  it('refuses codes and names that are too long or not text', async () => {
    expect(await invalidFields(AddCentroDto, { ...affariGenerali(), code: 'A'.repeat(201) })).toEqual(['code']);
    expect(await invalidFields(AddCentroDto, { ...affariGenerali(), name: 42 })).toEqual(['name']);
    expect(await invalidFields(AddCentroDto, { ...affariGenerali(), parentCode: ['AGSCS'] })).toEqual(['parentCode']);
  });

  it('leaves a blank code to the domain rule', async () => {
    expect((await expectValid(AddCentroDto, { ...affariGenerali(), code: ' ' })).code).toBe(' ');
  });

  it('refuses an id: the handler derives it', async () => {
    expect(await invalidFields(AddCentroDto, { ...affariGenerali(), centroId: 'ag' })).toEqual(['centroId']);
  });
});

describe('ReturnCentroDto and DescribeServiceDto', () => {
  it('require their text, and leave blank text to the domain', async () => {
    expect(await invalidFields(ReturnCentroDto, {})).toEqual(['notes']);
    expect((await expectValid(ReturnCentroDto, { notes: '  ' })).notes).toBe('  ');
    expect(await invalidFields(DescribeServiceDto, { description: 'x'.repeat(20_001) })).toEqual(['description']);
    await expectValid(DescribeServiceDto, { description: 'Il Servizio gestisce servizi di supporto al Sindaco.' });
  });
});

describe('AddActivityDto and ReviseActivityDto', () => {
  const protocollo = () => ({ number: 1, description: 'Protocollazione notificazione atti' });

  it('accept a Levate activity, with or without sub-items', async () => {
    await expectValid(AddActivityDto, protocollo());
    const dto = await expectValid(AddActivityDto, { ...protocollo(), subItems: ['Consiglio Comunale: ordine del giorno'] });
    expect(dto.subItems).toEqual(['Consiglio Comunale: ordine del giorno']);
  });

  it.each([[0], [1.5], ['1'], [10_001]])('refuse the number %p', async (number) => {
    expect(await invalidFields(AddActivityDto, { ...protocollo(), number })).toEqual(['number']);
  });

  it('refuse sub-items that are not short texts, or too many', async () => {
    expect(await invalidFields(AddActivityDto, { ...protocollo(), subItems: [1] })).toEqual(['subItems']);
    expect(await invalidFields(AddActivityDto, { ...protocollo(), subItems: 'Consiglio' })).toEqual(['subItems']);
    expect(await invalidFields(AddActivityDto, { ...protocollo(), subItems: Array(101).fill('x') })).toEqual(['subItems']);
  });

  it('make every field optional in a revision, but still check each', async () => {
    expect((await expectValid(ReviseActivityDto, { description: 'Archivio corrente e di deposito' })).number).toBeUndefined();
    expect(await invalidFields(ReviseActivityDto, { number: -3 })).toEqual(['number']);
    expect(await invalidFields(ReviseActivityDto, { activityId: 'x' })).toEqual(['activityId']);
  });
});

describe('DefineActivityIndicatorDto', () => {
  it('accepts a Levate indicator', async () => {
    await expectValid(DefineActivityIndicatorDto, { area: 'Atti protocollati', description: 'n. protocolli in entrata', activityNumber: 1 });
    await expectValid(DefineActivityIndicatorDto, { area: 'Sport', description: 'Contributi erogati' });
  });

  it('names missing and malformed fields', async () => {
    expect((await invalidFields(DefineActivityIndicatorDto, { activityNumber: 0 })).sort()).toEqual([
      'activityNumber',
      'area',
      'description',
    ]);
  });
});

describe('ResourceTableDto', () => {
  it('accepts the human resources of Levate, and keeps the values as the domain has them', async () => {
    const dto = await expectValid(ResourceTableDto, risorseUmane());
    expect(toResourceTable(dto)).toEqual(risorseUmane());
  });

  it('names the broken cell', async () => {
    const table = risorseUmane();
    table.rows[1].values[1] = { kind: 'vacante' } as never;
    expect(await invalidFields(ResourceTableDto, table)).toEqual(['rows.1.values.1.kind']);
  });

  it('checks the column dates are real days', async () => {
    const table = risorseUmane();
    table.columns[1].date = '2023-02-29';
    expect(await invalidFields(ResourceTableDto, table)).toEqual(['columns.1.date']);
  });

  it('needs at least one column and a category for each row', async () => {
    expect(await invalidFields(ResourceTableDto, { ...risorseUmane(), columns: [] })).toEqual(['columns']);
    const table = risorseUmane();
    delete (table.rows[0] as Partial<(typeof table.rows)[0]>).category;
    expect(await invalidFields(ResourceTableDto, table)).toEqual(['rows.0.category']);
  });
});
