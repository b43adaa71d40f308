import { BadRequestException } from '@nestjs/common';
import { requireSomeField } from './require-some-field';

describe('requireSomeField', () => {
  it('refuses a revision that changes nothing with a 400 naming the body', () => {
    let thrown: unknown;
    try {
      requireSomeField({ title: undefined, points: undefined });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(BadRequestException);
    expect((thrown as BadRequestException).getResponse()).toMatchObject({
      errors: [{ field: 'body', reasons: ['at least one field must be given'] }],
    });
  });

  it('accepts a revision with one field, even a falsy one', () => {
    expect(() => requireSomeField({ title: undefined, points: 0 })).not.toThrow();
    expect(() => requireSomeField({ appliesTo: '' })).not.toThrow();
  });
});
