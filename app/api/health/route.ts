import { NextResponse } from "next/server";
import { checkDatabase } from "@/lib/queries/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const health = await checkDatabase();
  return NextResponse.json(
    health.ok ? { status: "ok", database: health.database } : { status: "unavailable", database: health.database, message: health.message },
    { status: health.ok ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
}
