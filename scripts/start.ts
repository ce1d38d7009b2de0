// npm start: check configuration, migrate, seed the demo on a brand-new database only,
// build when sources changed, then serve the production build.
import { z } from "zod";
import { createPrismaClient } from "@/lib/db/client";
import { describeDatabase, readDatabaseConfig } from "@/lib/db/config";
import { closeAllPGlite } from "@/lib/db/pglite";
import { isPristine, seedDemo } from "@/prisma/seed";
import { buildIfNeeded } from "./lib/build";
import { migrateDeploy } from "./lib/migrate";
import { preflight } from "./lib/preflight";
import { main, UserFacingError } from "./lib/run";
import { spawnNext } from "./lib/serve";
import { ensureAuthSecret } from "./lib/secret";

const Port = z.coerce.number().int().min(1).max(65_535);

main(async () => {
  const port = Port.safeParse(process.env.PORT ?? 3000);
  if (!port.success) throw new UserFacingError(`PORT must be a number from 1 to 65535 (got "${process.env.PORT}").`);
  const config = readDatabaseConfig();
  const where = describeDatabase(config);

  await preflight(config);
  await migrateDeploy();

  const db = createPrismaClient(config);
  try {
    if (await isPristine(db)) {
      console.log("New database: adding the demo library...");
      await seedDemo(db);
    }
  } finally {
    await db.$disconnect();
    await closeAllPGlite();
  }

  const secret = ensureAuthSecret();
  await buildIfNeeded({ force: process.argv.includes("--build") });

  console.log(`Serving on http://localhost:${port.data} with ${where}.`);
  const child = spawnNext(port.data, { ...process.env, BETTER_AUTH_SECRET: secret }, { stdio: "inherit" });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  return await new Promise<number>((resolve) => child.on("exit", (code) => resolve(code ?? 0)));
});
