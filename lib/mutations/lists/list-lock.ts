// Every write to a list's sections or entries runs inside one transaction that first
// locks the list row. Concurrent writes to the same list (the owner's two tabs) then
// run one after the other, each reading the order the previous one stored, so the order
// stays dense and no entry is lost. PGlite has one connection and is serial anyway.
import "server-only";
import type { Db } from "@/lib/db";
import { canEdit, canViewList, type Visibility } from "@/lib/auth/permissions";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { flatten, toGroups, type Groups } from "./order";

export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
export type Actor = { id: string; role: "member" | "admin" };

export async function lockListForEdit(tx: Tx, listId: string, actor: Actor) {
  const rows = await tx.$queryRaw<{ id: string; ownerId: string; visibility: Visibility }[]>`
    SELECT id, "ownerId", visibility::text AS visibility FROM "ReadingList" WHERE id = ${listId} FOR UPDATE`;
  const list = rows[0];
  // A list the actor may not see does not exist for them (private lists don't leak).
  if (!list || !canViewList(actor, list)) throw new NotFoundError("No such reading list.");
  if (!canEdit(actor, list)) throw new ForbiddenError("Only the list's owner can change it.");
  return list;
}

export async function loadGroups(tx: Tx, listId: string): Promise<Groups> {
  const [sections, entries] = await Promise.all([
    tx.listSection.findMany({ where: { listId }, select: { id: true, position: true } }),
    tx.listEntry.findMany({ where: { listId }, select: { id: true, sectionId: true, position: true } }),
  ]);
  return toGroups(sections, entries);
}

/** Stores the order of `groups`, writing only the rows whose place changed. */
export async function saveGroups(tx: Tx, listId: string, groups: Groups) {
  const [sections, entries] = await Promise.all([
    tx.listSection.findMany({ where: { listId }, select: { id: true, position: true } }),
    tx.listEntry.findMany({ where: { listId }, select: { id: true, sectionId: true, position: true } }),
  ]);
  const want = flatten(groups);
  const sectionNow = new Map(sections.map((s) => [s.id, s.position]));
  const entryNow = new Map(entries.map((e) => [e.id, e]));
  for (const s of want.sections) {
    if (sectionNow.get(s.id) !== s.position) await tx.listSection.update({ where: { id: s.id }, data: { position: s.position } });
  }
  for (const e of want.entries) {
    const now = entryNow.get(e.id);
    if (!now || now.position !== e.position || now.sectionId !== e.sectionId) {
      await tx.listEntry.update({ where: { id: e.id }, data: { position: e.position, sectionId: e.sectionId } });
    }
  }
  await tx.readingList.update({ where: { id: listId }, data: { updatedAt: new Date() } });
}

/** Lock, load the order, let `change` compute a new one, store it. */
export async function reorder(client: Db, listId: string, actor: Actor, change: (groups: Groups, tx: Tx) => Promise<Groups> | Groups) {
  return client.$transaction(async (tx) => {
    await lockListForEdit(tx, listId, actor);
    const groups = await loadGroups(tx, listId);
    const next = await change(groups, tx);
    await saveGroups(tx, listId, next);
    return next;
  });
}
