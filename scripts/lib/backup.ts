// Backups: a JSON snapshot of every table (restores into an empty database on PGlite or
// PostgreSQL), plus, for PGlite, a tarball of the data folder dumped by PGlite itself
// while this process holds the folder's lock, so no server can be writing to it.
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { Db } from "@/lib/db/client";
import type { DatabaseConfig } from "@/lib/db/config";
import { openPGlite } from "@/lib/db/pglite";
import { backupToJson, createBackup } from "@/lib/export/backup";
import { restoreBackup } from "@/lib/export/restore";
import { UserFacingError } from "./run";

export const BACKUP_JSON = "backup.json";
export const PGLITE_TARBALL = "pglite-data.tar.gz";

export async function writeBackup(db: Db, config: DatabaseConfig, dir: string) {
  fs.mkdirSync(dir, { recursive: true });
  // With secrets: a restored database must let its users sign in. The files are the
  // operator's, readable by the owner only.
  const json = backupToJson(await createBackup(db, { withSecrets: true }));
  const files = [path.join(dir, BACKUP_JSON)];
  fs.writeFileSync(files[0], json, { mode: 0o600 });
  if (config.kind === "pglite") {
    const pg = await openPGlite(config.dataDir);
    const tarball = await pg.dumpDataDir("gzip");
    files.push(path.join(dir, PGLITE_TARBALL));
    fs.writeFileSync(files[1], Buffer.from(await tarball.arrayBuffer()), { mode: 0o600 });
  }
  return files;
}

/** A JSON backup into the (empty) database `db`. */
export async function restoreJson(db: Db, file: string) {
  return restoreBackup(db, fs.readFileSync(file, "utf8"));
}

/** A PGlite tarball into a folder that does not exist yet or is empty. */
export async function restorePgliteTarball(file: string, dataDir: string) {
  if (fs.existsSync(dataDir) && fs.readdirSync(dataDir).length > 0) {
    throw new UserFacingError(`${dataDir} is not empty: a PGlite backup is restored into a new folder (set PGLITE_DIR to one).`);
  }
  fs.mkdirSync(dataDir, { recursive: true });
  const blob = new Blob([fs.readFileSync(file)]);
  const pg = await PGlite.create({ dataDir, loadDataDir: blob });
  const { rows } = await pg.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Post"`);
  await pg.close();
  return rows[0]?.n ?? 0;
}
