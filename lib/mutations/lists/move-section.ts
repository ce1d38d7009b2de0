import "server-only";
import { db as defaultDb, type Db } from "@/lib/db";
import { stepSection } from "./order";
import { reorder, type Actor } from "./list-lock";

export async function moveSection(
  { actor, listId, sectionId, direction }: { actor: Actor; listId: string; sectionId: string; direction: "up" | "down" },
  client: Db = defaultDb,
) {
  await reorder(client, listId, actor, (groups) => stepSection(groups, sectionId, direction));
}
