import "server-only";
import type { Db } from "@/lib/db";

export type ThreadKey = `review:${string}` | `post:${string}`;

/**
 * Marks a thread as opened now and returns when it was opened before (null the first
 * time), which is what the "new" marks compare against.
 */
export async function recordThreadVisit(db: Db, { userId, threadKey, at = new Date() }: { userId: string; threadKey: ThreadKey; at?: Date }) {
  const previous = await db.threadVisit.findUnique({ where: { userId_threadKey: { userId, threadKey } }, select: { lastVisitedAt: true } });
  await db.threadVisit.upsert({
    where: { userId_threadKey: { userId, threadKey } },
    create: { userId, threadKey, lastVisitedAt: at },
    update: { lastVisitedAt: at },
  });
  return previous?.lastVisitedAt ?? null;
}
