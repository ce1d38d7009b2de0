// Pure ordering of a list's entries. The stored order is list-wide: entry positions run
// 0..n-1 with no gaps or duplicates, and follow the reading order shown on the page:
// unsectioned entries first, then each section in section order. Every write computes
// the whole new order here and stores it (see apply-order.ts), so a list can never be
// left with gaps, duplicates or entries out of their section's block.
import { ValidationError } from "@/lib/errors";

export type OrderSection = { id: string; position: number };
export type OrderEntry = { id: string; sectionId: string | null; position: number };
/** Groups in reading order; the first is the unsectioned group (sectionId null). */
export type Groups = { sectionId: string | null; entryIds: string[] }[];

export function toGroups(sections: OrderSection[], entries: OrderEntry[]): Groups {
  const ordered = [...sections].sort((a, b) => a.position - b.position || a.id.localeCompare(b.id));
  const groups: Groups = [{ sectionId: null, entryIds: [] }, ...ordered.map((s) => ({ sectionId: s.id, entryIds: [] as string[] }))];
  const index = new Map(groups.map((g, i) => [g.sectionId, i]));
  const sorted = [...entries].sort((a, b) => a.position - b.position || a.id.localeCompare(b.id));
  for (const e of sorted) groups[index.get(e.sectionId) ?? 0].entryIds.push(e.id);
  return groups;
}

/** The stored form of groups: section positions and entry (position, sectionId). */
export function flatten(groups: Groups) {
  const sections = groups.filter((g) => g.sectionId !== null).map((g, position) => ({ id: g.sectionId as string, position }));
  const entries: { id: string; sectionId: string | null; position: number }[] = [];
  for (const g of groups) for (const id of g.entryIds) entries.push({ id, sectionId: g.sectionId, position: entries.length });
  return { sections, entries };
}

function locate(groups: Groups, entryId: string) {
  for (let g = 0; g < groups.length; g++) {
    const i = groups[g].entryIds.indexOf(entryId);
    if (i >= 0) return { g, i };
  }
  throw new ValidationError("That entry is not in this list.");
}

const clone = (groups: Groups): Groups => groups.map((g) => ({ sectionId: g.sectionId, entryIds: [...g.entryIds] }));

/**
 * One step up or down in reading order. At the edge of a section the entry crosses
 * into the neighbouring section (end of the previous one, start of the next one), so
 * the buttons alone can move an entry anywhere. At the very start or end it stays, and
 * it never moves up into an empty unsectioned group.
 */
export function stepEntry(groups: Groups, entryId: string, direction: "up" | "down"): Groups {
  const next = clone(groups);
  const { g, i } = locate(next, entryId);
  const ids = next[g].entryIds;
  if (direction === "up") {
    if (i > 0) [ids[i - 1], ids[i]] = [ids[i], ids[i - 1]];
    // The unsectioned group shows only while it has entries: don't push entries into it.
    else if (g > 1 || (g === 1 && next[0].entryIds.length > 0)) {
      ids.splice(i, 1);
      next[g - 1].entryIds.push(entryId);
    }
  } else {
    if (i < ids.length - 1) [ids[i + 1], ids[i]] = [ids[i], ids[i + 1]];
    else if (g < next.length - 1) {
      ids.splice(i, 1);
      next[g + 1].entryIds.unshift(entryId);
    }
  }
  return next;
}

/** Move an entry into a section (null: unsectioned) at a 1-based place in it. */
export function placeEntry(groups: Groups, entryId: string, sectionId: string | null, position: number): Groups {
  const next = clone(groups);
  const target = next.find((g) => g.sectionId === sectionId);
  if (!target) throw new ValidationError("That section is not in this list.", { sectionId: ["That section is not in this list."] });
  const { g, i } = locate(next, entryId);
  next[g].entryIds.splice(i, 1);
  const max = target.entryIds.length + 1;
  if (!Number.isInteger(position) || position < 1 || position > max) {
    const message = `Position must be between 1 and ${max}.`;
    throw new ValidationError(message, { position: [message] });
  }
  target.entryIds.splice(position - 1, 0, entryId);
  return next;
}

/** Swap a section with its neighbour; its entries move with it. */
export function stepSection(groups: Groups, sectionId: string, direction: "up" | "down"): Groups {
  const next = clone(groups);
  const g = next.findIndex((x) => x.sectionId === sectionId);
  if (g < 1) throw new ValidationError("That section is not in this list.");
  const other = direction === "up" ? g - 1 : g + 1;
  // Index 0 is the unsectioned group, which always stays first.
  if (other < 1 || other >= next.length) return next;
  [next[g], next[other]] = [next[other], next[g]];
  return next;
}

export function appendEntry(groups: Groups, entryId: string, sectionId: string | null): Groups {
  const next = clone(groups);
  const target = next.find((g) => g.sectionId === sectionId);
  if (!target) throw new ValidationError("That section is not in this list.", { sectionId: ["That section is not in this list."] });
  target.entryIds.push(entryId);
  return next;
}

export function dropEntry(groups: Groups, entryId: string): Groups {
  return groups.map((g) => ({ sectionId: g.sectionId, entryIds: g.entryIds.filter((id) => id !== entryId) }));
}

/** Removing a section keeps its entries: they move to the end of the previous group. */
export function dropSection(groups: Groups, sectionId: string): Groups {
  const g = groups.findIndex((x) => x.sectionId === sectionId);
  if (g < 1) throw new ValidationError("That section is not in this list.");
  const next = clone(groups);
  const [removed] = next.splice(g, 1);
  next[g - 1].entryIds.push(...removed.entryIds);
  return next;
}
