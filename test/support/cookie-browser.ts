// A minimal browser for HTTP round trips in tests: fetch with a cookie jar (per host name, like
// browsers: the port does not separate cookies) and redirects followed by hand, so each hop can
// be inspected. Paths and SameSite are not modelled; Max-Age=0 or a past Expires deletes.

export interface Hop {
  readonly url: URL;
  readonly response: Response;
  readonly body: string;
}

export class CookieBrowser {
  readonly jar = new Map<string, Map<string, string>>();

  cookies(host: string): Map<string, string> {
    let cookies = this.jar.get(host);
    if (!cookies) this.jar.set(host, (cookies = new Map()));
    return cookies;
  }

  private store(url: URL, response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';').map((part) => part.trim());
      const at = pair.indexOf('=');
      const name = pair.slice(0, at);
      const value = pair.slice(at + 1);
      const expired = attributes.some((attribute) => /^max-age=0$/i.test(attribute)
        || (/^expires=/i.test(attribute) && Date.parse(attribute.slice(8)) <= Date.now()));
      if (expired) this.cookies(url.hostname).delete(name);
      else this.cookies(url.hostname).set(name, value);
    }
  }

  /** One request, no redirect followed. */
  async request(url: string | URL, init: RequestInit = {}): Promise<Hop> {
    const target = new URL(url);
    const cookie = [...this.cookies(target.hostname)].map(([name, value]) => `${name}=${value}`).join('; ');
    const headers = new Headers(init.headers);
    if (cookie) headers.set('cookie', cookie);
    const response = await fetch(target, { ...init, headers, redirect: 'manual' });
    this.store(target, response);
    return { url: target, response, body: await response.text() };
  }

  /** The request, then GET after every redirect (at most `limit`), until a page answers. */
  async follow(url: string | URL, init: RequestInit = {}, limit = 10): Promise<Hop & { readonly hops: readonly URL[] }> {
    const hops: URL[] = [];
    let hop = await this.request(url, init);
    while (hop.response.status >= 300 && hop.response.status < 400 && hops.length < limit) {
      const next = new URL(hop.response.headers.get('location') ?? '', hop.url);
      hops.push(next);
      hop = await this.request(next);
    }
    return { ...hop, hops };
  }

  /** Posts an HTML form's fields (application/x-www-form-urlencoded) and follows redirects. */
  async submit(url: string | URL, fields: Readonly<Record<string, string>>): Promise<Hop & { readonly hops: readonly URL[] }> {
    return this.follow(url, {
      method: 'POST', body: new URLSearchParams(fields).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
  }
}
