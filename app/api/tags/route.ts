import { NextResponse } from "next/server";
import { findTags } from "@/lib/queries/tags";

export const dynamic = "force-dynamic";

export async function GET() {
  const tags = await findTags();
  const slugById = new Map(tags.map((t) => [t.id, t.slug]));
  return NextResponse.json({
    items: tags.map(({ id: _id, parentId, ...t }) => ({ ...t, parent: parentId ? slugById.get(parentId) ?? null : null })),
    total: tags.length,
  });
}
