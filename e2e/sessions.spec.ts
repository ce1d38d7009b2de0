// Sessions and cross-site requests against the production server: sign-out ends the
// session on the server (a copy of the old cookie is anonymous everywhere), and a write
// whose Origin is another site's, or missing, is refused before it runs, both for server
// actions (fetch-style and no-JS form posts) and for better-auth's endpoints. Expiry and
// the lockout window are in tests/sessions.test.ts, where the rows' clocks can be moved.
import crypto from "node:crypto";
import { expect, request, test } from "@playwright/test";
import { builtActions, callAction, newSession, sessionCookie, signUp, type Session } from "./support/actions";

const tag = crypto.randomBytes(3).toString("hex");
let actions: Map<string, string>;
const id = (name: string) => [...actions.entries()].find(([k]) => k.endsWith(`#${name}`))![1];

test.beforeAll(() => {
  actions = builtActions();
});

/** A context holding only a copy of the given session cookie, as someone who copied it would. */
async function replayed(baseURL: string, cookie: { name: string; value: string }): Promise<Session> {
  const url = new URL(baseURL);
  const ctx = await request.newContext({
    baseURL,
    extraHTTPHeaders: { origin: url.origin },
    storageState: { cookies: [{ name: cookie.name, value: cookie.value, domain: url.hostname, path: "/", expires: -1, httpOnly: true, secure: false, sameSite: "Lax" }], origins: [] },
  });
  return { role: "anonymous", ctx };
}

test("sign-out deletes the session on the server: the old cookie, replayed, is anonymous", async ({ baseURL }) => {
  const s = await signUp(baseURL!, "member", `leaver-${tag}`);
  const cookie = (await sessionCookie(s))!;
  expect(cookie.httpOnly).toBe(true);
  expect(cookie.sameSite).toBe("Lax");
  const before = await replayed(baseURL!, cookie);
  expect(((await (await before.ctx.get("/api/auth/get-session")).json()) as { user: { handle: string } }).user.handle).toBe(`leaver-${tag}`);

  const out = await callAction(s.ctx, id("signOutAction"), {}, { origin: new URL(baseURL!).origin });
  expect(out.redirect).toBe("/");

  // The same cookie value, as an attacker who copied it would send it.
  const ghost = await replayed(baseURL!, cookie);
  expect(await (await ghost.ctx.get("/api/auth/get-session")).json()).toBeNull();
  const me = await ghost.ctx.get("/me", { maxRedirects: 0 });
  expect(me.status()).toBe(307);
  expect(me.headers().location).toContain("/sign-in");
  const write = await callAction(ghost.ctx, id("createListAction"), { title: `Ghost list ${tag}`, visibility: "public", description: "" }, { origin: new URL(baseURL!).origin });
  expect(write.state).toMatchObject({ ok: false, message: expect.stringMatching(/sign in/i) });
  expect(await (await ghost.ctx.get("/api/lists?limit=200")).text()).not.toContain(`Ghost list ${tag}`);
  for (const c of [s, before, ghost]) await c.ctx.dispose();
});

test("a server action from another site's Origin, or with none, is refused and changes nothing", async ({ baseURL }) => {
  const s = await signUp(baseURL!, "member", `csrf-${tag}`);
  const fields = (who: string) => ({ title: `Forged ${who} ${tag}`, visibility: "public", description: "" });
  for (const [who, origin] of [["foreign", "https://evil.example"], ["null", "null"], ["missing", null]] as const) {
    // Fetch-style, as Next's client router sends it. The shared context adds this site's
    // Origin to every request, so the Origin-less call goes through a bare one.
    const bare = await request.newContext({ baseURL, storageState: await s.ctx.storageState() });
    const r = await callAction(origin ? s.ctx : bare, id("createListAction"), fields(who), { origin });
    expect(r.status, who).toBe(403);
    expect(r.body, who).toMatch(/Cross-site request refused/);
    // ...and as a no-JS form post (the hidden $ACTION_ID_ field instead of the header).
    const form = new FormData();
    form.append(`$ACTION_ID_${id("signOutAction")}`, "");
    const mpa = await (origin ? s.ctx : bare).post("/", { multipart: form, headers: origin ? { origin } : {}, maxRedirects: 0 });
    expect(mpa.status(), `${who} form post`).toBe(403);
    await bare.dispose();
  }
  // Still signed in (the forged sign-out did not run), and no forged list exists.
  expect(((await (await s.ctx.get("/api/auth/get-session")).json()) as { user: { handle: string } }).user.handle).toBe(`csrf-${tag}`);
  const mine = await (await s.ctx.get("/me")).text();
  expect(mine).not.toContain(`Forged`);
  // The same action from this site's own origin goes through: the guard is not the refusal above.
  const good = await callAction(s.ctx, id("createListAction"), fields("same-site"), { origin: new URL(baseURL!).origin });
  expect(good.redirect).toMatch(/^\/lists\//);
  await s.ctx.dispose();
});

test("better-auth's endpoints refuse another site's Origin: no forged sign-in, no forged sign-out", async ({ baseURL }) => {
  const s = await signUp(baseURL!, "member", `authcsrf-${tag}`);
  const evil = { origin: "https://evil.example" };
  const out = await s.ctx.post("/api/auth/sign-out", { data: {}, headers: evil });
  expect(out.status()).toBe(403);
  expect(((await (await s.ctx.get("/api/auth/get-session")).json()) as { user: { handle: string } }).user.handle).toBe(`authcsrf-${tag}`);

  const visitor = await newSession(baseURL!, "anonymous");
  const login = await visitor.ctx.post("/api/auth/sign-in/email", { data: { email: s.email, password: "correct horse battery staple" }, headers: evil });
  expect(login.status()).toBe(403);
  expect((await visitor.ctx.storageState()).cookies.some((c) => c.name.endsWith("session_token"))).toBe(false);
  const ok = await visitor.ctx.post("/api/auth/sign-in/email", { data: { email: s.email, password: "correct horse battery staple" } });
  expect(ok.status()).toBe(200);
  for (const c of [s, visitor]) await c.ctx.dispose();
});
