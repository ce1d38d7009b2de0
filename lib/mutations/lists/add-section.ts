import "server-only";
import { db as defaultDb, type Db } from "@/lib/db";
import { reorder, type Actor } from "./list-lock";

/** A new section goes to the end of the list. */
export async function addSection({ actor, listId, title }: { actor: Actor; listId: string; title: string }, client: Db = defaultDb) {
  let sectionId = "";
  await reorder(client, listId, actor, async (groups, tx) => {
    const section = await tx.listSection.create({ data: { listId, title, position: groups.length - 1 }, select: { id: true } });
    sectionId = section.id;
    return [...groups, { sectionId: section.id, entryIds: [] }];
  });
  return { id: sectionId };
}
