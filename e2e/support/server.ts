// The app under test: a production build served on a throwaway database (a fresh PGlite
// folder, or a fresh database on the server in E2E_DATABASE_URL), never the user's data.
import { createPrismaClient } from "@/lib/db/client";
import { closeAllPGlite } from "@/lib/db/pglite";
import { seedDemo } from "@/prisma/seed";
import { buildIfNeeded } from "@/scripts/lib/build";
import { migrateDeploy } from "@/scripts/lib/migrate";
import { main, type Env } from "@/scripts/lib/run";
import { freshDatabase, spawnNext } from "@/scripts/lib/serve";

main(async () => {
  const port = process.env.E2E_PORT ?? "3100";
  const serverUrl = process.env.E2E_DATABASE_URL;
  const env: Env = { PORT: port, APP_URL: `http://localhost:${port}`, BETTER_AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-0123", AUTH_RATE_LIMIT_MAX: process.env.AUTH_RATE_LIMIT_MAX ?? "10000" };
  const engine = serverUrl ? "postgres" : "pglite";
  Object.assign(env, (await freshDatabase(engine, `e2e-db-${port}`, serverUrl, "E2E_DATABASE_URL is empty.")).env);
  Object.assign(process.env, env);
  await migrateDeploy(env);
  const db = createPrismaClient();
  await seedDemo(db);
  await db.$disconnect();
  await closeAllPGlite();
  await buildIfNeeded({ quiet: false });
  const child = spawnNext(Number(port), process.env, { stdio: "inherit" });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  return await new Promise<number>((resolve) => child.on("exit", (code) => resolve(code ?? 0)));
});
