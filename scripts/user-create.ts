// npm run user:create -- --email ada@example.org --handle ada --name "Ada" [--password …] [--admin]
// Creates an account (an admin with --admin): how the first administrator comes to exist.
// Without --password the password is read from USER_PASSWORD or asked for on a terminal,
// so it need not land in shell history.
import { parseArgs } from "node:util";
import readline from "node:readline/promises";
import { createPrismaClient } from "@/lib/db/client";
import { closeAllPGlite } from "@/lib/db/pglite";
import { AppError } from "@/lib/errors";
import { createUser } from "@/lib/mutations/users/create-user";
import { main, UserFacingError } from "./lib/run";

const USAGE = 'Usage: npm run user:create -- --email EMAIL --handle HANDLE [--name "NAME"] [--password PASSWORD] [--admin]';

async function askPassword() {
  if (!process.stdin.isTTY) return undefined;
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  try {
    return await rl.question("Password (at least 10 characters): ");
  } finally {
    rl.close();
  }
}

main(async () => {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        email: { type: "string" },
        handle: { type: "string" },
        name: { type: "string" },
        password: { type: "string" },
        admin: { type: "boolean", default: false },
        help: { type: "boolean", default: false },
      },
    }));
  } catch (e) {
    throw new UserFacingError(`${(e as Error).message}\n${USAGE}`);
  }
  if (values.help) return void console.log(USAGE);
  if (!values.email || !values.handle) throw new UserFacingError(`--email and --handle are required.\n${USAGE}`);
  const password = values.password ?? process.env.USER_PASSWORD ?? (await askPassword());
  if (!password) throw new UserFacingError("Give a password with --password, USER_PASSWORD, or run on a terminal to be asked.");
  const db = createPrismaClient();
  try {
    const user = await createUser(db, { email: values.email, handle: values.handle, name: values.name ?? values.handle, password, admin: values.admin });
    console.log(`Created ${user.role} @${user.handle} <${user.email}>.`);
  } catch (e) {
    if (e instanceof AppError) {
      const details = Object.entries(e.fieldErrors ?? {}).map(([k, v]) => `${k}: ${v.join(" ")}`);
      throw new UserFacingError(details.length ? details.join("; ") : e.message);
    }
    throw e;
  } finally {
    await db.$disconnect();
    await closeAllPGlite();
  }
});
