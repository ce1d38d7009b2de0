import "server-only";
import { db as defaultDb, type Db } from "@/lib/db";
import type { ReadingStatusValue } from "@/lib/domain";

export type StatusInfo = { status: ReadingStatusValue; updatedAt: Date };
/** The reader's statuses keyed by post id (only the status is read for progress). */
export type StatusMap = Record<string, Pick<StatusInfo, "status">>;

export async function getStatusForPost(userId: string | null | undefined, postId: string, client: Db = defaultDb): Promise<StatusInfo | null> {
  if (!userId) return null;
  return client.readingStatus.findUnique({ where: { userId_postId: { userId, postId } }, select: { status: true, updatedAt: true } });
}

export type ProgressEntry = { id: string; postId: string; core: boolean; position: number };
export type ListProgress = {
  total: number;
  read: number;
  coreTotal: number;
  coreRead: number;
  /** The next core entry in reading order that is neither read nor skipped. */
  nextEntryId: string | null;
};

/** Pure: progress of one list from its entries (any order) and the reader's statuses. */
export function computeListProgress(entries: ProgressEntry[], statuses: StatusMap): ListProgress {
  const ordered = [...entries].sort((a, b) => a.position - b.position);
  const isRead = (e: ProgressEntry) => statuses[e.postId]?.status === "read";
  const core = ordered.filter((e) => e.core);
  const next = core.find((e) => {
    const s = statuses[e.postId]?.status;
    return s !== "read" && s !== "skipped";
  });
  return {
    total: ordered.length,
    read: ordered.filter(isRead).length,
    coreTotal: core.length,
    coreRead: core.filter(isRead).length,
    nextEntryId: next?.id ?? null,
  };
}
