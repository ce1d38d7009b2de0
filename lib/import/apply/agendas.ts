// Agendas from shallow-review files: matched by name or slug, created when missing (a parent
// named but not listed is created too), and their empty summary, theory of change, section
// and parent filled in. With `tx` null nothing is written (dry run) but the state still
// learns the would-be agendas, so the rest of the plan sees them.
import type { Db } from "@/lib/db";
import type { Tx } from "@/lib/mutations/posts/write-post";
import { toSlug } from "@/lib/slug";
import type { ImportedAgenda } from "../types";
import type { PlanRow } from "./report";
import type { ImportState } from "./state";
import { newId } from "./write";

type Stored = { id: string; summary: string; theoryOfChange: string; section: string | null; parentId: string | null };

export async function applyAgendas(reader: Pick<Db, "agenda">, tx: Tx | null, state: ImportState, agendas: ImportedAgenda[]): Promise<PlanRow[]> {
  if (!agendas.length) return [];
  const stored = new Map<string, Stored>(
    (await (tx ?? reader).agenda.findMany({ select: { id: true, summary: true, theoryOfChange: true, section: true, parentId: true } })).map((a) => [a.id, a]),
  );
  const rows: PlanRow[] = [];
  const usedSlugs = new Set(state.agendaBySlug.keys());

  const create = async (a: { name: string; summary?: string; theoryOfChange?: string; section?: string; parentId: string | null }) => {
    const row = {
      id: newId(),
      name: a.name.trim(),
      slug: state.takeSlug(usedSlugs, toSlug(a.name, 60)),
      summary: a.summary ?? "",
      theoryOfChange: a.theoryOfChange ?? "",
      section: a.section ?? null,
      parentId: a.parentId,
    };
    if (tx) await tx.agenda.create({ data: row });
    state.addAgenda(row);
    stored.set(row.id, row);
    return row.id;
  };

  for (const a of agendas) {
    const name = a.name?.trim();
    if (!name) {
      rows.push({ line: a.line, kind: "agenda", title: "", action: "skip", reason: "no name" });
      continue;
    }
    let parentId: string | null = null;
    let parentNote = "";
    if (a.parentName?.trim() && a.parentName.trim().toLowerCase() !== name.toLowerCase()) {
      parentId = state.findAgenda(a.parentName) ?? null;
      if (!parentId) {
        parentId = await create({ name: a.parentName, parentId: null });
        parentNote = `; its parent "${a.parentName.trim()}" is new too`;
      }
    }
    const id = state.findAgenda(name);
    if (!id) {
      await create({ name, summary: a.summary, theoryOfChange: a.theoryOfChange, section: a.section, parentId });
      rows.push({ line: a.line, kind: "agenda", title: name, action: "create", reason: `new agenda${parentNote}` });
      continue;
    }
    const existing = stored.get(id)!;
    const data: Partial<Stored> = {};
    if (!existing.summary && a.summary) data.summary = a.summary;
    if (!existing.theoryOfChange && a.theoryOfChange) data.theoryOfChange = a.theoryOfChange;
    if (!existing.section && a.section) data.section = a.section;
    if (!existing.parentId && parentId && parentId !== id) data.parentId = parentId;
    const fields = Object.keys(data);
    if (!fields.length) {
      rows.push({ line: a.line, kind: "agenda", title: name, action: "skip", reason: "agenda already in the library; nothing new" });
      continue;
    }
    if (tx) await tx.agenda.update({ where: { id }, data });
    Object.assign(existing, data);
    rows.push({ line: a.line, kind: "agenda", title: name, action: "merge", reason: `agenda exists; adds ${fields.join(", ")}${parentNote}` });
  }
  return rows;
}
