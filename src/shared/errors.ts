/** One field-level problem, with a message key the HTTP layer translates (id by default, en on request). */
export interface FieldProblem {
  readonly field: string;
  readonly message: string;
  readonly params?: Record<string, string | number>;
}

/** Base class of the errors a use case may throw on purpose; each maps to one HTTP status. */
export abstract class DomainError extends Error {
  abstract readonly status: number;
  abstract readonly code: string;
  constructor(
    /** i18n key, e.g. `errors.notFound`. */
    readonly messageKey: string,
    readonly params: Record<string, string | number> = {},
    readonly fields: readonly FieldProblem[] = [],
  ) {
    super(messageKey);
  }
}

/** The object does not exist, or belongs to another tenant (the two are indistinguishable on purpose). */
export class NotFoundError extends DomainError {
  readonly status = 404;
  readonly code = 'not_found';
  constructor(readonly what: string) {
    super('errors.notFound', { what });
  }
}

/** The actor is known but may not do this. */
export class ForbiddenError extends DomainError {
  readonly status = 403;
  readonly code = 'forbidden';
  constructor(messageKey = 'errors.forbidden', params: Record<string, string | number> = {}) {
    super(messageKey, params);
  }
}

/** The request is well-formed but breaks a rule; carries field-level problems. */
export class ValidationError extends DomainError {
  readonly status = 422;
  readonly code = 'invalid';
  constructor(fields: readonly FieldProblem[], messageKey = 'errors.invalid') {
    super(messageKey, {}, fields);
  }
}

/** The request conflicts with existing state (a duplicate code, a second creation). */
export class ConflictError extends DomainError {
  readonly status = 409;
  readonly code = 'conflict';
}

/** Credentials are missing or wrong. */
export class UnauthorizedError extends DomainError {
  readonly status = 401;
  readonly code = 'unauthorized';
  constructor(messageKey = 'errors.unauthorized', params: Record<string, string | number> = {}) {
    super(messageKey, params);
  }
}

/** Too many attempts; the client should wait `retryAfterSeconds`. */
export class TooManyRequestsError extends DomainError {
  readonly status = 429;
  readonly code = 'too_many_requests';
  constructor(readonly retryAfterSeconds: number) {
    super('errors.tooManyRequests', { seconds: retryAfterSeconds });
  }
}

/** An outside service Pamong depends on (e.g. BSrE) did not answer usefully; nothing was changed. */
export class ServiceUnavailableError extends DomainError {
  readonly status = 503;
  readonly code = 'service_unavailable';
}
