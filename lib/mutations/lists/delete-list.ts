import "server-only";
import { db as defaultDb, type Db } from "@/lib/db";
import { lockListForEdit, type Actor } from "./list-lock";

/** Deletes the list with its sections and entries; copies made from it stay. */
export async function deleteList({ actor, listId }: { actor: Actor; listId: string }, client: Db = defaultDb) {
  await client.$transaction(async (tx) => {
    await lockListForEdit(tx, listId, actor);
    await tx.readingList.delete({ where: { id: listId } });
  });
}
