// Security headers for every page: a per-request nonce CSP (no inline script runs without
// it; Next adds the nonce to its own scripts when it sees the policy on the request).
import { NextResponse, type NextRequest } from "next/server";

export function buildCsp(nonce: string, dev = process.env.NODE_ENV !== "production") {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // KaTeX lays out math with inline style attributes; user markdown never carries
    // styles (the sanitizer strips them), so inline styles are allowed, scripts are not.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: https:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * Why a request path cannot be served, or null. A malformed %-escape or invalid UTF-8 makes
 * Next's router fail with a bare 500, and a NUL reaching a slug lookup makes PostgreSQL
 * refuse the query (also a 500): both are the client's mistake, so they get a 400 here,
 * before any route runs.
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

export function proxy(request: NextRequest) {
  const bad = badPathReason(request.nextUrl.pathname);
  if (bad) {
    const api = /^\/(api|export|feeds)\//.test(request.nextUrl.pathname);
    return api ? NextResponse.json({ error: bad }, { status: 400 }) : new NextResponse(`400 Bad request. ${bad}\n`, { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = buildCsp(nonce);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", csp);
  response.headers.set("x-content-type-options", "nosniff");
  response.headers.set("referrer-policy", "strict-origin-when-cross-origin");
  response.headers.set("x-frame-options", "DENY");
  response.headers.set("permissions-policy", "camera=(), microphone=(), geolocation=()");
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
