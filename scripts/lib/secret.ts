import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * Sessions are signed with BETTER_AUTH_SECRET. When it is not set, one is made once and
 * kept in the data folder so sessions survive restarts. Several app instances sharing a
 * PostgreSQL server must be given the same secret in the environment.
 */
export function ensureAuthSecret(dataRoot = "data"): string {
  if (process.env.BETTER_AUTH_SECRET) return process.env.BETTER_AUTH_SECRET;
  const file = path.join(dataRoot, "auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataRoot, { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}
