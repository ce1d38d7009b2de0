// Writes an import job's `report` column, which can hold a whole parsed file: a 50 MB
// Zotero export is about 14 MB of JSON. Through Prisma's Json field such a value passes
// through the query compiler's WebAssembly, synchronously: 15.6 s for 13.6 MB, 14.5 s of it
// with the event loop blocked, so every other request of the server waited (and the
// preview of that file took 56 s). Sent as one text parameter cast to jsonb, the same
// write takes 1.7 s. See docs/decisions/009-server-heap-limit.md.
import type { Db } from "@/lib/db";

type Executor = Pick<Db, "$executeRaw">;

export async function writeJobReport(db: Executor, jobId: string, value: unknown): Promise<void> {
  await db.$executeRaw`UPDATE "ImportJob" SET report = ${JSON.stringify(value)}::jsonb WHERE id = ${jobId}`;
}
