// Security headers for every page: a per-request nonce CSP (no inline script runs without
// it; Next adds the nonce to its own scripts when it sees the policy on the request),
// the cross-site write guard (lib/auth/same-origin.ts) in front of every action and
// /api/auth endpoint, and a 400 for paths no route can decode (lib/http/bad-path.ts).
// On PostgreSQL, also the outage page: while the server is unreachable every request gets
// a 503 here (a page cannot set its own status in Next 16). The check is a cached probe
// (lib/db/reachability.ts), so healthy traffic pays no extra round-trip. The embedded
// database lives in this process and cannot be unreachable: no check there.
import { NextResponse, type NextRequest } from "next/server";
import { CROSS_SITE_MESSAGE, isCrossSiteWrite } from "@/lib/auth/same-origin";
import { badPathReason } from "@/lib/http/bad-path";
import { readDatabaseConfig } from "@/lib/db/config";
import { databaseReachable } from "@/lib/db/reachability";
import { unavailableResponse } from "@/lib/db/unavailable-page";

const database = readDatabaseConfig();

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

export async function proxy(request: NextRequest) {
  const bad = badPathReason(request.nextUrl.pathname);
  if (bad) {
    const api = /^\/(api|export|feeds)\//.test(request.nextUrl.pathname);
    return api ? NextResponse.json({ error: bad }, { status: 400 }) : new NextResponse(`400 Bad request. ${bad}\n`, { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const h = request.headers;
  if (isCrossSiteWrite({ method: request.method, origin: h.get("origin"), host: h.get("host"), forwardedHost: h.get("x-forwarded-host"), appUrl: process.env.APP_URL })) {
    return new NextResponse(CROSS_SITE_MESSAGE, { status: 403, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = buildCsp(nonce);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", csp);
  // /api/health makes its own check and says what it found.
  const down =
    database.kind === "postgres" && request.nextUrl.pathname !== "/api/health" && !(await databaseReachable(database.url));
  const response = down ? unavailableResponse(request.nextUrl.pathname) : NextResponse.next({ request: { headers: requestHeaders } });
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
