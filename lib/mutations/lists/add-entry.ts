import "server-only";
import { db as defaultDb, type Db } from "@/lib/db";
import { ConflictError, ValidationError } from "@/lib/errors";
import { appendEntry } from "./order";
import { reorder, type Actor } from "./list-lock";

export type AddEntryParams = { actor: Actor; listId: string; postId: string; sectionId: string | null; note?: string; core?: boolean };

/** Adds a post at the end of a section (or of the unsectioned entries). */
export async function addEntry({ actor, listId, postId, sectionId, note = "", core = true }: AddEntryParams, client: Db = defaultDb) {
  let entryId = "";
  await reorder(client, listId, actor, async (groups, tx) => {
    if (sectionId && !groups.some((g) => g.sectionId === sectionId)) {
      throw new ValidationError("That section is not in this list.", { sectionId: ["That section is not in this list."] });
    }
    const [post, existing] = await Promise.all([
      tx.post.findUnique({ where: { id: postId }, select: { id: true, draft: true, createdById: true } }),
      tx.listEntry.findUnique({ where: { listId_postId: { listId, postId } }, select: { id: true } }),
    ]);
    if (!post || (post.draft && post.createdById !== actor.id)) {
      throw new ValidationError("There is no such post in the library.", { postId: ["There is no such post in the library."] });
    }
    // Checked under the list lock, so two tabs adding the same post can't both pass.
    if (existing) throw new ConflictError("That post is already in this list.", { postId: ["That post is already in this list."] });
    const entry = await tx.listEntry.create({
      data: { listId, postId, sectionId, note, core, position: groups.reduce((n, g) => n + g.entryIds.length, 0) },
      select: { id: true },
    });
    entryId = entry.id;
    return appendEntry(groups, entry.id, sectionId);
  });
  return { id: entryId };
}
