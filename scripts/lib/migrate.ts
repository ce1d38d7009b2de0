import { bin, run, UserFacingError, type Env } from "./run";

/** Applies pending migrations with Prisma's own CLI (through prisma.config.ts). */
export async function migrateDeploy(env?: Env) {
  const result = await run(bin("prisma"), ["migrate", "deploy"], { env });
  if (result.code !== 0) {
    console.error(result.output);
    throw new UserFacingError("Database migration failed (output above).");
  }
  const applied = result.output.match(/(\d+) migrations? found/);
  return applied ? Number(applied[1]) : 0;
}
