// Typed relations between posts (critiques, builds on, ...), read in both directions.
import "server-only";
import type { Db } from "@/lib/db/client";
import type { RelationType } from "@/lib/domain";
import type { Viewer } from "./library";

export type PostRelationView = {
  id: string;
  type: RelationType;
  /** "forward": this post -> other ("Critiques X"); "backward": other -> this ("Critiqued by X"). */
  direction: "forward" | "backward";
  crux: string;
  other: { slug: string; title: string; authorsText: string; publishedYear: number | null };
};

const otherSelect = { slug: true, title: true, authorsText: true, publishedYear: true, draft: true, createdById: true } as const;

/** Both directions in one query, keyed by the post's slug so it runs beside the post read. */
export async function findRelations(client: Pick<Db, "postRelation">, { slug, viewer }: { slug: string; viewer: Viewer }): Promise<PostRelationView[]> {
  const rows = await client.postRelation.findMany({
    where: { OR: [{ fromPost: { slug } }, { toPost: { slug } }] },
    orderBy: [{ type: "asc" }, { createdAt: "asc" }],
    select: { id: true, type: true, crux: true, fromPost: { select: otherSelect }, toPost: { select: otherSelect } },
  });
  const out: PostRelationView[] = [];
  for (const r of rows) {
    const forward = r.fromPost.slug === slug;
    const other = forward ? r.toPost : r.fromPost;
    if (other.draft && other.createdById !== viewer?.id) continue;
    out.push({
      id: r.id,
      type: r.type,
      direction: forward ? "forward" : "backward",
      crux: r.crux,
      other: { slug: other.slug, title: other.title, authorsText: other.authorsText, publishedYear: other.publishedYear },
    });
  }
  return out;
}
