import "server-only";
import { db as defaultDb, type Db } from "@/lib/db";

export type CoverageRow = {
  agendaId: string;
  slug: string;
  name: string;
  core: number;
  /** Core posts neither being read nor read (no status, to read, or skipped). */
  unread: number;
  reading: number;
  read: number;
  /** Core posts the user has a (not deleted) review of. */
  reviewed: number;
};

/**
 * Agenda coverage: for each agenda with core posts, how many of them the user has not
 * read, is reading, has read and has reviewed. One query for all agendas; agendas
 * without core posts are left out (nothing to cover).
 */
export async function getAgendaCoverage(userId: string, client: Db = defaultDb): Promise<CoverageRow[]> {
  const rows = await client.$queryRaw<
    { agendaId: string; slug: string; name: string; core: bigint; unread: bigint; reading: bigint; read: bigint; reviewed: bigint }[]
  >`
    SELECT a.id AS "agendaId", a.slug, a.name,
      count(*) AS core,
      count(*) FILTER (WHERE rs.status IS NULL OR rs.status NOT IN ('reading', 'read')) AS unread,
      count(*) FILTER (WHERE rs.status = 'reading') AS reading,
      count(*) FILTER (WHERE rs.status = 'read') AS read,
      count(*) FILTER (WHERE EXISTS (
        SELECT 1 FROM "Review" rv WHERE rv."postId" = p.id AND rv."authorId" = ${userId} AND rv."deletedAt" IS NULL
      )) AS reviewed
    FROM "Agenda" a
    JOIN "PostAgenda" pa ON pa."agendaId" = a.id AND pa.core
    JOIN "Post" p ON p.id = pa."postId" AND NOT p.draft
    LEFT JOIN "ReadingStatus" rs ON rs."postId" = p.id AND rs."userId" = ${userId}
    GROUP BY a.id, a.slug, a.name
    ORDER BY a.name, a.id`;
  return rows.map((r) => ({
    agendaId: r.agendaId,
    slug: r.slug,
    name: r.name,
    core: Number(r.core),
    unread: Number(r.unread),
    reading: Number(r.reading),
    read: Number(r.read),
    reviewed: Number(r.reviewed),
  }));
}
