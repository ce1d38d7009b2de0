// The cross-site request guard that proxy.ts applies to every unsafe request. Server
// actions are POSTs to page URLs and better-auth takes POSTs under /api/auth; a forged
// cross-site form could reach both. Next refuses a server action whose Origin names
// another host but lets a request with no Origin at all through, and better-auth checks
// Origin only when cookies come along. One rule here closes both gaps: a write must carry
// an Origin, and it must be this site's. Pure, so it is unit-tested without a server.

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export type RequestFacts = {
  method: string;
  origin: string | null;
  /** The Host header, and X-Forwarded-Host when a proxy in front set it. */
  host: string | null;
  forwardedHost: string | null;
  /** APP_URL, the public origin, when configured. */
  appUrl?: string;
};

export const CROSS_SITE_MESSAGE = "Cross-site request refused: a write must come from a page of this site (the Origin header is missing or names another site).";

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/** True when the request is a write that did not come from this site's own pages. */
export function isCrossSiteWrite({ method, origin, host, forwardedHost, appUrl }: RequestFacts): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return false;
  // "null" is what sandboxed frames and some redirects send: no site to trust.
  if (!origin || origin === "null") return true;
  const originHost = hostOf(origin);
  if (!originHost) return true;
  const trusted = [forwardedHost?.split(",")[0]?.trim(), host, appUrl ? hostOf(appUrl) : null].filter(Boolean);
  return !trusted.includes(originHost);
}
