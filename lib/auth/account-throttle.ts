// The second sign-in limit: per account, not per address. better-auth's own limit keys on
// the client address it reads from X-Forwarded-For, and `next start` keeps whatever value
// a client sends there (it only fills the header in when missing), so rotating that header
// would buy unlimited guesses at one password. Counting attempts per email closes that.
// The price is that a stranger can hold one account's sign-in shut for a window, so this
// limit is twice the per-address one. Rows live in better-auth's RateLimit table under
// their own key prefix; a fixed window starts at the first attempt.
import type { Db } from "@/lib/db";

export const ACCOUNT_WINDOW_MS = 300_000;
/** AUTH_RATE_LIMIT_MAX raises both limits for the e2e server, whose test users share one account (the admin). */
export const accountMax = () => 2 * Number(process.env.AUTH_RATE_LIMIT_MAX ?? 5);

export const accountKey = (email: string) => `account/sign-in/email/${email.trim().toLowerCase()}`;

/** Counts one sign-in attempt for this email; true when it is over the limit. One statement, so concurrent attempts all count. */
export async function countSignInAttempt(db: Pick<Db, "$queryRaw">, email: string, now = Date.now()): Promise<boolean> {
  const windowStart = BigInt(now - ACCOUNT_WINDOW_MS);
  const rows = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimit" (id, key, count, "lastRequest") VALUES (${crypto.randomUUID()}, ${accountKey(email)}, 1, ${BigInt(now)})
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN "RateLimit"."lastRequest" < ${windowStart} THEN 1 ELSE "RateLimit".count + 1 END,
      "lastRequest" = CASE WHEN "RateLimit"."lastRequest" < ${windowStart} THEN ${BigInt(now)} ELSE "RateLimit"."lastRequest" END
    RETURNING count`;
  return Number(rows[0]?.count ?? 0) > accountMax();
}
