import "server-only";
import { db as defaultDb, type Db } from "@/lib/db";
import type { ListFields } from "@/lib/schemas/list";
import type { Actor } from "./list-lock";
import { newListSlug } from "./list-slug";

export async function createList({ actor, fields }: { actor: Actor; fields: ListFields }, client: Db = defaultDb) {
  return client.$transaction(async (tx) => {
    const slug = await newListSlug(tx, fields.title, fields.visibility);
    return tx.readingList.create({
      data: { slug, title: fields.title, description: fields.description ?? "", visibility: fields.visibility, ownerId: actor.id },
      select: { id: true, slug: true },
    });
  });
}
