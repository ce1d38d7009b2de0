import "server-only";
import { Prisma, type Db } from "@/lib/db";
import { toDateOrNull } from "@/lib/db/raw-rows";

export type ThreadKey = `review:${string}` | `post:${string}`;

/**
 * Marks a thread as opened now and returns when it was opened before (null the first
 * time), which is what the "new" marks compare against. One statement on every signed-in
 * thread view: the CTE reads the row as it was before the upsert (a statement sees one
 * snapshot), so the old time comes back from the same round trip that stores the new one.
 * The time is bound as UTC text and stored as UTC wall time, as Prisma stores DateTime.
 */
export async function recordThreadVisit(db: Pick<Db, "$queryRaw">, { userId, threadKey, at = new Date() }: { userId: string; threadKey: ThreadKey; at?: Date }) {
  const rows = await db.$queryRaw<{ previous: Date | string | null }[]>(Prisma.sql`
    WITH before AS (SELECT "lastVisitedAt" FROM "ThreadVisit" WHERE "userId" = ${userId} AND "threadKey" = ${threadKey})
    INSERT INTO "ThreadVisit" ("userId", "threadKey", "lastVisitedAt")
    VALUES (${userId}, ${threadKey}, ${at.toISOString()}::timestamptz AT TIME ZONE 'UTC')
    ON CONFLICT ("userId", "threadKey") DO UPDATE SET "lastVisitedAt" = EXCLUDED."lastVisitedAt"
    RETURNING (SELECT "lastVisitedAt" FROM before) AS previous`);
  return toDateOrNull(rows[0]?.previous);
}
