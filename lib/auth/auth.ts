// better-auth: email + password, sessions in the database, rate-limited sign-in.
// See docs/decisions/004-auth-better-auth.md.
import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { db } from "@/lib/db";

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
  advanced: {
    ipAddress: { ipAddressHeaders: ["x-forwarded-for"] },
    database: { generateId: () => crypto.randomUUID() },
  },
  plugins: [nextCookies()],
});
