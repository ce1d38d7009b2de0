import { NextResponse } from "next/server";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { getListBySlug, listToJson } from "@/lib/queries/lists";

export const dynamic = "force-dynamic";

const slugSchema = z.string().min(1).max(200).regex(/^[a-z0-9-]+$/);

/** A list as JSON. Private lists answer 404 to everyone but their owner, so they don't leak. */
export async function GET(_req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const parsed = slugSchema.safeParse(slug);
  if (!parsed.success) return NextResponse.json({ error: "Invalid list slug." }, { status: 400 });
  const list = await getListBySlug(parsed.data, await getCurrentUser());
  if (!list) return NextResponse.json({ error: "No such reading list." }, { status: 404, headers: { "cache-control": "no-store" } });
  return NextResponse.json(listToJson(list), { headers: { "cache-control": list.visibility === "public" ? "public, max-age=0, must-revalidate" : "private, no-store" } });
}
