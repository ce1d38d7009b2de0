// A browser without JavaScript, enough to drive the app's forms the way a no-JS browser
// does: a cookie jar, and form posts that carry the hidden fields React renders for a
// server action (`$ACTION_*`), sent as multipart to the page's URL. Every request's status
// and latency is recorded for the report.
import { within } from "./deadline";

/** How long one request and its body may take (a page under 50 connections on a slow machine takes a few seconds). */
const REQUEST_MS = 60_000;

export type Sample = { ms: number; status: number; write: boolean };
export type Recorder = { samples: Sample[]; connectionErrors: string[]; serverErrors: string[] };

export const newRecorder = (): Recorder => ({ samples: [], connectionErrors: [], serverErrors: [] });

const decode = (s: string) =>
  s.replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([^\s=<>"']+)="([^"]*)"/g)) out[m[1]] = decode(m[2]);
  return out;
}

/**
 * The hidden `$ACTION_*` fields of the first form in `html` that has inputs named `with`
 * and none named `without`: what the browser would send to run that form's action.
 */
export function actionFields(html: string, has: string[], hasNot: string[] = []): Record<string, string> | null {
  for (const form of html.matchAll(/<form\b[^>]*>([\s\S]*?)<\/form>/g)) {
    const names = new Set([...form[1].matchAll(/<(?:input|textarea|select|button)\b[^>]*>/g)].map((t) => attributes(t[0]).name).filter(Boolean));
    if (!has.every((n) => names.has(n)) || hasNot.some((n) => names.has(n))) continue;
    const fields: Record<string, string> = {};
    for (const t of form[1].matchAll(/<input\b[^>]*>/g)) {
      const a = attributes(t[0]);
      if (a.name?.startsWith("$ACTION")) fields[a.name] = a.value ?? "";
    }
    if (Object.keys(fields).length) return fields;
  }
  return null;
}

export class Browser {
  private cookies = new Map<string, string>();
  constructor(
    readonly base: string,
    private recorder: Recorder,
  ) {}

  useRecorder(recorder: Recorder) {
    this.recorder = recorder;
  }

  /** The session cookie, for a plain fetch as this user. */
  headers(): Record<string, string> {
    return { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ") };
  }

  /**
   * One request and its whole body, within 60 s: null when the connection fails, the body is
   * cut (kill -9) or the time runs out, each counted as a connection error.
   */
  private async request(path: string, init: RequestInit, write: boolean): Promise<{ status: number; location: string; text: string } | null> {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set("cookie", this.headers().cookie);
    headers.set("origin", this.base);
    const what = `${init.method ?? "GET"} ${path}`;
    const started = performance.now();
    let headersIn = false;
    try {
      return await within(what, REQUEST_MS, async (signal) => {
        const res = await fetch(this.base + path, { ...init, headers, redirect: "manual", signal });
        this.remember(res);
        this.recorder.samples.push({ ms: performance.now() - started, status: res.status, write });
        if (res.status >= 500) this.recorder.serverErrors.push(`${res.status} ${what}`);
        // The server can die between the headers and the end of the body (kill -9).
        headersIn = true;
        return { status: res.status, location: res.headers.get("location") ?? "", text: await res.text() };
      });
    } catch (e) {
      const reason = String((e as Error).cause ?? (e as Error).message);
      this.recorder.connectionErrors.push(headersIn ? `${what}: body cut (${reason})` : `${what}: ${reason}`);
      return null;
    }
  }

  private remember(res: Response) {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const i = pair.indexOf("=");
      const value = pair.slice(i + 1);
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(c) || value === "") this.cookies.delete(pair.slice(0, i));
      else this.cookies.set(pair.slice(0, i), value);
    }
  }

  /** GET; the body as text (null on a connection error). */
  async get(path: string): Promise<{ status: number; text: string } | null> {
    return this.request(path, {}, false);
  }

  /** Submits a form's action to `path` (the page the form is on); `location` is the redirect, if any. */
  async submit(path: string, action: Record<string, string>, fields: Record<string, string | Blob>, fileName?: string) {
    const form = new FormData();
    for (const [k, v] of Object.entries(action)) form.append(k, v);
    for (const [k, v] of Object.entries(fields)) {
      if (typeof v === "string") form.append(k, v);
      else form.append(k, v, fileName);
    }
    return this.request(path, { method: "POST", body: form }, true);
  }

  signedIn() {
    return [...this.cookies.keys()].some((k) => k.includes("session_token"));
  }
}
