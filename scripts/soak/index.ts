// npm run test:soak: the app under sustained load and under faults, on a production build.
// Per database engine (PGlite always; PostgreSQL when SOAK_DATABASE_URL names a server
// where databases may be created): a fresh database with the demo library and signed-up
// users; SOAK_CONNECTIONS (50) connections for SOAK_SECONDS (60) of reads and writes; then
// kill -9 during writes and during a web import. Then the database-down check on a private
// PostgreSQL cluster (database-down.ts). Prints figures; exits 1 on any failure.
import path from "node:path";
import { buildIfNeeded } from "../lib/build";
import { main } from "../lib/run";
import type { Engine } from "../lib/serve";
import { SoakApp } from "./app";
import { newRecorder } from "./browser";
import { databaseDown } from "./database-down";
import { killDuringImport, killDuringWrites } from "./faults";
import { figures } from "./figures";
import { counterDrift, missingWrites } from "./verify";
import { newAcks, readTemplates, runWorkload, signUpUsers } from "./workload";

const seconds = Number(process.env.SOAK_SECONDS ?? 60);
const connections = Number(process.env.SOAK_CONNECTIONS ?? 50);
const port = Number(process.env.SOAK_PORT ?? 3300);
const importFile = path.join(process.env.SHARED_DATA_DIR ?? path.resolve("..", "shared", "data"), "af-posts.csv");

// Refused writes (a second review of the same post, a reply under a review deleted meanwhile) are
// expected answers, not failures; counted by kind for the report.
const tally = (xs: string[]) => Object.fromEntries([...new Set(xs)].map((x) => [x, xs.filter((y) => y === x).length]));

async function soakEngine(engine: Engine, failures: string[]) {
  const fail = (what: string, problems: string[]) => {
    for (const p of problems.slice(0, 20)) console.error(`  FAIL ${engine} ${what}: ${p}`);
    if (problems.length > 20) console.error(`  ... and ${problems.length - 20} more`);
    if (problems.length) failures.push(`${engine} ${what}: ${problems.length} problem(s)`);
  };
  console.log(`\n## ${engine}: ${connections} connections for ${seconds} s`);
  const app = new SoakApp(engine, port);
  const targets = await app.prepare();
  await app.start();
  const recorder = newRecorder();
  const users = await signUpUsers(app.base, connections, recorder);
  const acks = newAcks();
  const tpl = await readTemplates(users[0], targets, acks);
  const load = newRecorder();
  for (const u of users) u.browser.useRecorder(load);
  await runWorkload(users, targets, tpl, acks, connections, seconds);
  await app.stop();
  const f = figures(load, seconds);
  const written = { reviews: acks.reviews.size, replies: acks.replies.size, statusPairs: [...acks.statuses.values()].reduce((n, m) => n + m.size, 0), refused4xx: tally(acks.rejected) };
  console.log(JSON.stringify({ engine, ...f, acknowledged: written, peakRssMb: app.peakRssMb }));
  fail("load", [...load.serverErrors.slice(0, 50), ...load.connectionErrors.slice(0, 50), ...recorder.serverErrors, ...recorder.connectionErrors]);
  fail("acknowledged writes / counters after load", await app.withDb(async (db) => [...(await missingWrites(db, acks)), ...(await counterDrift(db))]));

  console.log(`## ${engine}: kill -9 during writes`);
  fail("kill -9 during writes", await killDuringWrites(app, users, targets, tpl, acks, Math.min(connections, 20)));
  console.log(`## ${engine}: kill -9 during an import of ${path.basename(importFile)}`);
  const imported = await killDuringImport(app, users[0], importFile);
  console.log(JSON.stringify({ engine, import: imported.figures }));
  fail("kill -9 during import", imported.problems);
  return { engine, ...f, acknowledged: written, peakRssMb: app.peakRssMb, import: imported.figures };
}

main(async () => {
  const only = process.argv.includes("--db") ? process.argv[process.argv.indexOf("--db") + 1] : undefined;
  // --db pglite|postgres: one engine; --db none: only the database-down check.
  const engines: Engine[] = only ? (only === "none" ? [] : [only as Engine]) : process.env.SOAK_DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];
  await buildIfNeeded({ quiet: true });
  const failures: string[] = [];
  const results = [];
  for (const engine of engines) results.push(await soakEngine(engine, failures));
  if (!process.argv.includes("--no-database-down")) {
    console.log("\n## PostgreSQL stopped and started under a running server");
    const down = await databaseDown(port + 9);
    for (const p of down.problems) console.error(`  FAIL database down: ${p}`);
    if (down.problems.length) failures.push(`database down: ${down.problems.length} problem(s)`);
    console.log(JSON.stringify(down.figures));
  }
  console.log(`\n${JSON.stringify({ seconds, connections, results }, null, 2)}`);
  if (failures.length) {
    console.error(`\nSoak FAILED:\n  ${failures.join("\n  ")}`);
    return 1;
  }
  console.log("\nSoak passed: no 5xx, no connection errors, every acknowledged write present, counters equal a recount, the import resumed.");
});
