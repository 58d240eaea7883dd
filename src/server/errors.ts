import { APIError } from 'payload'

/**
 * The one error for unexpected or refused situations that must stop an operation. Its
 * `code` is what code reacts to (the site's forms map it to a localized message); `status`
 * is what REST and GraphQL answer, and `message` is already in the caller's language.
 * Expected outcomes of a domain function are values (see TAccountResult), not AppErrors.
 */
export type TAppErrorCode =
  | 'too-many-attempts'
  | 'registration-duplicate'
  | 'registration-quota-full'
  | 'registration-full'
  | 'registration-transition'
  | 'registration-reason-required'
  | 'registration-event-fixed'
  | 'scorm-package-refused'
  | 'file-in-use'

export class AppError<TData extends object = Record<string, unknown>> extends APIError<TData> {
  readonly code: TAppErrorCode

  constructor(code: TAppErrorCode, message: string, status: number, data?: TData) {
    super(message, status, data, true)
    this.code = code
    this.name = 'AppError'
  }
}

export function isAppError(error: unknown, code?: TAppErrorCode): error is AppError {
  return error instanceof AppError && (code === undefined || error.code === code)
}
