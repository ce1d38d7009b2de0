import { NextResponse, type NextRequest } from "next/server";
import { criteriaFromParamsStrict } from "@/lib/queries/library-url";
import { findLibrary } from "@/lib/queries/posts";

export const dynamic = "force-dynamic";

/** The library as JSON: the same query as `/`, the same rows and total. */
export async function GET(req: NextRequest) {
  const parsed = criteriaFromParamsStrict(req.nextUrl.searchParams);
  if (!parsed.ok) return NextResponse.json({ error: parsed.error }, { status: 400 });
  const { items, total, totalCapped, page, pageSize } = await findLibrary(parsed.criteria);
  return NextResponse.json({
    items: items.map(({ titleHighlight: _t, summaryHighlight: _s, reviewHighlight: _r, ...item }) => item),
    total,
    totalCapped,
    page,
    pageSize,
  });
}
