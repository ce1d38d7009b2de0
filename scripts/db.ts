// npm run db:migrate | db:seed | db:reset
import fs from "node:fs";
import { closeAllPGlite } from "@/lib/db/pglite";
import { describeDatabase, readDatabaseConfig } from "@/lib/db/config";
import { createPrismaClient } from "@/lib/db/client";
import { isPristine, isSeeded, seedDemo } from "@/prisma/seed";
import { migrateDeploy } from "./lib/migrate";
import { preflight } from "./lib/preflight";
import { main, UserFacingError } from "./lib/run";

async function seed(force: boolean) {
  const db = createPrismaClient();
  try {
    if (await isSeeded(db)) return console.log("The demo library is already in this database; nothing to do.");
    if (!force && !(await isPristine(db))) {
      throw new UserFacingError("The database already holds data; the demo is only seeded into an empty database. Run `npm run db:reset` first to start over.");
    }
    const t = Date.now();
    await seedDemo(db);
    const [posts, reviews] = await Promise.all([db.post.count(), db.review.count()]);
    console.log(`Seeded the demo library: ${posts} posts, ${reviews} reviews (${Date.now() - t} ms).`);
  } finally {
    await db.$disconnect();
    await closeAllPGlite();
  }
}

async function reset() {
  const config = readDatabaseConfig();
  if (config.kind === "pglite") {
    await preflight(config); // refuses while a server holds the folder
    fs.rmSync(config.dataDir, { recursive: true, force: true });
  } else {
    const db = createPrismaClient(config);
    await db.$executeRawUnsafe(`DROP SCHEMA IF EXISTS public CASCADE`);
    await db.$executeRawUnsafe(`CREATE SCHEMA public`);
    await db.$disconnect();
  }
  console.log(`Emptied ${describeDatabase(config)}.`);
  await migrateDeploy();
  await seed(true);
}

main(async () => {
  const command = process.argv[2];
  const config = readDatabaseConfig();
  if (command === "migrate") {
    await preflight(config);
    await migrateDeploy();
    console.log(`Migrations applied to ${describeDatabase(config)}.`);
  } else if (command === "seed") {
    await preflight(config);
    await migrateDeploy();
    await seed(false);
  } else if (command === "reset") {
    await reset();
  } else {
    throw new UserFacingError("Usage: scripts/db.ts migrate|seed|reset");
  }
});
