// npm test: every test, in order, failing fast — lint, types, unit and database tests,
// then end-to-end in real Chromium against a production build on a throwaway database.
// With TEST_DATABASE_URL / E2E_DATABASE_URL set, the database tests and e2e run on that
// PostgreSQL server instead of PGlite (.ci/run does both).
import { spawnSync } from "node:child_process";
import { findChromium } from "@/e2e/support/chromium";

function step(title: string, cmd: string, args: string[]) {
  const t = Date.now();
  console.log(`\n=== ${title}: ${cmd} ${args.join(" ")}`);
  const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  const secs = ((Date.now() - t) / 1000).toFixed(1);
  if (r.status !== 0) {
    console.error(`\n${title} failed (${secs} s).`);
    process.exit(r.status ?? 1);
  }
  console.log(`=== ${title} passed (${secs} s)`);
}

function ensureChromium() {
  if (findChromium().kind !== "none") return;
  if (process.getuid?.() === 0) {
    console.log("No Chromium found: installing Debian's chromium package...");
    spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
    spawnSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
    if (findChromium().kind !== "none") return;
  }
  console.error("No Chromium for the e2e tests: run `npx playwright install chromium` or install Debian's chromium package.");
  process.exit(1);
}

const only = process.argv[2];
if (!only || only === "static") {
  step("lint", "npx", ["eslint", "."]);
  step("typecheck", "npx", ["tsc", "--noEmit"]);
}
if (!only || only === "unit") step("unit and database tests", "npx", ["vitest", "run"]);
if (!only || only === "e2e") {
  ensureChromium();
  step("end-to-end tests", "npx", ["playwright", "test"]);
}
