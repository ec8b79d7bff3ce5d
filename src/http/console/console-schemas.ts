// Response and body schemas the console's routes share (every route documents itself in OpenAPI).
import { Type } from 'typebox';

export const htmlPage = (description: string) => ({
  200: { description, content: { 'text/html': { schema: Type.String() } } },
});

export const redirectAfterPost = {
  303: { description: 'Done: back to the request page with a confirmation' },
  422: { description: 'The form is shown again with an error summary', content: { 'text/html': { schema: Type.String() } } },
};

/** A posted form: every field a string, or several strings for checkboxes. Parsed by the route. */
export const formBody = Type.Record(Type.String(), Type.Union([
  Type.String({ maxLength: 20_000 }), Type.Array(Type.String({ maxLength: 20_000 }), { maxItems: 50 }),
]));

export const caseParams = Type.Object({ id: Type.String({ maxLength: 64 }) });
export const letterParams = Type.Object({ id: Type.String({ maxLength: 64 }), letterId: Type.String({ maxLength: 64 }) });
export const langQuery = Type.Object({ lang: Type.Optional(Type.String({ maxLength: 2 })) });
