// Driver adapter factories for the app's Prisma client. Opening is lazy: the PGlite lock
// is taken at the first query, so `next build` and imports of this module touch nothing.
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { DatabaseConfig } from "./config";
import { openPGlite } from "./pglite";
import { createPool } from "./postgres";

export function createAdapterFactory(config: DatabaseConfig): SqlDriverAdapterFactory {
  if (config.kind === "postgres") return new PrismaPg(createPool(config.url));
  return {
    provider: "postgres",
    adapterName: "pglite-prisma-adapter",
    async connect() {
      const db = await openPGlite(config.dataDir);
      return new PrismaPGlite(db).connect();
    },
  };
}
