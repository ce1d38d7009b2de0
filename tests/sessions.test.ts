// Sessions on a real database through better-auth's HTTP handler: an expired session is
// no session, sign-out deletes the row so a replayed cookie is anonymous, the sign-in
// lockout lifts once its window has passed (the rate-limit row's clock is moved back, not
// slept through), and behind HTTPS (APP_URL https://, a TLS-terminating proxy in front)
// the cookie is Secure and __Secure- prefixed whatever X-Forwarded-Proto says.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { setupTestDatabase } from "./support/setup-test-db";

const holder = vi.hoisted(() => ({ db: null as unknown }));
vi.mock("@/lib/db", () => ({
  get db() {
    return holder.db;
  },
}));

type Auth = typeof import("@/lib/auth/auth").auth;
const t = setupTestDatabase();
let auth: Auth;
let appUrl: string;
const PASSWORD = "correct horse battery";

function post(a: Auth, base: string, path: string, body: unknown, { ip = "198.51.100.20", cookie = "", headers = {} as Record<string, string> } = {}) {
  return a.handler(
    new Request(`${base}/api/auth${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: base, "x-forwarded-for": ip, ...(cookie ? { cookie } : {}), ...headers },
      body: JSON.stringify(body),
    }),
  );
}

/** "name=value" of the session cookie a response set. */
function sessionCookie(res: Response) {
  const header = res.headers.getSetCookie().find((c) => c.includes("session_token="));
  if (!header) throw new Error(`no session cookie (status ${res.status})`);
  return { header, pair: header.split(";")[0] };
}

async function signUp(a: Auth, base: string, handle: string, ip: string) {
  const res = await post(a, base, "/sign-up/email", { name: handle, email: `${handle}@example.test`, password: PASSWORD, handle }, { ip });
  expect(res.status).toBe(200);
  return sessionCookie(res).pair;
}

const sessionOf = (a: Auth, cookie: string) => a.api.getSession({ headers: new Headers({ cookie }) });

beforeAll(async () => {
  holder.db = t.db;
  delete process.env.AUTH_RATE_LIMIT_MAX;
  delete process.env.APP_URL;
  ({ auth, appUrl } = await import("@/lib/auth/auth"));
});

describe("sessions", () => {
  it("treats a session whose expiresAt has passed as signed out", async () => {
    const cookie = await signUp(auth, appUrl, "expiring", "198.51.100.21");
    expect((await sessionOf(auth, cookie))?.user.email).toBe("expiring@example.test");
    const user = await t.db.user.findUniqueOrThrow({ where: { handle: "expiring" }, select: { id: true } });
    await t.db.session.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await sessionOf(auth, cookie)).toBeNull();
    // Writes authenticate the same way: the sign-out endpoint, which needs a session, refuses it too.
    const res = await auth.handler(new Request(`${appUrl}/api/auth/list-sessions`, { headers: { cookie } }));
    expect(res.status).toBe(401);
  });

  it("deletes the session row on sign-out, so a replayed cookie is anonymous", async () => {
    const cookie = await signUp(auth, appUrl, "leaving", "198.51.100.22");
    const user = await t.db.user.findUniqueOrThrow({ where: { handle: "leaving" }, select: { id: true } });
    expect(await t.db.session.count({ where: { userId: user.id } })).toBe(1);
    const out = await post(auth, appUrl, "/sign-out", {}, { cookie });
    expect(out.status).toBe(200);
    // The answer clears the cookie in the browser...
    expect(sessionCookie(out).header).toMatch(/Max-Age=0/i);
    // ...and the row is gone, so a copy of the old cookie is worth nothing.
    expect(await t.db.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await sessionOf(auth, cookie)).toBeNull();
  });

  it("lets a locked-out address sign in again once the window has passed", async () => {
    await signUp(auth, appUrl, "locked", "198.51.100.24");
    const ip = "203.0.113.50";
    const tries: number[] = [];
    for (let i = 0; i < 6; i++) tries.push((await post(auth, appUrl, "/sign-in/email", { email: "locked@example.test", password: "wrong password!" }, { ip })).status);
    expect(tries).toEqual([401, 401, 401, 401, 401, 429]);
    expect((await post(auth, appUrl, "/sign-in/email", { email: "locked@example.test", password: PASSWORD }, { ip })).status).toBe(429);
    // Still inside the 300-second window a minute later.
    const rows = await t.db.rateLimit.findMany({ where: { key: { contains: ip } } });
    expect(rows.length).toBeGreaterThan(0);
    await t.db.rateLimit.updateMany({ where: { key: { contains: ip } }, data: { lastRequest: BigInt(Date.now() - 60_000) } });
    expect((await post(auth, appUrl, "/sign-in/email", { email: "locked@example.test", password: PASSWORD }, { ip })).status).toBe(429);
    // The window has passed: the address may sign in again.
    await t.db.rateLimit.updateMany({ where: { key: { contains: ip } }, data: { lastRequest: BigInt(Date.now() - 301_000) } });
    expect((await post(auth, appUrl, "/sign-in/email", { email: "locked@example.test", password: PASSWORD }, { ip })).status).toBe(200);
  });
});

describe("per-account lockout", () => {
  it("still locks an account when every guess comes from a new X-Forwarded-For address, and lifts after the window", async () => {
    await signUp(auth, appUrl, "rotated", "198.51.100.27");
    await signUp(auth, appUrl, "bystander", "198.51.100.28");
    const guess = (i: number, password = "wrong password!", email = "rotated@example.test") => post(auth, appUrl, "/sign-in/email", { email, password }, { ip: `192.0.2.${100 + i}` });
    const tries: number[] = [];
    // Twice the per-address limit of 5, each from an address never seen before.
    for (let i = 0; i < 11; i++) tries.push((await guess(i)).status);
    expect(tries).toEqual([...Array(10).fill(401), 429]);
    expect((await guess(20, PASSWORD)).status).toBe(429);
    // Another account is not affected, from any of those addresses.
    expect((await guess(1, PASSWORD, "bystander@example.test")).status).toBe(200);
    await t.db.rateLimit.updateMany({ where: { key: { contains: "rotated@example.test" } }, data: { lastRequest: BigInt(Date.now() - 301_000) } });
    expect((await guess(21, PASSWORD)).status).toBe(200);
  });
});

describe("better-auth endpoints the app does not use", () => {
  it("cannot change a handle, name or email past the app's schemas: /update-user and /change-email are off", async () => {
    const cookie = await signUp(auth, appUrl, "steady", "198.51.100.26");
    const update = await post(auth, appUrl, "/update-user", { handle: "Bad Handle <b>", name: "N".repeat(300), image: "javascript:alert(1)" }, { cookie });
    expect(update.status).toBe(404);
    const email = await post(auth, appUrl, "/change-email", { newEmail: "taken-over@example.test" }, { cookie });
    expect(email.status).toBe(404);
    expect(await t.db.user.findUniqueOrThrow({ where: { email: "steady@example.test" }, select: { handle: true, name: true, image: true } })).toEqual({ handle: "steady", name: "steady", image: null });
  });
});

describe("cookies behind HTTPS", () => {
  let secureAuth: Auth;
  const base = "https://reading.example";

  beforeAll(async () => {
    // A second instance configured as a deployment behind a TLS-terminating proxy would be.
    process.env.APP_URL = base;
    vi.resetModules();
    secureAuth = (await import("@/lib/auth/auth")).auth;
    delete process.env.APP_URL;
  });

  it("sets an HttpOnly, SameSite=Lax, Secure __Secure- cookie that the proxy's forwarded requests authenticate with", async () => {
    const res = await post(secureAuth, base, "/sign-up/email", { name: "S", email: "secure@example.test", password: PASSWORD, handle: "secure" }, { headers: { "x-forwarded-proto": "https", "x-forwarded-host": "reading.example" } });
    expect(res.status).toBe(200);
    const { header, pair } = sessionCookie(res);
    expect(pair).toMatch(/^__Secure-/);
    expect(header).toMatch(/;\s*Secure/i);
    expect(header).toMatch(/HttpOnly/i);
    expect(header).toMatch(/SameSite=Lax/i);
    expect((await sessionOf(secureAuth, pair))?.user.email).toBe("secure@example.test");
  });

  it("keeps the cookie Secure even when a request claims plain http (the header is the client's to forge)", async () => {
    const res = await post(secureAuth, base, "/sign-in/email", { email: "secure@example.test", password: PASSWORD }, { headers: { "x-forwarded-proto": "http" } });
    expect(res.status).toBe(200);
    expect(sessionCookie(res).header).toMatch(/;\s*Secure/i);
  });

  it("on plain http (the local default) the cookie is not Secure, so sign-in works without TLS", async () => {
    const res = await post(auth, appUrl, "/sign-in/email", { email: "expiring@example.test", password: PASSWORD }, { ip: "198.51.100.25" });
    expect(res.status).toBe(200);
    const { header, pair } = sessionCookie(res);
    expect(pair).toMatch(/^better-auth\.session_token=/);
    expect(header).not.toMatch(/;\s*Secure/i);
  });
});
