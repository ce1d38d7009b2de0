// Tags: the nested list with post counts, and one tag with its parent and children.
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Db } from "@/lib/db/client";
import { buildTree } from "./agendas";

const tagListSelect = { id: true, name: true, slug: true, description: true, parentId: true, postCount: true } as const;

export async function findTagTree(client: Pick<Db, "tag"> = db) {
  const rows = await client.tag.findMany({ orderBy: { name: "asc" }, select: tagListSelect });
  return buildTree(rows);
}

export async function findTags(client: Pick<Db, "tag"> = db) {
  return client.tag.findMany({ orderBy: { name: "asc" }, select: tagListSelect });
}

/** A tag by its slug or a former slug (renames keep old links working). */
export async function findTagBySlug(client: Pick<Db, "tag"> = db, slug: string) {
  return client.tag.findFirst({
    where: { OR: [{ slug }, { oldSlugs: { has: slug } }] },
    select: {
      ...tagListSelect,
      parent: { select: { name: true, slug: true } },
      children: { orderBy: { name: "asc" }, select: { name: true, slug: true, postCount: true } },
    },
  });
}

/** cache(): metadata and page body share one lookup per request. */
export const getTagBySlug = cache(async (slug: string) => findTagBySlug(db, slug));
