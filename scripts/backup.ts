// npm run backup [-- --out DIR]: a consistent snapshot of the database (see scripts/lib/backup.ts).
import path from "node:path";
import { parseArgs } from "node:util";
import { createPrismaClient } from "@/lib/db/client";
import { describeDatabase, readDatabaseConfig } from "@/lib/db/config";
import { closeAllPGlite } from "@/lib/db/pglite";
import { writeBackup } from "./lib/backup";
import { preflight } from "./lib/preflight";
import { main } from "./lib/run";

main(async () => {
  const { values } = parseArgs({ options: { out: { type: "string" } } });
  const config = readDatabaseConfig();
  await preflight(config); // refuses while a server holds the PGlite folder
  const dir = values.out ?? path.join("backups", new Date().toISOString().replace(/[:.]/g, "-"));
  const db = createPrismaClient(config);
  try {
    const files = await writeBackup(db, config, dir);
    console.log(`Backed up ${describeDatabase(config)} to:\n${files.map((f) => `  ${f}`).join("\n")}`);
  } finally {
    await db.$disconnect();
    await closeAllPGlite();
  }
});
