// Playwright's own Chromium where it is installed (a developer machine), else Debian's
// /usr/bin/chromium (these machines cannot download Playwright's browser).
import fs from "node:fs";
import { chromium } from "@playwright/test";

export function chromiumExecutable(): string | undefined {
  try {
    const own = chromium.executablePath();
    if (own && fs.existsSync(own)) return undefined; // Playwright finds its own
  } catch {
    // not installed
  }
  for (const candidate of ["/usr/bin/chromium", "/usr/bin/chromium-browser"]) {
    if (fs.existsSync(candidate)) return candidate;
  }
  return undefined;
}
