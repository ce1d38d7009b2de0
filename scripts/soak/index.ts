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
import { within } from "./deadline";
import { killDuringImport, killDuringWrites } from "./faults";
import { figures } from "./figures";
import { counterDrift, missingWrites } from "./verify";
import { newAcks, readTemplates, runWorkload, signUpUsers } from "./workload";

const seconds = Number(process.env.SOAK_SECONDS ?? 60);
const connections = Number(process.env.SOAK_CONNECTIONS ?? 50);
const port = Number(process.env.SOAK_PORT ?? 3300);
const importFile = path.join(process.env.SHARED_DATA_DIR ?? path.resolve("..", "shared", "data"), "af-posts.csv");

// Each step has a time limit well above its usual length: a wait that never settles then
// ends the soak with the step's name, rather than stalling CI until its own limit. The
// servers die with the script (app.ts).
const MINUTES = 60_000;
const step = <T>(name: string, minutes: number, fn: () => Promise<T>): Promise<T> => within(`Soak step "${name}"`, minutes * MINUTES, fn);

// Refused writes (a second review of the same post, a reply under a review deleted meanwhile) are
// expected answers, not failures; counted by kind for the report.
const tally = (xs: string[]) => Object.fromEntries([...new Set(xs)].map((x) => [x, xs.filter((y) => y === x).length]));

async function soakEngine(engine: Engine, failures: string[]) {
  const fail = (what: string, problems: string[]) => {
    for (const p of problems.slice(0, 20)) console.error(`  FAIL ${engine} ${what}: ${p}`);
    if (problems.length > 20) console.error(`  ... and ${problems.length - 20} more`);
    if (problems.length) failures.push(`${engine} ${what}: ${problems.length} problem(s)`);
  };
  const loadStep = `${engine}: ${connections} connections for ${seconds} s`;
  console.log(`\n## ${loadStep}`);
  const app = new SoakApp(engine, port);
  const recorder = newRecorder();
  const load = newRecorder();
  const acks = newAcks();
  const { targets, users, tpl } = await step(loadStep, 15 + seconds / 60, async () => {
    const targets = await app.prepare();
    await app.start();
    const users = await signUpUsers(app.base, connections, recorder);
    const tpl = await readTemplates(users[0], targets, acks);
    for (const u of users) u.browser.useRecorder(load);
    await runWorkload(users, targets, tpl, acks, connections, seconds);
    await app.stop();
    return { targets, users, tpl };
  });
  const f = figures(load, seconds);
  const written = { reviews: acks.reviews.size, replies: acks.replies.size, statusPairs: [...acks.statuses.values()].reduce((n, m) => n + m.size, 0), refused4xx: tally(acks.rejected) };
  console.log(JSON.stringify({ engine, ...f, acknowledged: written, peakRssMb: app.peakRssMb }));
  fail("load", [...load.serverErrors.slice(0, 50), ...load.connectionErrors.slice(0, 50), ...recorder.serverErrors, ...recorder.connectionErrors]);
  fail("acknowledged writes / counters after load", await step(`${engine}: checking the database after load`, 10, () => app.withDb(async (db) => [...(await missingWrites(db, acks)), ...(await counterDrift(db))])));

  const writesStep = `${engine}: kill -9 during writes`;
  console.log(`## ${writesStep}`);
  fail("kill -9 during writes", await step(writesStep, 10, async () => {
    const problems = await killDuringWrites(app, users, targets, tpl, acks, Math.min(connections, 20));
    await app.stop(); // an early return may leave it running
    return problems;
  }));
  const importStep = `${engine}: kill -9 during an import of ${path.basename(importFile)}`;
  console.log(`## ${importStep}`);
  const imported = await step(importStep, 10, async () => {
    const result = await killDuringImport(app, users[0], importFile);
    await app.stop();
    return result;
  });
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
    const down = await step("PostgreSQL stopped and started under a running server", 10, () => databaseDown(port + 9));
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
