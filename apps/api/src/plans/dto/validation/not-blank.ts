import { ValidateBy, ValidationOptions } from 'class-validator';

/** Something besides spaces: '' and '   ' are refused alike. Non-strings are left to @IsString. */
export function IsNotBlank(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isNotBlank',
      validator: {
        validate: (value) => typeof value !== 'string' || value.trim() !== '',
        defaultMessage: () => '$property must not be blank',
      },
    },
    options,
  );
}
