// Time limits for everything the soak waits on, so a request or a wait that never settles
// fails the run with a sentence naming it instead of stalling CI until its own limit.
//
// An AbortSignal on fetch is not enough on its own: in Node 20 (undici 6), a fetch whose
// signal fires while a gzip-encoded body is being read can leave `res.json()`/`res.text()`
// pending for ever, with its socket already closed (nodejs/node#56917). The soak hung that
// way in "kill -9 during an import": its 500 ms status polls are often aborted mid-body
// while the server is busy importing. So every wait below also races a timer of its own.
import { UserFacingError } from "../lib/run";

/** A soak wait that ran out of time; its message names what was awaited. */
export class SoakTimeout extends UserFacingError {}

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

/**
 * Runs `fn` with a signal that aborts after `ms`, and settles within `ms` even when what `fn`
 * awaits never does: then it rejects with a SoakTimeout naming `what`.
 */
export async function within<T>(what: string, ms: number, fn: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const e = new SoakTimeout(`${what}: no end within ${seconds(ms)}`);
      controller.abort(e);
      reject(e);
    }, ms);
  });
  try {
    return await Promise.race([fn(controller.signal), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** True once `promise` settles, false if `ms` pass first. */
export async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  return within("", ms, () => promise.then(() => true, () => true)).catch(() => false);
}

export type Answer = { status: number; ok: boolean; headers: Headers; text: string };

/** A fetch whose headers and whole body arrive within `ms`, or a rejection (SoakTimeout on time). */
export function fetchWithin(url: string, init: RequestInit, ms: number): Promise<Answer> {
  return within(`${init.method ?? "GET"} ${url}`, ms, async (signal) => {
    const res = await fetch(url, { ...init, signal });
    return { status: res.status, ok: res.ok, headers: res.headers, text: await res.text() };
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Calls `probe` every `intervalMs` until `done` holds for its answer, and returns that answer.
 * After `timeoutMs` it throws a SoakTimeout naming `what` and the last answer seen. `probe`
 * must bound its own wait (fetchWithin); its answer may be null (no answer this time).
 */
export async function pollUntil<T>(
  what: string,
  { timeoutMs, intervalMs }: { timeoutMs: number; intervalMs: number },
  probe: () => Promise<T | null>,
  done: (answer: T) => boolean,
): Promise<T> {
  const started = Date.now();
  let last: T | null = null;
  for (;;) {
    const answer = await probe();
    if (answer !== null) {
      last = answer;
      if (done(answer)) return answer;
    }
    if (Date.now() - started >= timeoutMs) throw new SoakTimeout(`${what}: not reached within ${seconds(timeoutMs)} (last seen: ${last === null ? "no answer" : JSON.stringify(last)})`);
    await sleep(intervalMs);
  }
}
