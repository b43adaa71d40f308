/** Why a request carries no usable identity; the guard answers 401 with this message. */
export class AuthenticationFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AuthenticationFailure';
  }
}
