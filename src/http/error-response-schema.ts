// The body of every JSON error response (plugins/error-responses.ts), for route schemas and
// the OpenAPI document.
import { Type } from 'typebox';

export const errorResponseSchema = Type.Object({
  code: Type.String({ description: 'Stable code from the error catalogue (docs/errors.md).' }),
  message: Type.String({ description: 'Message in Swedish or English (Accept-Language).' }),
  requestId: Type.String({ description: 'Quote this id when reporting a problem; the server log has the details.' }),
  fields: Type.Optional(Type.Array(Type.String(), { description: 'VALIDATION_FAILED only: where the input failed.' })),
}, { $id: 'ErrorResponse', description: 'An error' });

/** Response schemas for the error statuses every JSON route can answer with. */
export const errorResponses = {
  '4xx': Type.Ref('ErrorResponse'),
  '5xx': Type.Ref('ErrorResponse'),
} as const;
