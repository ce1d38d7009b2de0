// npm run restore -- FILE: backup.json into an empty database (PGlite or PostgreSQL), or a
// pglite-data.tar.gz into a new PGlite folder (PGLITE_DIR).
import { createPrismaClient } from "@/lib/db/client";
import { describeDatabase, readDatabaseConfig } from "@/lib/db/config";
import { closeAllPGlite } from "@/lib/db/pglite";
import { restoreJson, restorePgliteTarball } from "./lib/backup";
import { migrateDeploy } from "./lib/migrate";
import { preflight } from "./lib/preflight";
import { main, UserFacingError } from "./lib/run";

main(async () => {
  const file = process.argv[2];
  if (!file) throw new UserFacingError("Usage: npm run restore -- FILE (a backup.json, or a pglite-data.tar.gz)");
  const config = readDatabaseConfig();
  if (file.endsWith(".tar.gz")) {
    if (config.kind !== "pglite") throw new UserFacingError("A PGlite tarball restores into PGLITE_DIR; unset DATABASE_URL, or restore backup.json into the server.");
    const posts = await restorePgliteTarball(file, config.dataDir);
    console.log(`Restored ${describeDatabase(config)} from ${file}: ${posts} posts.`);
    return;
  }
  await preflight(config);
  await migrateDeploy();
  const db = createPrismaClient(config);
  try {
    const counts = await restoreJson(db, file);
    console.log(`Restored ${describeDatabase(config)} from ${file}: ${Object.entries(counts).map(([t, n]) => `${n} ${t}`).join(", ")}.`);
  } finally {
    await db.$disconnect();
    await closeAllPGlite();
  }
});
