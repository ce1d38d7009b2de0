import { defineConfig, devices } from "@playwright/test";
import { chromiumExecutable } from "./e2e/support/chromium";

const port = Number(process.env.E2E_PORT ?? 3100);
const executablePath = chromiumExecutable();

export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.spec.ts",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    ...devices["Desktop Chrome"],
    launchOptions: {
      executablePath,
      // As root in a container Chromium needs --no-sandbox; the background-networking
      // flags stop it calling out of a closed network.
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  webServer: {
    command: "node --conditions=react-server --import tsx e2e/support/server.ts",
    url: `http://localhost:${port}/api/health`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: { E2E_PORT: String(port), NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next-e2e" },
  },
});
