import "server-only";
import { db as defaultDb, type Db } from "@/lib/db";
import { dropSection } from "./order";
import { reorder, type Actor } from "./list-lock";

/** Removes a section; its entries stay in the list, at the end of the previous section. */
export async function removeSection({ actor, listId, sectionId }: { actor: Actor; listId: string; sectionId: string }, client: Db = defaultDb) {
  await reorder(client, listId, actor, async (groups, tx) => {
    const next = dropSection(groups, sectionId);
    // The foreign key nulls the entries' section; saving the new order then puts them
    // in the previous section.
    await tx.listSection.delete({ where: { id: sectionId } });
    return next;
  });
}
