import { spawn } from "node:child_process";
import { DatabaseConfigError } from "@/lib/db/config";

export type RunResult = { code: number; output: string };

/** Runs a command; its output is captured (and shown only on failure) unless `inherit`. */
export type Env = Record<string, string | undefined>;

export function run(cmd: string, args: string[], opts: { env?: Env; inherit?: boolean } = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...opts.env },
      stdio: opts.inherit ? "inherit" : ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout?.on("data", (d) => (output += d));
    child.stderr?.on("data", (d) => (output += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? 1, output }));
  });
}

export const bin = (name: string) => `node_modules/.bin/${name}`;

/** Top-level wrapper for CLI scripts: expected problems print one sentence, exit 1. */
export function main(fn: () => Promise<void | number>) {
  fn().then(
    (code) => process.exit(typeof code === "number" ? code : 0),
    (e) => {
      if (e instanceof DatabaseConfigError || (e as { userFacing?: boolean })?.userFacing) {
        console.error(`Error: ${(e as Error).message}`);
      } else {
        console.error(e);
      }
      process.exit(1);
    },
  );
}

export class UserFacingError extends Error {
  userFacing = true;
}
