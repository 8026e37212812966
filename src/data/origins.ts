/**
 * Where a page lets its widgets read `src` from. A page that says (a `<meta name="coop-data-origins">`,
 * as the generic embed page has) allows its own origin and the origins listed there, for the address
 * asked for and for the one that answered after any redirect; a page that does not say leaves it to
 * its Content-Security-Policy.
 */
export function allowedOrigins(doc: Document, pageUrl = doc.URL): string[] | undefined {
  const meta = doc.querySelector<HTMLMetaElement>('meta[name="coop-data-origins"]');
  return meta ? [new URL(pageUrl).origin, ...meta.content.split(/\s+/).filter(Boolean)] : undefined;
}

/** `url`'s origin when the page does not allow it (see `allowedOrigins`), else `undefined`. */
export function refusedOrigin(url: string, doc: Document): string | undefined {
  const allowed = allowedOrigins(doc);
  const { origin } = new URL(url, doc.baseURI);
  return allowed && !allowed.includes(origin) ? origin : undefined;
}
