import { MoveDeadlineDto } from './move-deadline.dto';
import { RecordBudgetApprovalDto } from './record-budget-approval.dto';
import { RecordMilestoneDto } from './record-milestone.dto';
import { expectValid, invalidFields } from './testing/validate-body';

const pds = () => ({ organo: 'consiglio', numero: 41, data: '2024-10-24' });

describe('RecordMilestoneDto', () => {
  it('accepts the Consiglio delibera approving the PDS', async () => {
    expect((await expectValid(RecordMilestoneDto, { act: pds() })).act).toMatchObject(pds());
  });

  it('names a broken act field by field, and refuses what an act does not have', async () => {
    expect(await invalidFields(RecordMilestoneDto, { act: { ...pds(), data: '24/10/2024' } })).toEqual(['act.data']);
    expect(await invalidFields(RecordMilestoneDto, { act: { ...pds(), organo: 'sindaco' } })).toEqual(['act.organo']);
    expect(await invalidFields(RecordMilestoneDto, {})).toEqual(['act']);
    expect(await invalidFields(RecordMilestoneDto, { act: pds(), note: 'x' })).toEqual(['note']);
  });
});

describe('MoveDeadlineDto', () => {
  it('accepts a new date with a reason, leaving a blank reason to the domain rule', async () => {
    await expectValid(MoveDeadlineDto, { deadline: '2024-11-15', reason: 'Consiglio convocato a novembre' });
    expect((await expectValid(MoveDeadlineDto, { deadline: '2024-11-15', reason: ' ' })).reason).toBe(' ');
  });

  it('refuses a date that does not exist and a missing reason', async () => {
    expect(await invalidFields(MoveDeadlineDto, { deadline: '2024-11-31', reason: 'x' })).toEqual(['deadline']);
    expect(await invalidFields(MoveDeadlineDto, { deadline: '2024-11-15' })).toEqual(['reason']);
  });
});

describe('RecordBudgetApprovalDto', () => {
  it('accepts the budget delibera, and leaves the organo rule (consiglio only) to the domain', async () => {
    await expectValid(RecordBudgetApprovalDto, { delibera: { organo: 'consiglio', numero: 9, data: '2024-03-14' } });
    await expectValid(RecordBudgetApprovalDto, { delibera: { organo: 'giunta', numero: 9, data: '2024-03-14' } });
    expect(await invalidFields(RecordBudgetApprovalDto, { delibera: { organo: 'consiglio', numero: 0, data: '2024-03-14' } })).toEqual([
      'delibera.numero',
    ]);
  });
});
