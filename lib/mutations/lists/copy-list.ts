import "server-only";
import { db as defaultDb, type Db } from "@/lib/db";
import { canViewList } from "@/lib/auth/permissions";
import { NotFoundError } from "@/lib/errors";
import type { Actor } from "./list-lock";
import { newListSlug } from "./list-slug";

/**
 * Copies a list the actor can see into a new private list they own: its own sections and
 * entries (independent of the original from then on), with copiedFromId recorded.
 */
export async function copyList({ actor, listId }: { actor: Actor; listId: string }, client: Db = defaultDb) {
  return client.$transaction(async (tx) => {
    const source = await tx.readingList.findUnique({
      where: { id: listId },
      select: {
        id: true,
        title: true,
        description: true,
        ownerId: true,
        visibility: true,
        sections: { orderBy: { position: "asc" }, select: { id: true, title: true, position: true } },
        entries: { orderBy: { position: "asc" }, select: { sectionId: true, postId: true, position: true, note: true, core: true } },
      },
    });
    if (!source || !canViewList(actor, source)) throw new NotFoundError("No such reading list.");
    const title = `${source.title} (copy)`.slice(0, 200);
    const slug = await newListSlug(tx, title, "private");
    const copy = await tx.readingList.create({
      data: { slug, title, description: source.description, visibility: "private", ownerId: actor.id, copiedFromId: source.id },
      select: { id: true, slug: true },
    });
    const sectionMap = new Map<string, string>();
    for (const [position, s] of source.sections.entries()) {
      const created = await tx.listSection.create({ data: { listId: copy.id, title: s.title, position }, select: { id: true } });
      sectionMap.set(s.id, created.id);
    }
    if (source.entries.length) {
      await tx.listEntry.createMany({
        data: source.entries.map((e, position) => ({
          listId: copy.id,
          postId: e.postId,
          sectionId: e.sectionId ? (sectionMap.get(e.sectionId) ?? null) : null,
          position,
          note: e.note,
          core: e.core,
        })),
      });
    }
    return copy;
  });
}
