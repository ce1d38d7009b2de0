import path from "node:path";
import { defineConfig } from "prisma/config";
import { exitWhenIdle, migrationAdapterFactory } from "./lib/db/migration-adapter";

exitWhenIdle();

// Prisma 7's CLI downloads a native engine (impossible here); 6.19 with the WebAssembly
// engine runs offline through a driver adapter. See docs/decisions/002-prisma-6-19.md.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  adapter: migrationAdapterFactory,
});
