// better-auth on a real test database, through its HTTP handler (the path the forms use):
// passwords hashed, sessions stored, httpOnly cookies, the handle rule, and the sign-in
// rate limit that locks an address out after five tries.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { setupTestDatabase } from "./support/setup-test-db";

const holder = vi.hoisted(() => ({ db: null as unknown }));
vi.mock("@/lib/db", () => ({
  get db() {
    return holder.db;
  },
}));

const t = setupTestDatabase();
let auth: typeof import("@/lib/auth/auth").auth;
let appUrl: string;

function post(path: string, body: unknown, ip = "203.0.113.7") {
  return auth.handler(
    new Request(`${appUrl}/api/auth${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: appUrl, "x-forwarded-for": ip },
      body: JSON.stringify(body),
    }),
  );
}

beforeAll(async () => {
  holder.db = t.db;
  delete process.env.AUTH_RATE_LIMIT_MAX;
  ({ auth, appUrl } = await import("@/lib/auth/auth"));
});

describe("better-auth", () => {
  it("signs up with a hashed password, a database session and an httpOnly cookie", async () => {
    const res = await post("/sign-up/email", { name: "Dana", email: "dana@example.test", password: "correct horse battery", handle: "dana" }, "198.51.100.1");
    expect(res.status).toBe(200);
    const cookie = res.headers.getSetCookie().find((c) => c.includes("session_token"));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const user = await t.db.user.findUniqueOrThrow({ where: { email: "dana@example.test" }, include: { accounts: true, sessions: true } });
    expect(user).toMatchObject({ handle: "dana", role: "member" });
    expect(user.sessions).toHaveLength(1);
    const hash = user.accounts[0].password!;
    expect(hash).not.toContain("correct horse");
    expect(hash).toMatch(/^[0-9a-f]+:[0-9a-f]+$/);
  });

  it("refuses a bad or taken handle, and ignores a requested role", async () => {
    const bad = await post("/sign-up/email", { name: "E", email: "e@example.test", password: "correct horse battery", handle: "Not OK" }, "198.51.100.2");
    expect(bad.status).toBe(400);
    const taken = await post("/sign-up/email", { name: "E", email: "e@example.test", password: "correct horse battery", handle: "dana" }, "198.51.100.2");
    expect(taken.status).toBe(422);
    expect((await taken.json()).message).toBe("That handle is taken.");
    expect(await t.db.user.count({ where: { email: "e@example.test" } })).toBe(0);
    const sneaky = await post("/sign-up/email", { name: "F", email: "f@example.test", password: "correct horse battery", handle: "frank", role: "admin" }, "198.51.100.3");
    expect(sneaky.status).toBeLessThan(500);
    const frank = await t.db.user.findUnique({ where: { email: "f@example.test" } });
    expect(frank?.role ?? "member").toBe("member");
  });

  it("locks an address out of sign-in after five attempts; another address still gets in", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await post("/sign-in/email", { email: "dana@example.test", password: "wrong password!" })).status);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses[5]).toBe(429);
    // Even the right password is refused from the locked-out address...
    expect((await post("/sign-in/email", { email: "dana@example.test", password: "correct horse battery" })).status).toBe(429);
    // ...but not from another one.
    expect((await post("/sign-in/email", { email: "dana@example.test", password: "correct horse battery" }, "192.0.2.99")).status).toBe(200);
  });
});
