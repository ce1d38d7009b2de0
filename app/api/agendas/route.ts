import { NextResponse } from "next/server";
import { findAgendas } from "@/lib/queries/agendas";

export const dynamic = "force-dynamic";

export async function GET() {
  const agendas = await findAgendas();
  const slugById = new Map(agendas.map((a) => [a.id, a.slug]));
  return NextResponse.json({
    items: agendas.map(({ id: _id, parentId, ...a }) => ({ ...a, parent: parentId ? slugById.get(parentId) ?? null : null })),
    total: agendas.length,
  });
}
