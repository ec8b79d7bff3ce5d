// Maps anything thrown in a request to a catalogue code and HTTP status. Only what is
// below 500 tells the client more than "internal error" (expose = status < 500).
import { InsynError, type ErrorCode } from '../domain/error-catalogue.ts';

export interface ClassifiedError {
  readonly code: ErrorCode;
  readonly status: number;
  /** For VALIDATION_FAILED: where the input failed, e.g. "body/name" or "querystring". */
  readonly fields?: readonly string[];
}

interface ValidationIssue {
  readonly instancePath?: string;
  readonly params?: { readonly missingProperty?: string };
}

interface FrameworkError {
  readonly code?: unknown;
  readonly statusCode?: unknown;
  readonly validation?: readonly ValidationIssue[];
  readonly validationContext?: string;
}

function validationFields(error: FrameworkError): readonly string[] {
  const context = error.validationContext ?? 'request';
  const fields = (error.validation ?? []).map((issue) => {
    const path = issue.instancePath ?? '';
    const missing = issue.params?.missingProperty;
    return `${context}${path}${missing ? `/${missing}` : ''}`;
  });
  return [...new Set(fields)];
}

function isFrameworkClientError(error: FrameworkError): error is FrameworkError & { statusCode: number } {
  return typeof error.code === 'string' && error.code.startsWith('FST_')
    && typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500;
}

export function classifyError(error: unknown): ClassifiedError {
  if (error instanceof InsynError) return { code: error.code, status: error.status };
  if (typeof error !== 'object' || error === null) return { code: 'INTERNAL', status: 500 };
  const framework = error as FrameworkError;
  if (Array.isArray(framework.validation)) {
    return { code: 'VALIDATION_FAILED', status: 400, fields: validationFields(framework) };
  }
  if (isFrameworkClientError(framework)) {
    if (framework.statusCode === 404) return { code: 'NOT_FOUND', status: 404 };
    return { code: 'BAD_REQUEST', status: framework.statusCode };
  }
  return { code: 'INTERNAL', status: 500 };
}
