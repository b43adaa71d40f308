import { validationFailure } from '../../http/validation-failure';

/** A PATCH that changes nothing is a client mistake: refuse it instead of appending nothing. */
export function requireSomeField(dto: object): void {
  if (!Object.values(dto).some((value) => value !== undefined)) {
    throw validationFailure('body', 'at least one field must be given');
  }
}
