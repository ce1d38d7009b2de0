// Which database this process talks to, read once from the environment.
// Kept free of Next.js and "@/" imports: prisma.config.ts and the CLI scripts load it too.
import path from "node:path";

export type DatabaseConfig =
  | { kind: "pglite"; dataDir: string }
  | { kind: "postgres"; url: string };

export class DatabaseConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DatabaseConfigError";
  }
}

export function readDatabaseConfig(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    if (!/^postgres(ql)?:\/\//i.test(url)) {
      throw new DatabaseConfigError(
        `DATABASE_URL must start with postgres:// or postgresql:// (got "${url.slice(0, 40)}"). Unset it to use the embedded database.`,
      );
    }
    return { kind: "postgres", url };
  }
  const dir = env.PGLITE_DIR?.trim() || path.join("data", "pglite");
  return { kind: "pglite", dataDir: path.resolve(dir) };
}

/** "postgres://user:secret@host:5432/db" -> "host:5432/db", for messages that must not leak passwords. */
export function describeDatabase(config: DatabaseConfig): string {
  if (config.kind === "pglite") return `the embedded database in ${path.relative(process.cwd(), config.dataDir) || "."}`;
  try {
    const u = new URL(config.url);
    return `the PostgreSQL server at ${u.hostname}:${u.port || "5432"}${u.pathname}`;
  } catch {
    return "the PostgreSQL server in DATABASE_URL";
  }
}
