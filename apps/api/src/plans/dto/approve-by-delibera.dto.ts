import { ApiProperty } from '@nestjs/swagger';
import { DeliberaDto } from './delibera.dto';
import { NestedObject } from './validation/nested';

/** Body of every approval by an act: the plan, a variation, the Relazione sulla Performance. */
export class ApproveByDeliberaDto {
  @ApiProperty({ type: DeliberaDto, example: { organo: 'giunta', numero: 28, data: '2024-04-09' } })
  @NestedObject(() => DeliberaDto)
  delibera: DeliberaDto;
}
