import "server-only";
import { db as defaultDb, type Db } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { lockListForEdit, type Actor } from "./list-lock";

export async function renameSection(
  { actor, listId, sectionId, title }: { actor: Actor; listId: string; sectionId: string; title: string },
  client: Db = defaultDb,
) {
  await client.$transaction(async (tx) => {
    await lockListForEdit(tx, listId, actor);
    const { count } = await tx.listSection.updateMany({ where: { id: sectionId, listId }, data: { title } });
    if (count === 0) throw new ValidationError("That section is not in this list.", { sectionId: ["That section is not in this list."] });
  });
}
