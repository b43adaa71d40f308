/**
 * Errors `decide` and the policy throw. The HTTP layer maps them: NotFound -> 404, Forbidden -> 403, the others -> 409.
 * Input that is malformed (a string where a number goes) is stopped earlier, at the edge.
 */
export abstract class DomainError extends Error {
  abstract readonly kind: 'not_found' | 'rule_violation' | 'out_of_order' | 'forbidden';
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends DomainError {
  readonly kind = 'not_found' as const;
}

/** A rule of the cycle refuses the command (points do not sum to 100, delibera reused, ...). */
export class RuleViolationError extends DomainError {
  readonly kind = 'rule_violation' as const;
  constructor(
    message: string,
    readonly rule: string,
  ) {
    super(message);
  }
}

/** The command is not allowed in the plan's (or centro's) current state. */
export class OutOfOrderError extends DomainError {
  readonly kind = 'out_of_order' as const;
  constructor(
    readonly command: string,
    readonly currentState: string,
    readonly allowedCommands: readonly string[],
  ) {
    super(
      `${command} is not allowed while the plan is ${currentState}; allowed now: ${
        allowedCommands.length ? allowedCommands.join(', ') : 'none'
      }`,
    );
  }
}

/** The person is known but their role, ente or centri do not allow the command. */
export class ForbiddenError extends DomainError {
  readonly kind = 'forbidden' as const;
  constructor(
    message: string,
    readonly command: string,
    readonly role: string,
  ) {
    super(message);
  }
}
