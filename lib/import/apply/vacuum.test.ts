// After an import the written tables are vacuumed and analysed (PGlite has no autovacuum):
// checked through the server's own statistics, not by timing anything.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-db";
import { parseImport } from "../detect";
import { readFixture } from "../test-data";
import { runImport } from "./run";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.cleanup();
});

const postStats = async () => {
  const rows = await t.db.$queryRawUnsafe<{ vacuums: number; analyzes: number }[]>(
    `SELECT (vacuum_count + autovacuum_count)::int AS vacuums, (analyze_count + autoanalyze_count)::int AS analyzes FROM pg_stat_user_tables WHERE relname = 'Post'`,
  );
  return rows[0];
};

describe(`vacuum after an import (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("vacuums and analyses Post after an import that wrote rows, not after a dry run", async () => {
    const parse = parseImport(readFixture("sample.bib"), { fileName: "sample.bib" });
    const before = await postStats();
    await runImport(t.db, { parse, dryRun: true });
    expect(await postStats()).toEqual(before);
    const report = await runImport(t.db, { parse });
    expect(report.counts.created).toBeGreaterThan(0);
    const after = await postStats();
    expect(after.vacuums).toBeGreaterThan(before.vacuums);
    expect(after.analyzes).toBeGreaterThan(before.analyzes);
  });
});
