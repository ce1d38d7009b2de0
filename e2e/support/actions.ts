// Server actions and route handlers driven over HTTP, the way a browser (or an attacker)
// reaches them: an action is a public POST endpoint whatever page it was rendered on.
// Action ids come from the production build's server-reference manifest, so the tests
// enumerate exactly the actions the server would run.
import fs from "node:fs";
import path from "node:path";
import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";

export type ActionRef = { key: string; id: string };

const distDir = () => process.env.NEXT_DIST_DIR || ".next-e2e";

/** Every server action the build registered, as "lib/actions/file.ts#exportName" -> id. */
export function builtActions(): Map<string, string> {
  const file = path.join(distDir(), "server", "server-reference-manifest.json");
  const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as { node: Record<string, { filename?: string; exportedName?: string }> };
  const out = new Map<string, string>();
  for (const [id, ref] of Object.entries(manifest.node)) out.set(`${ref.filename}#${ref.exportedName}`, id);
  return out;
}

/** Every function exported by a "use server" file under lib/actions, read from the source. */
export function declaredActions(): string[] {
  const dir = "lib/actions";
  const out: string[] = [];
  for (const name of fs.readdirSync(dir).sort()) {
    if (!name.endsWith(".ts") || name.endsWith(".test.ts")) continue;
    const src = fs.readFileSync(path.join(dir, name), "utf8");
    if (!/^\s*["']use server["']/.test(src)) continue;
    for (const m of src.matchAll(/export\s+(?:async\s+)?function\s+(\w+)|export\s+const\s+(\w+)/g)) out.push(`${dir}/${name}#${m[1] ?? m[2]}`);
  }
  return out;
}

/** Every route handler file under app/, as its URL pattern ("/api/lists/[slug]"). */
export function declaredRoutes(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/^route\.(ts|tsx|js)$/.test(e.name)) out.push(p);
    }
  };
  walk("app");
  // Route groups "(name)" are not part of the URL.
  return out.map((p) => "/" + path.dirname(p).split(path.sep).slice(1).filter((s) => !/^\(.*\)$/.test(s)).join("/")).sort();
}

export type ActionResult = {
  status: number;
  /** Where a successful action sent the browser (Next's x-action-redirect), or null. */
  redirect: string | null;
  /** The action's returned state, when it returned rather than redirected. */
  state: { ok: boolean; message?: string; fieldErrors?: Record<string, string[]> } | null;
  body: string;
};

/**
 * Calls a server action as Next's client router does: a multipart POST with the
 * Next-Action header, arguments encoded as React's encodeReply does for
 * (prevState, formData). The root part must come after the form's parts.
 */
export async function callAction(
  ctx: APIRequestContext,
  id: string,
  fields: Record<string, string>,
  { path: pagePath = "/", origin }: { path?: string; origin?: string | null } = {},
): Promise<ActionResult> {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(`_1_${k}`, v);
  form.append("0", JSON.stringify([{ ok: false }, "$K1"]));
  const headers: Record<string, string> = { "next-action": id, accept: "text/x-component" };
  if (origin !== undefined && origin !== null) headers.origin = origin;
  const res = await ctx.post(pagePath, { multipart: form, headers, maxRedirects: 0 });
  const body = await res.text();
  const redirect = res.headers()["x-action-redirect"]?.split(";")[0] ?? null;
  return { status: res.status(), redirect, state: redirect ? null : actionState(body), body };
}

/** The returned value in a flight response: line 0 names the chunk ("$@1") that holds it. */
function actionState(body: string): ActionResult["state"] {
  const lines = body.split("\n");
  const root = lines.find((l) => l.startsWith("0:"));
  const ref = root ? (JSON.parse(root.slice(2)) as { a?: string }).a : undefined;
  if (!ref?.startsWith("$@")) return null;
  const line = lines.find((l) => l.startsWith(`${ref.slice(2)}:`));
  if (!line || !line.slice(line.indexOf(":") + 1).startsWith("{")) return null;
  return JSON.parse(line.slice(line.indexOf(":") + 1));
}

/** Hidden inputs of a page (the ids the owner's forms carry), name -> values in page order. */
export function hiddenInputs(html: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const tag of html.match(/<input[^>]*>/g) ?? []) {
    if (!/type="hidden"/.test(tag)) continue;
    const name = tag.match(/name="([^"]*)"/)?.[1];
    const value = tag.match(/value="([^"]*)"/)?.[1];
    if (!name || value === undefined || name.startsWith("$ACTION")) continue;
    out.set(name, [...(out.get(name) ?? []), value]);
  }
  return out;
}

export type Role = "anonymous" | "member" | "owner" | "admin";
export type Session = { role: Role; ctx: APIRequestContext; handle?: string; email?: string };

/** A request context with its own cookie jar; every request names this site as its Origin. */
export async function newSession(baseURL: string, role: Role): Promise<Session> {
  const ctx = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { origin: new URL(baseURL).origin } });
  return { role, ctx };
}

export async function signUp(baseURL: string, role: Role, handle: string): Promise<Session> {
  const s = await newSession(baseURL, role);
  const email = `${handle}@example.test`;
  const res = await s.ctx.post("/api/auth/sign-up/email", { data: { name: `Test ${handle}`, email, password: "correct horse battery staple", handle } });
  if (!res.ok()) throw new Error(`sign-up of ${handle} failed: ${res.status()} ${await res.text()}`);
  return { ...s, handle, email };
}

export async function signIn(baseURL: string, role: Role, email: string, password: string): Promise<Session> {
  const s = await newSession(baseURL, role);
  const res = await s.ctx.post("/api/auth/sign-in/email", { data: { email, password } });
  if (!res.ok()) throw new Error(`sign-in of ${email} failed: ${res.status()} ${await res.text()}`);
  const me = (await (await s.ctx.get("/api/auth/get-session")).json()) as { user: { handle: string } };
  return { ...s, email, handle: me.user.handle };
}

export async function sessionCookie(s: Session) {
  return (await s.ctx.storageState()).cookies.find((c) => c.name.endsWith("session_token"));
}
