// The app under test: a production build served on a throwaway database (a fresh PGlite
// folder, or a fresh database on the server in E2E_DATABASE_URL), never the user's data.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { createPrismaClient } from "@/lib/db/client";
import { closeAllPGlite } from "@/lib/db/pglite";
import { seedDemo } from "@/prisma/seed";
import { buildIfNeeded } from "@/scripts/lib/build";
import { migrateDeploy } from "@/scripts/lib/migrate";
import { bin, main, type Env } from "@/scripts/lib/run";

main(async () => {
  const port = process.env.E2E_PORT ?? "3100";
  const serverUrl = process.env.E2E_DATABASE_URL;
  const env: Env = { PORT: port, APP_URL: `http://localhost:${port}`, BETTER_AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-0123", AUTH_RATE_LIMIT_MAX: process.env.AUTH_RATE_LIMIT_MAX ?? "10000" };
  if (serverUrl) {
    const name = `art_e2e_${port}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const u = new URL(serverUrl);
    u.pathname = `/${name}`;
    env.DATABASE_URL = u.toString();
    env.PGLITE_DIR = "";
  } else {
    const dir = path.resolve("tmp", `e2e-db-${port}`);
    fs.rmSync(dir, { recursive: true, force: true });
    env.PGLITE_DIR = dir;
    env.DATABASE_URL = "";
  }
  Object.assign(process.env, env);
  await migrateDeploy(env);
  const db = createPrismaClient();
  await seedDemo(db);
  await db.$disconnect();
  await closeAllPGlite();
  await buildIfNeeded({ quiet: false });
  const child = spawn(bin("next"), ["start", "-p", port], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  return await new Promise<number>((resolve) => child.on("exit", (code) => resolve(code ?? 0)));
});
