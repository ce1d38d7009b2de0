// The Prisma client, created once per process (globalThis survives Next's dev reloads).
import { PrismaClient } from "../generated/prisma/client";
import { readDatabaseConfig, type DatabaseConfig } from "./config";
import { createAdapterFactory } from "./adapter";

export function createPrismaClient(config: DatabaseConfig = readDatabaseConfig()) {
  return new PrismaClient({ adapter: createAdapterFactory(config) });
}

export type Db = ReturnType<typeof createPrismaClient>;

const g = globalThis as unknown as { __prisma?: Db; __dbKind?: DatabaseConfig["kind"] };

export function getPrisma(): Db {
  if (!g.__prisma) {
    const config = readDatabaseConfig();
    g.__prisma = createPrismaClient(config);
    g.__dbKind = config.kind;
  }
  return g.__prisma;
}

export function databaseKind(): DatabaseConfig["kind"] {
  return g.__dbKind ?? readDatabaseConfig().kind;
}
