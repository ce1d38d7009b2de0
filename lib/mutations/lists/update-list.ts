import "server-only";
import { db as defaultDb, type Db } from "@/lib/db";
import type { ListFields } from "@/lib/schemas/list";
import { lockListForEdit, type Actor } from "./list-lock";

/** Title, description and visibility. The slug stays, so shared links keep working. */
export async function updateList({ actor, listId, fields }: { actor: Actor; listId: string; fields: ListFields }, client: Db = defaultDb) {
  return client.$transaction(async (tx) => {
    await lockListForEdit(tx, listId, actor);
    return tx.readingList.update({
      where: { id: listId },
      data: { title: fields.title, description: fields.description ?? "", visibility: fields.visibility },
      select: { id: true, slug: true },
    });
  });
}
