// Sign-in, sign-up and sign-out from server actions go through better-auth's HTTP handler,
// not auth.api: the handler is where its rate limiter runs (auth.api calls from server
// code skip it). The visitor's address is forwarded so the limit is per client, and the
// Set-Cookie headers of the answer are copied onto the action's response.
import "server-only";
import { parseSetCookieHeader, toCookieOptions } from "better-auth/cookies";
import { cookies, headers } from "next/headers";
import { appUrl, auth } from "./auth";

export type AuthCallResult = { status: number; body: { code?: string; message?: string } | null };

export async function callAuthEndpoint(path: "/sign-in/email" | "/sign-up/email" | "/sign-out", body: Record<string, unknown>): Promise<AuthCallResult> {
  const incoming = await headers();
  const forwarded = incoming.get("x-forwarded-for") ?? incoming.get("x-real-ip") ?? "127.0.0.1";
  const request = new Request(`${appUrl}/api/auth${path}`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      origin: appUrl,
      "x-forwarded-for": forwarded,
      "user-agent": incoming.get("user-agent") ?? "",
      cookie: incoming.get("cookie") ?? "",
    },
    body: JSON.stringify(body),
  });
  const response = await auth.handler(request);
  const jar = await cookies();
  for (const header of response.headers.getSetCookie()) {
    parseSetCookieHeader(header).forEach((value, name) => {
      if (name) jar.set(name, value.value, toCookieOptions(value));
    });
  }
  const text = await response.text();
  let parsed: AuthCallResult["body"] = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = { message: text };
  }
  return { status: response.status, body: parsed };
}
