import "server-only";
import { db as defaultDb, type Db } from "@/lib/db";
import { placeEntry, stepEntry } from "./order";
import { reorder, type Actor } from "./list-lock";

export type MoveEntryParams = {
  actor: Actor;
  listId: string;
  entryId: string;
  /** One step in reading order (the Move up / Move down buttons)... */
  direction?: "up" | "down";
  /** ...or a target section (null: unsectioned) and a 1-based place in it. */
  sectionId?: string | null;
  position?: number;
};

export async function moveEntry({ actor, listId, entryId, direction, sectionId = null, position }: MoveEntryParams, client: Db = defaultDb) {
  await reorder(client, listId, actor, (groups) =>
    position !== undefined ? placeEntry(groups, entryId, sectionId, position) : stepEntry(groups, entryId, direction ?? "down"),
  );
}
