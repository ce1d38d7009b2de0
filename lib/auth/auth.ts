// better-auth: email + password, sessions in the database, rate-limited sign-in.
// See docs/decisions/004-auth-better-auth.md.
import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { db } from "@/lib/db";
import { handleSchema, signUpSchema } from "@/lib/schemas/auth";
import { countSignInAttempt } from "./account-throttle";

const port = process.env.PORT ?? "3000";
export const appUrl = process.env.APP_URL ?? `http://localhost:${port}`;

export const auth = betterAuth({
  appName: "Alignment Reading Tracker",
  baseURL: appUrl,
  secret: process.env.BETTER_AUTH_SECRET ?? "development-only-secret-change-me-0123456789",
  database: prismaAdapter(db, { provider: "postgresql" }),
  emailAndPassword: {
    enabled: true,
    minPasswordLength: 10,
    maxPasswordLength: 200,
    autoSignIn: true,
  },
  session: {
    expiresIn: 60 * 60 * 24 * 30,
    updateAge: 60 * 60 * 24,
  },
  user: {
    additionalFields: {
      handle: { type: "string", required: true, input: true },
      role: { type: "string", required: false, defaultValue: "member", input: false },
      bio: { type: "string", required: false, defaultValue: "", input: false },
    },
  },
  rateLimit: {
    enabled: true,
    storage: "database",
    window: 60,
    max: 120,
    // Sign-in and sign-up: a few tries per address per window, then locked out until it
    // passes. AUTH_RATE_LIMIT_MAX raises it for the e2e server, whose users share one IP.
    customRules: {
      "/sign-in/email": { window: 300, max: Number(process.env.AUTH_RATE_LIMIT_MAX ?? 5) },
      "/sign-up/email": { window: 300, max: Number(process.env.AUTH_RATE_LIMIT_MAX ?? 5) },
    },
  },
  // The handle is ours, not better-auth's: checked here so the sign-up form and a direct
  // POST to /api/auth/sign-up/email obey the same rule. Unique in the database too; this
  // check just turns the collision into a readable message.
  databaseHooks: {
    user: {
      create: {
        before: async (user) => {
          // The name too: a direct POST skips the form's schema, and a NUL or a lone
          // surrogate in it would make the insert fail (a 500) instead of a message.
          const name = signUpSchema.shape.name.safeParse(user.name);
          if (!name.success) throw new APIError("BAD_REQUEST", { code: "INVALID_NAME", message: `Name: ${name.error.issues[0]?.message}` });
          const parsed = handleSchema.safeParse((user as { handle?: unknown }).handle);
          if (!parsed.success) {
            throw new APIError("BAD_REQUEST", { code: "INVALID_HANDLE", message: `Handle: ${parsed.error.issues[0]?.message}` });
          }
          if (await db.user.findUnique({ where: { handle: parsed.data }, select: { id: true } })) {
            throw new APIError("UNPROCESSABLE_ENTITY", { code: "HANDLE_TAKEN", message: "That handle is taken." });
          }
          return { data: { ...user, name: name.data, handle: parsed.data, role: "member" } };
        },
      },
    },
  },
  // Per account as well as per address: see account-throttle.ts for why the address alone is not enough.
  hooks: {
    before: createAuthMiddleware(async (ctx) => {
      if (ctx.path !== "/sign-in/email") return;
      const email = typeof ctx.body?.email === "string" ? ctx.body.email : "";
      if (email && (await countSignInAttempt(db, email))) {
        throw new APIError("TOO_MANY_REQUESTS", { code: "ACCOUNT_LOCKED", message: "Too many sign-in attempts for this account. Wait a few minutes and try again." });
      }
    }),
  },
  // The app's own forms change a profile (lib/actions/auth.ts, validated with zod); these
  // two endpoints would let a signed-in user set any handle, name or email past that
  // schema (handles are permanent: profile URLs use them).
  disabledPaths: ["/update-user", "/change-email"],
  advanced: {
    ipAddress: { ipAddressHeaders: ["x-forwarded-for"] },
    database: { generateId: () => crypto.randomUUID() },
  },
  plugins: [nextCookies()],
});
