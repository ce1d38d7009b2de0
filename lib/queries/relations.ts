// Typed relations between posts (critiques, builds on, ...), read in both directions.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { RelationType } from "@/lib/domain";

export type PostRelationView = {
  id: string;
  type: RelationType;
  /** "forward": this post -> other ("Critiques X"); "backward": other -> this ("Critiqued by X"). */
  direction: "forward" | "backward";
  crux: string;
  other: { slug: string; title: string; authorsText: string; publishedYear: number | null };
};

/**
 * A json array of PostRelationView for the post `p` of the enclosing statement, both
 * directions, by type then age. The other post must be visible to the viewer: a draft is
 * its creator's only, so a relation to someone else's draft is left out.
 */
export function relationsJsonSql(viewerId: string | null): Prisma.Sql {
  return Prisma.sql`coalesce((
    SELECT json_agg(json_build_object(
        'id', r.id, 'type', r.type, 'crux', r.crux,
        'direction', CASE WHEN r."fromPostId" = p.id THEN 'forward' ELSE 'backward' END,
        'other', json_build_object('slug', o.slug, 'title', o.title, 'authorsText', o."authorsText", 'publishedYear', o."publishedYear")
      ) ORDER BY r.type, r."createdAt", r.id)
    FROM "PostRelation" r
    JOIN "Post" o ON o.id = CASE WHEN r."fromPostId" = p.id THEN r."toPostId" ELSE r."fromPostId" END
    WHERE (r."fromPostId" = p.id OR r."toPostId" = p.id) AND (o.draft = false OR o."createdById" = ${viewerId})
  ), '[]'::json)`;
}
