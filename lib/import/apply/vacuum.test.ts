// After an import the written tables are vacuumed and analysed where no autovacuum runs
// (PGlite), and left to autovacuum where it does (PostgreSQL): checked through the
// server's own statistics, not by timing anything.
import { describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/tests/support/setup-test-db";
import { parseImport } from "../detect";
import { readFixture } from "../test-data";
import { runImport } from "./run";

const t = setupTestDatabase();

const postStats = async () => {
  // Manual runs only (autovacuum's are counted apart): what the importer itself did.
  const rows = await t.db.$queryRawUnsafe<{ vacuums: number; analyzes: number }[]>(
    `SELECT vacuum_count::int AS vacuums, analyze_count::int AS analyzes FROM pg_stat_user_tables WHERE relname = 'Post'`,
  );
  return rows[0];
};

describe(`vacuum after an import (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("vacuums and analyses Post after an import that wrote rows when no autovacuum runs, never after a dry run", async () => {
    const [{ autovacuum }] = await t.db.$queryRawUnsafe<{ autovacuum: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM pg_stat_activity WHERE backend_type = 'autovacuum launcher') AS autovacuum`,
    );
    expect(autovacuum).toBe(!!process.env.TEST_DATABASE_URL);
    const parse = parseImport(readFixture("sample.bib"), { fileName: "sample.bib" });
    const before = await postStats();
    await runImport(t.db, { parse, dryRun: true });
    expect(await postStats()).toEqual(before);
    const report = await runImport(t.db, { parse });
    expect(report.counts.created).toBeGreaterThan(0);
    const after = await postStats();
    if (autovacuum) {
      expect(after).toEqual(before);
    } else {
      expect(after.vacuums).toBeGreaterThan(before.vacuums);
      expect(after.analyzes).toBeGreaterThan(before.analyzes);
    }
  });
});
