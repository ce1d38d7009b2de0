// A fresh, migrated database for each test file, on PGlite by default or on the
// PostgreSQL server in TEST_DATABASE_URL. Copies a template migrated once by
// tests/support/global-setup.ts, so a new database costs a folder copy or a
// CREATE DATABASE ... TEMPLATE, not a migration run.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { closePGlite } from "@/lib/db/pglite";

// Each test run (a vitest process) gets its own folder and template, named by the
// global setup and handed to the workers through the environment, so runs in parallel
// (two developers' terminals, an editor's watcher) never touch each other's databases.
export const runRoot = () => process.env.TEST_RUN_ROOT ?? path.resolve("tmp", "test-dbs", "default");
export const pgliteTemplate = () => path.join(runRoot(), "template");
export const pgTemplateDb = () => process.env.TEST_PG_TEMPLATE ?? "art_test_template";

export function testDatabaseUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL || undefined;
}

export function withDatabase(url: string, name: string) {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export type TestDatabase = { db: Db; kind: "pglite" | "postgres"; dataDir?: string; cleanup: () => Promise<void> };

export async function createTestDatabase(): Promise<TestDatabase> {
  const id = crypto.randomBytes(6).toString("hex");
  const url = testDatabaseUrl();
  if (url) {
    const name = `art_test_${id}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${pgTemplateDb()}"`);
    await admin.end();
    const db = createPrismaClient({ kind: "postgres", url: withDatabase(url, name) });
    return {
      db,
      kind: "postgres",
      cleanup: async () => {
        await db.$disconnect();
        const c = new pg.Client({ connectionString: url });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await c.end();
      },
    };
  }
  const dataDir = path.join(runRoot(), `db-${id}`);
  fs.cpSync(pgliteTemplate(), dataDir, { recursive: true, filter: (src) => !src.endsWith("app.lock") });
  const db = createPrismaClient({ kind: "pglite", dataDir });
  return {
    db,
    kind: "pglite",
    dataDir,
    cleanup: async () => {
      await db.$disconnect();
      await closePGlite(dataDir);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
