import { NextResponse, type NextRequest } from "next/server";
import { getCurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { EXPORT_FORMATS, exportFile, type ExportFormat } from "@/lib/export/server";

// Downloads: /export/bibtex and /export/csv take the library's filters, /export/markdown?list=SLUG
// a reading list, /export/json the full backup (admins).
export async function GET(req: NextRequest, { params }: { params: Promise<{ format: string }> }) {
  const { format } = await params;
  if (!EXPORT_FORMATS.includes(format as ExportFormat)) {
    return NextResponse.json({ error: `Unknown export format "${format.slice(0, 40)}"; expected one of ${EXPORT_FORMATS.join(", ")}.` }, { status: 400 });
  }
  const user = await getCurrentUser();
  try {
    const file = await exportFile(format as ExportFormat, req.nextUrl.searchParams, user, req.nextUrl.origin);
    return new NextResponse(file.body, {
      headers: {
        "Content-Type": file.contentType,
        "Content-Disposition": `attachment; filename="${file.fileName.replace(/[^\w.-]/g, "_")}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (e) {
    if (e instanceof AppError) return NextResponse.json({ error: e.message }, { status: e.status });
    throw e;
  }
}
