import { NextResponse } from "next/server";
import { getPostForApi } from "@/lib/queries/posts";

export const dynamic = "force-dynamic";

const SLUG = /^[a-z0-9][a-z0-9-]{0,199}$/;

export async function GET(_req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  if (!SLUG.test(slug)) return NextResponse.json({ error: "A post slug is lowercase letters, digits and hyphens." }, { status: 400 });
  const post = await getPostForApi(slug);
  // A draft someone else wrote is as missing as a slug that never existed.
  if (!post) return NextResponse.json({ error: "No post with this slug." }, { status: 404 });
  return NextResponse.json(post);
}
