import "server-only";
import { db as defaultDb, type Db } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { lockListForEdit, type Actor } from "./list-lock";

export async function updateEntry(
  { actor, listId, entryId, note, core }: { actor: Actor; listId: string; entryId: string; note: string; core: boolean },
  client: Db = defaultDb,
) {
  await client.$transaction(async (tx) => {
    await lockListForEdit(tx, listId, actor);
    const { count } = await tx.listEntry.updateMany({ where: { id: entryId, listId }, data: { note, core } });
    if (count === 0) throw new ValidationError("That entry is not in this list.");
    await tx.readingList.update({ where: { id: listId }, data: { updatedAt: new Date() } });
  });
}
