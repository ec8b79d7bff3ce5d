// The pure part of the consent script: reading the consent cookie, matching cookie names and
// the domains a cookie may have been set on. No DOM here, so node tests can import it.
// Browser code for ES2017: no API newer than 2017.

/** A choice read from the consent cookie. */
export interface StoredChoice {
  readonly revision: string;
  /** The optional categories granted; empty when only necessary cookies are accepted. */
  readonly granted: string[];
}

/**
 * The consent cookie's value `1.<consentId>.<revision>.<granted>` read, or null when it is not
 * in that form. A percent-encoded value (`%3A` for `:`) is decoded first.
 */
export function parseChoice(value: string): StoredChoice | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    return null;
  }
  const match = /^1\.[\w-]{22}\.([1-9]\d*)\.([\w:-]*)$/.exec(decoded);
  return match ? { revision: match[1] as string, granted: (match[2] as string).split(':').filter(Boolean) } : null;
}

/**
 * The choice in the consent cookie `insyn_consent` (the first one, as `document.cookie` lists
 * them) when it was made for `revision`; null when there is none or it is for another revision.
 */
export function currentChoice(cookieString: string, revision: string | null): StoredChoice | null {
  const match = /(?:^|;)\s*insyn_consent=([^;]*)/.exec(cookieString);
  const choice = match ? parseChoice((match[1] as string).trim()) : null;
  return choice && choice.revision === revision ? choice : null;
}

/** Whether a cookie belongs to a listed name: equal to it, or the name and a dot (`_pk_id.1.ab12`). */
export function cookieMatches(cookieName: string, listedName: string): boolean {
  return cookieName === listedName || cookieName.indexOf(listedName + '.') === 0;
}

/** The names of the cookies in `cookieString` (a `document.cookie`) that belong to any of `listedNames`. */
export function matchingCookies(cookieString: string, listedNames: readonly string[]): string[] {
  return cookieString.split(';')
    .map((pair) => (pair.split('=')[0] as string).trim())
    .filter((name) => listedNames.some((listed) => cookieMatches(name, listed)));
}

/**
 * The Domain attributes to delete a cookie with: '' (no Domain attribute: a host-only cookie),
 * then the host name and each parent domain down to two labels (a.b.example.se → a.b.example.se,
 * .b.example.se, .example.se). Never a bare top-level domain; an IP address or a single-label
 * host (localhost) gets only ''. `hostname` as `location.hostname` gives it (lower case).
 */
export function cookieDomains(hostname: string): string[] {
  const domains = [''];
  const labels = hostname.split('.');
  if (/^[\d.]+$|:/.test(hostname)) return domains;
  for (let start = 0; labels.length - start > 1; start++) domains.push((start ? '.' : '') + labels.slice(start).join('.'));
  return domains;
}

/** The `document.cookie` assignments that delete cookie `name` on path / for each domain. */
export function deletions(name: string, hostname: string): string[] {
  return cookieDomains(hostname).map((domain) => name + '=; Max-Age=0; Path=/' + (domain ? '; Domain=' + domain : ''));
}
