// Playwright's own Chromium where it is installed (a developer machine), else Debian's
// /usr/bin/chromium (these machines cannot download Playwright's browser).
import fs from "node:fs";
import { chromium } from "@playwright/test";

export function findChromium(): { kind: "playwright" | "system" | "none"; path?: string } {
  try {
    const own = chromium.executablePath();
    if (own && fs.existsSync(own)) return { kind: "playwright", path: own };
  } catch {
    // Playwright's browser is not installed
  }
  for (const candidate of ["/usr/bin/chromium", "/usr/bin/chromium-browser"]) {
    if (fs.existsSync(candidate)) return { kind: "system", path: candidate };
  }
  return { kind: "none" };
}

/** The executablePath to hand Playwright: undefined lets it use its own browser. */
export function chromiumExecutable(): string | undefined {
  const found = findChromium();
  return found.kind === "system" ? found.path : undefined;
}
