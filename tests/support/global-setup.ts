// Migrates a template database once per test run (see test-db.ts) and removes it after.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { migrateDeploy } from "@/scripts/lib/migrate";
import { testDatabaseUrl, withDatabase } from "./test-db";

async function pgAdmin<T>(url: string, fn: (c: pg.Client) => Promise<T>) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

export default async function setup() {
  const runId = `${process.pid}-${Date.now().toString(36)}`;
  const url = testDatabaseUrl();
  if (url) {
    const template = `art_test_template_${runId.replace(/-/g, "_")}`;
    process.env.TEST_PG_TEMPLATE = template;
    await pgAdmin(url, (c) => c.query(`CREATE DATABASE "${template}"`));
    await migrateDeploy({ DATABASE_URL: withDatabase(url, template), PGLITE_DIR: "" });
    console.log(`Test databases: PostgreSQL (template ${template})`);
    return async () => {
      await pgAdmin(url, (c) => c.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`));
    };
  }
  const root = path.resolve("tmp", "test-dbs", `run-${runId}`);
  process.env.TEST_RUN_ROOT = root;
  fs.mkdirSync(root, { recursive: true });
  await migrateDeploy({ PGLITE_DIR: path.join(root, "template"), DATABASE_URL: "" });
  console.log("Test databases: PGlite (template copied per test file)");
  return async () => {
    fs.rmSync(root, { recursive: true, force: true });
  };
}
