// `npm start` builds only when the sources changed since the last build.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { bin, run, UserFacingError } from "./run";

// Everything `next build` compiles or reads: root files like proxy.ts count as much as app/.
const INPUTS = ["app", "components", "lib", "public", "proxy.ts", "instrumentation.ts", "prisma/schema.prisma", "next.config.ts", "package-lock.json", "tsconfig.json", "postcss.config.mjs"];
const distDir = () => process.env.NEXT_DIST_DIR || ".next";

function walk(p: string, out: string[]) {
  if (!fs.existsSync(p)) return;
  const st = fs.statSync(p);
  if (st.isDirectory()) {
    for (const name of fs.readdirSync(p).sort()) {
      if (name === "node_modules" || name === "generated" || name.endsWith(".test.ts")) continue;
      walk(path.join(p, name), out);
    }
  } else out.push(`${p}:${st.size}:${Math.floor(st.mtimeMs)}`);
}

export function sourceStamp() {
  const lines: string[] = [];
  for (const input of INPUTS) walk(input, lines);
  return crypto.createHash("sha256").update(lines.join("\n")).digest("hex");
}

export function buildIsCurrent() {
  const stamp = path.join(distDir(), "source-stamp");
  return fs.existsSync(path.join(distDir(), "BUILD_ID")) && fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === sourceStamp();
}

export async function buildIfNeeded({ force = false, quiet = false } = {}) {
  if (!force && buildIsCurrent()) return false;
  const stamp = sourceStamp();
  if (!quiet) console.log("Building the app (first start or sources changed)...");
  const result = await run(bin("next"), ["build"], { inherit: !quiet });
  if (result.code !== 0) {
    if (quiet) console.error(result.output);
    throw new UserFacingError("`next build` failed (see above).");
  }
  fs.writeFileSync(path.join(distDir(), "source-stamp"), stamp);
  return true;
}
