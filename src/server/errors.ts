import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ZodError } from 'zod';
import { type ErrorCode, isVerbatimError, VerbatimError } from '../errors.js';
import type { ApiErrorBody } from './api-types.js';

/**
 * The server's one error handler. Routes throw (VerbatimError for expected failures, ZodError from
 * request validation); this turns every failure into `{error:{code,message,hint}}` with a status
 * that says whose fault it was. Anything else is a bug: 500, logged, no stack sent to the page.
 */
const STATUS_BY_CODE: Record<ErrorCode, ContentfulStatusCode> = {
  usage: 400,
  not_found: 404,
  empty_input: 422,
  binary_input: 415,
  too_large: 413,
  bad_encoding: 422,
  unsupported_script: 422,
  unsupported_format: 415,
  bad_epub: 422,
  unsafe_archive: 422,
  duplicate: 409,
  bad_review: 422,
  analysis_failed: 500,
};

/**
 * A request the server turns away or stops for its own reasons, not the input's: too busy (429, with
 * the seconds to wait in Retry-After) or a check that ran past its time limit (503). Kept apart from
 * VerbatimError, whose codes are shared with the command line, which has no queue. A server that
 * is stopping answers the checks it still holds 503 'stopping'.
 */
export class ServiceError extends Error {
  override readonly name = 'ServiceError';
  constructor(
    readonly code: 'busy' | 'check_timeout' | 'stopping',
    readonly status: 429 | 503,
    message: string,
    readonly hint: string,
    /** Seconds after which a retry is likely to be taken (sent as Retry-After). */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
  }
}

export function httpStatusFor(error: VerbatimError): ContentfulStatusCode {
  return (error.details.httpStatus as ContentfulStatusCode | undefined) ?? STATUS_BY_CODE[error.code] ?? 400;
}

function body(code: string, message: string, hint: string | null): ApiErrorBody {
  return { error: { code, message, hint } };
}

export function describeZodError(error: ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

export type ErrorLogger = (message: string) => void;

export function makeErrorHandler(log: ErrorLogger) {
  return (err: Error, c: Context): Response => {
    if (isVerbatimError(err)) {
      const where = err.details.file ? `${err.details.file}: ` : '';
      return c.json(body(err.code, `${where}${err.message}`, err.details.hint ?? null), httpStatusFor(err));
    }
    if (err instanceof ServiceError) {
      if (err.retryAfterSeconds !== null) c.header('Retry-After', String(err.retryAfterSeconds));
      return c.json(body(err.code, err.message, err.hint), err.status);
    }
    if (err instanceof ZodError) {
      return c.json(body('usage', `Invalid request: ${describeZodError(err)}`, null), 400);
    }
    if (err instanceof HTTPException) {
      // Raised by Hono middleware (e.g. the body limit) with its own status.
      const code = err.status === 413 ? 'too_large' : 'usage';
      return c.json(body(code, err.message || 'Bad request', null), err.status as ContentfulStatusCode);
    }
    log(`verbatim serve: internal error on ${c.req.method} ${c.req.path}: ${err.stack ?? err.message}`);
    return c.json(
      body('internal', 'Verbatim hit an internal error; the details are in the server log.', null),
      500,
    );
  };
}

export function notFound(what: string, hint?: string): VerbatimError {
  return new VerbatimError('not_found', what, hint ? { hint } : {});
}
