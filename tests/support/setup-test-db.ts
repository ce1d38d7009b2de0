// A test database's lifecycle in one line: `const t = setupTestDatabase();` at the top of a
// test file (or of a describe block) makes a fresh database before its tests, and before any
// beforeAll registered after the call, and drops it after them. `t.db` reads that database.
import { afterAll, beforeAll } from "vitest";
import { createTestDatabase, type TestDatabase } from "./test-db";

export function setupTestDatabase(): TestDatabase {
  let current: TestDatabase | undefined;
  beforeAll(async () => {
    current = await createTestDatabase();
  });
  afterAll(async () => {
    await current?.cleanup();
  });
  const get = () => {
    if (!current) throw new Error("The test database is made in beforeAll: read it inside hooks and tests, not while the file loads.");
    return current;
  };
  return {
    get db() {
      return get().db;
    },
    get kind() {
      return get().kind;
    },
    get dataDir() {
      return get().dataDir;
    },
    cleanup: () => get().cleanup(),
  };
}
