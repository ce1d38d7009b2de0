import "server-only";
import { db as defaultDb, type Db } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { dropEntry } from "./order";
import { reorder, type Actor } from "./list-lock";

export async function removeEntry({ actor, listId, entryId }: { actor: Actor; listId: string; entryId: string }, client: Db = defaultDb) {
  await reorder(client, listId, actor, async (groups, tx) => {
    const { count } = await tx.listEntry.deleteMany({ where: { id: entryId, listId } });
    if (count === 0) throw new ValidationError("That entry is not in this list (it may have been removed already).");
    return dropEntry(groups, entryId);
  });
}
