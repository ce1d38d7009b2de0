import { NextResponse } from "next/server";
import { z } from "zod";
import { findPublicLists } from "@/lib/queries/lists";

export const dynamic = "force-dynamic";

const querySchema = z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) });

/** Public lists only: unlisted and private lists are never enumerated. */
export async function GET(req: Request) {
  const url = new URL(req.url);
  const parsed = querySchema.safeParse({ limit: url.searchParams.get("limit") ?? undefined });
  if (!parsed.success) return NextResponse.json({ error: "limit must be a whole number from 1 to 200." }, { status: 400 });
  const lists = await findPublicLists({ take: parsed.data.limit });
  return NextResponse.json({
    items: lists.map((l) => ({
      slug: l.slug,
      title: l.title,
      description: l.description,
      owner: { name: l.owner.name, handle: l.owner.handle },
      entryCount: l.entryCount,
      sectionCount: l.sectionCount,
      updatedAt: l.updatedAt.toISOString(),
    })),
  });
}
