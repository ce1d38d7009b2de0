import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PGlite } from "@electric-sql/pglite";
import { createBackup } from "@/lib/export/backup";
import { seedDemo } from "@/prisma/seed";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-db";
import { restoreJson, restorePgliteTarball, writeBackup } from "./lib/backup";

const open: TestDatabase[] = [];
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "art-backup-"));
afterAll(async () => {
  for (const t of open) await t.cleanup();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const tablesOf = async (t: TestDatabase) => (await createBackup(t.db, { withSecrets: true })).tables;

describe("backup and restore", () => {
  it("round-trips a seeded database: every table equal after restore into an empty one", async () => {
    const source = await createTestDatabase();
    open.push(source);
    await seedDemo(source.db);
    const config = source.kind === "pglite" ? { kind: "pglite" as const, dataDir: source.dataDir! } : { kind: "postgres" as const, url: "unused" };
    const files = await writeBackup(source.db, config, path.join(tmp, "b1"));
    expect(fs.statSync(files[0]).mode & 0o077).toBe(0);

    const target = await createTestDatabase();
    open.push(target);
    await restoreJson(target.db, files[0]);
    const [a, b] = await Promise.all([tablesOf(source), tablesOf(target)]);
    expect(Object.keys(b)).toEqual(Object.keys(a));
    for (const name of Object.keys(a)) expect(b[name], name).toEqual(a[name]);
    expect(a.Post.length).toBeGreaterThanOrEqual(60);
    expect(a.Account.some((r) => typeof r.password === "string" && r.password.length > 20)).toBe(true);

    // A second restore into the now non-empty database is refused and changes nothing.
    await expect(restoreJson(target.db, files[0])).rejects.toThrow(/empty database/);
    expect(await target.db.post.count()).toBe(a.Post.length);

    if (source.kind === "pglite") {
      const dir = path.join(tmp, "restored-pglite");
      expect(await restorePgliteTarball(files[1], dir)).toBe(a.Post.length);
      const pg = await PGlite.create({ dataDir: dir });
      const { rows } = await pg.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Review"`);
      await pg.close();
      expect(rows[0].n).toBe(a.Review.length);
      await expect(restorePgliteTarball(files[1], dir)).rejects.toThrow(/not empty/);
    }
  });
});
