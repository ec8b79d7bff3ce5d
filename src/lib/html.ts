// Escape-by-default HTML templating (after Hono's `html` tag): every interpolated value is
// escaped unless it is already SafeHtml, i.e. the output of another `html` template or of
// `trustedHtml`. Arrays are joined; null, undefined and false render as nothing.

const SAFE = Symbol('insyn.safeHtml');

/** A fragment of HTML that is known to be well-formed and escaped. */
export interface SafeHtml {
  readonly [SAFE]: true;
  readonly value: string;
  toString(): string;
}

export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;',
};

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

function safe(value: string): SafeHtml {
  return Object.freeze({ [SAFE]: true as const, value, toString: () => value });
}

export function isSafeHtml(value: unknown): value is SafeHtml {
  return typeof value === 'object' && value !== null && SAFE in value;
}

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (isSafeHtml(value)) return value.value;
  if (Array.isArray(value)) return value.map((item: HtmlValue) => render(item)).join('');
  return escapeHtml(String(value));
}

/**
 * Builds HTML, escaping every interpolation.
 * @example html`<p>${name}</p>` // name "<b>" renders as "&lt;b&gt;"
 */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  for (let index = 0; index < values.length; index += 1) {
    out += render(values[index]) + (strings[index + 1] ?? '');
  }
  return safe(out);
}

/** Marks a string as HTML without escaping it. Only for constant markup written in our code. */
export function trustedHtml(markup: string): SafeHtml {
  return safe(markup);
}
