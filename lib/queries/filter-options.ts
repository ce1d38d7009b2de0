// Agenda and tag options for the library's filter form, bounded: the most-used ones plus
// whatever the URL already selects. A library with 2,000 tags must not render 2,000
// <option>s (and their RSC copy) on every page view; the full trees are one link away.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db/client";
import { buildTree, flattenTree } from "./agendas";

/** How many of each the form offers; a small taxonomy (the demo's, a real one) fits whole. */
export const FILTER_OPTION_LIMIT = 50;

export type FilterOption = { id: string; slug: string; name: string; depth: number };
export type FilterOptions = { options: FilterOption[]; total: number };

type Row = { kind: "Agenda" | "Tag"; id: string; slug: string; name: string; parentId: string | null; postCount: number; total: number };

// The top N by post count, the selected slugs (current or former), and the total, for one
// taxonomy. The table name is one of two constants, never user input.
function pickOptions(table: "Agenda" | "Tag", selected: readonly string[], limit: number, selectedIds: readonly string[] = []): Prisma.Sql {
  const t = Prisma.raw(`"${table}"`);
  return Prisma.sql`
    SELECT ${table}::text AS kind, o.id, o.slug, o.name, o."parentId", o."postCount", (SELECT count(*)::int FROM ${t}) AS total
    FROM (
      (SELECT id FROM ${t} ORDER BY "postCount" DESC, name ASC, id ASC LIMIT ${limit})
      UNION
      (SELECT id FROM ${t} WHERE slug = ANY(${[...selected]}::text[]) OR "oldSlugs" && ${[...selected]}::text[] OR id = ANY(${[...selectedIds]}::text[]))
    ) pick JOIN ${t} o ON o.id = pick.id`;
}

function toOptions(rows: Row[]): FilterOptions {
  const total = rows.length ? Number(rows[0].total) : 0;
  // Tree order with depths, as before; a node whose parent did not make the cut is shown
  // as a root rather than lost (buildTree's rule for a missing parent).
  const options = flattenTree(buildTree(rows.map((r) => Object.assign({}, r, { postCount: Number(r.postCount) })))).map((n) => ({
    id: n.id,
    slug: n.slug,
    name: n.name,
    depth: n.depth,
  }));
  return { options, total };
}

/** Both taxonomies' options in one round trip (each library page view asks for them). */
export async function findFilterOptions(
  db: Pick<Db, "$queryRaw">,
  { agendas = [], tags = [], limit = FILTER_OPTION_LIMIT }: { agendas?: readonly string[]; tags?: readonly string[]; limit?: number } = {},
) {
  const rows = await db.$queryRaw<Row[]>`${pickOptions("Agenda", agendas, limit)} UNION ALL ${pickOptions("Tag", tags, limit)}`;
  return { agendas: toOptions(rows.filter((r) => r.kind === "Agenda")), tags: toOptions(rows.filter((r) => r.kind === "Tag")) };
}

/**
 * The post form's pickers, bounded the same way: the most-used agendas and tags plus the
 * ones the post already has (by id). The rest are named in the form's "other" fields.
 */
export async function findPickerOptions(
  db: Pick<Db, "$queryRaw">,
  { agendaIds = [], tagIds = [], limit = FILTER_OPTION_LIMIT }: { agendaIds?: readonly string[]; tagIds?: readonly string[]; limit?: number } = {},
) {
  const rows = await db.$queryRaw<Row[]>`${pickOptions("Agenda", [], limit, agendaIds)} UNION ALL ${pickOptions("Tag", [], limit, tagIds)}`;
  return { agendas: toOptions(rows.filter((r) => r.kind === "Agenda")), tags: toOptions(rows.filter((r) => r.kind === "Tag")) };
}
