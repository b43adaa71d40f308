import { applyDecorators } from '@nestjs/common';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsObject, ValidateNested } from 'class-validator';

type DtoClass = new () => object;

/** A required nested object, validated against its DTO (unknown fields inside it refused too). */
export function NestedObject(dto: () => DtoClass): PropertyDecorator {
  return applyDecorators(IsObject(), ValidateNested(), Type(dto));
}

/** An array of nested objects with a size cap, each validated against its DTO. */
export function NestedArray(dto: () => DtoClass, size: { max: number; min?: number }): PropertyDecorator {
  return applyDecorators(
    IsArray(),
    ...(size.min ? [ArrayMinSize(size.min)] : []),
    ArrayMaxSize(size.max),
    ValidateNested({ each: true }),
    Type(dto),
  );
}
