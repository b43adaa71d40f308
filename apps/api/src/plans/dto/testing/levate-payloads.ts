/**
 * Request bodies taken from the Levate 2024 plan (shared/seed), for tests of the HTTP edge.
 * Functions, so that each test may change its own copy.
 */
export const LEVATE_CENTRO_ID = '3f1d6a2e-8c4b-5e7f-9a1b-2c3d4e5f6a7b';
export const LEVATE_OBJECTIVE_ID = '9b8c7d6e-5f4a-5b3c-8d2e-1f0a9b8c7d6e';

export const levatePlan = () => ({
  ente: { code: 'levate', name: 'Comune di Levate', provincia: 'BG' },
  year: 2024,
  triennio: [2024, 2026],
});

export const affariGenerali = () => ({
  code: 'AG',
  name: 'Servizio Affari Generali',
  kind: 'attivita',
  parentCode: 'AGSCS',
  responsabile: { id: 'roberto.togni', name: 'Roberto Togni', email: 'roberto.togni@comune.levate.bg.it' },
});

export const transizioneDigitale = () => ({
  centroId: LEVATE_CENTRO_ID,
  title: 'Transizione digitale',
  points: 55,
  expectedPerformance:
    'La trasformazione digitale è il processo di integrazione delle tecnologie digitali ' +
    'in tutti gli aspetti del funzionamento dell\'organizzazione.',
  measures: [
    'Misura 1.4.4. Spid_Cie',
    'Misura 1.4.3. PagoPa',
    'Misura 1.4.3. Applo',
    'M1C1 Abilitazione al Cloud',
    'Misura 1.4.1 Esperienza del cittadino nei servizi pubblici',
    'Misura 1.3.1. Piattaforma Digitale Nazionale Dati',
  ],
  indicators: [{ description: 'Ottenimento finanziamento bandi PNRR per transizione digitale (conclusione attività)' }],
  referenceYears: [2024],
});

export const istruzione = () => ({
  centroId: LEVATE_CENTRO_ID,
  title: 'Istruzione',
  points: 10,
  expectedPerformance:
    'Approvazione in Consiglio Comunale del Piano di Diritto allo Studio a.s. 2024/2025 entro il mese di Ottobre 2024.',
  indicators: [
    {
      description: 'Approvazione in Consiglio Comunale del Piano di Diritto allo Studio a.s. 2024/2025',
      target: 'entro ottobre 2024',
    },
  ],
  referenceYears: [2024],
  deadline: '2024-10-31',
});

export const delibera28 = () => ({ organo: 'giunta', numero: 28, data: '2024-04-09' });

export const risorseUmane = () => ({
  columns: [
    { label: 'Situazione 31.12.2022', date: '2022-12-31' },
    { label: 'Situazione 31.12.2023', date: '2023-12-31' },
    { label: 'Situazione attuale' },
  ],
  rows: [
    {
      category: '(Responsabile del Servizio)',
      values: [
        { kind: 'count', value: 1 },
        { kind: 'text', text: 'In convenzione con Osio Sotto' },
        { kind: 'text', text: 'In convenzione con Osio Sotto' },
      ],
    },
    {
      category: 'Cat. C – istruttore amministrativo',
      values: [{ kind: 'count', value: 1 }, { kind: 'text', text: 'Vacante' }, { kind: 'count', value: 1 }],
    },
  ],
});
