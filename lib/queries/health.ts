import "server-only";
import { databaseKind, db } from "@/lib/db";

export async function checkDatabase(): Promise<{ ok: true; database: string } | { ok: false; database: string; message: string }> {
  const database = databaseKind();
  try {
    await db.$queryRawUnsafe("select 1");
    return { ok: true, database };
  } catch {
    return { ok: false, database, message: "The database is not reachable right now." };
  }
}
