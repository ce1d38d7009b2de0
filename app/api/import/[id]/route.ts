import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/session";
import { getImportJobStatus } from "@/lib/queries/import-jobs";
import { importJobIdSchema } from "@/lib/schemas/import";

// The progress bar polls this: the job's counters, nothing else.
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!importJobIdSchema.safeParse(id).success) return NextResponse.json({ error: "Not an import id." }, { status: 400 });
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: "Sign in to see your imports." }, { status: 401 });
  const job = await getImportJobStatus(id, user);
  if (!job) return NextResponse.json({ error: "No such import." }, { status: 404 });
  return NextResponse.json(job, { headers: { "Cache-Control": "no-store" } });
}
