/**
 * Why a request path cannot be served, or null. A malformed %-escape or invalid UTF-8 makes
 * Next's router fail with a bare 500, and a NUL reaching a slug lookup makes PostgreSQL
 * refuse the query (also a 500): both are the client's mistake, so proxy.ts answers them
 * with a 400 before any route runs.
 */
export function badPathReason(pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return "The address is malformed: it has a broken %-escape or bytes that are not UTF-8.";
  }
  if (/[\u0000-\u001f\u007f]/.test(decoded)) return "The address contains a control character (such as NUL), which no page has.";
  return null;
}
