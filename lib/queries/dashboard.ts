import "server-only";
import { db as defaultDb, type Db } from "@/lib/db";
import { READING_STATUSES, type ReadingStatusValue } from "@/lib/domain";
import { computeListProgress, type ListProgress } from "./progress";

export type DashboardList = { id: string; slug: string; title: string; visibility: string; progress: ListProgress; nextPost: { slug: string; title: string } | null };

/** My lists with their progress: two queries however many lists. */
export async function getMyListsWithProgress(userId: string, client: Db = defaultDb): Promise<DashboardList[]> {
  const [lists, statuses] = await Promise.all([
    client.readingList.findMany({
      where: { ownerId: userId },
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      select: {
        id: true,
        slug: true,
        title: true,
        visibility: true,
        entries: { select: { id: true, postId: true, core: true, position: true, post: { select: { slug: true, title: true } } } },
      },
    }),
    client.readingStatus.findMany({
      where: { userId, post: { listEntries: { some: { list: { ownerId: userId } } } } },
      select: { postId: true, status: true, updatedAt: true },
    }),
  ]);
  const map = Object.fromEntries(statuses.map((s) => [s.postId, { status: s.status, updatedAt: s.updatedAt }]));
  return lists.map((l) => {
    const progress = computeListProgress(l.entries, map);
    const next = l.entries.find((e) => e.id === progress.nextEntryId);
    return { id: l.id, slug: l.slug, title: l.title, visibility: l.visibility, progress, nextPost: next ? next.post : null };
  });
}

export async function getStatusCounts(userId: string, client: Db = defaultDb): Promise<Record<ReadingStatusValue, number>> {
  const rows = await client.readingStatus.groupBy({ by: ["status"], where: { userId }, _count: { _all: true } });
  const counts = Object.fromEntries(READING_STATUSES.map((s) => [s, 0])) as Record<ReadingStatusValue, number>;
  for (const r of rows) counts[r.status] = r._count._all;
  return counts;
}

export async function getMyRecentReviews(userId: string, { take = 5 } = {}, client: Db = defaultDb) {
  return client.review.findMany({
    where: { authorId: userId, deletedAt: null },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take,
    select: { id: true, rating: true, createdAt: true, post: { select: { slug: true, title: true } } },
  });
}

/** Posts I marked read and have not reviewed: the start of my review queue. */
export async function getReadNotReviewed(userId: string, { take = 20 } = {}, client: Db = defaultDb) {
  const rows = await client.readingStatus.findMany({
    where: { userId, status: "read", post: { reviews: { none: { authorId: userId, deletedAt: null } } } },
    orderBy: [{ updatedAt: "desc" }, { postId: "asc" }],
    take,
    select: { updatedAt: true, post: { select: { id: true, slug: true, title: true, authorsText: true } } },
  });
  return rows.map((r) => ({ ...r.post, readAt: r.updatedAt }));
}
