import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchWithin, pollUntil, settlesWithin, SoakTimeout, within } from "./deadline";

const never = () => new Promise<never>(() => {});

describe("within", () => {
  it("answers what the work answers", async () => {
    await expect(within("quick", 1_000, async () => 42)).resolves.toBe(42);
    await expect(within("broken", 1_000, async () => Promise.reject(new Error("no")))).rejects.toThrow("no");
  });

  it("settles on time when the work never does, names it, and aborts its signal", async () => {
    let signal: AbortSignal | undefined;
    const started = Date.now();
    const err = await within("GET /api/import/x", 100, (s) => ((signal = s), never())).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SoakTimeout);
    expect((err as Error).message).toBe("GET /api/import/x: no end within 0.1 s");
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(signal?.aborted).toBe(true);
  });
});

describe("settlesWithin", () => {
  it("is true once the promise settles either way, false when time runs out", async () => {
    expect(await settlesWithin(Promise.resolve(), 100)).toBe(true);
    expect(await settlesWithin(Promise.reject(new Error("gone")), 100)).toBe(true);
    expect(await settlesWithin(never(), 50)).toBe(false);
  });
});

describe("pollUntil", () => {
  it("returns the first answer that is done, skipping missing answers", async () => {
    const answers = [null, { status: "running" }, null, { status: "done" }];
    const got = await pollUntil("the job", { timeoutMs: 1_000, intervalMs: 1 }, async () => answers.shift() ?? null, (a) => a.status === "done");
    expect(got).toEqual({ status: "done" });
  });

  it("throws naming what it waited for and the last answer seen", async () => {
    const err = await pollUntil("postgres: the import ending", { timeoutMs: 100, intervalMs: 10 }, async () => ({ status: "running" }), () => false).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SoakTimeout);
    expect((err as Error).message).toBe('postgres: the import ending: not reached within 0.1 s (last seen: {"status":"running"})');
  });
});

describe("fetchWithin", () => {
  // Headers at once, then a body that never ends: a server stuck mid-answer.
  const server = http.createServer((req, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    if (req.url === "/whole") res.end('{"ok":true}');
    else res.write("{");
  });
  let base = "";
  beforeAll(async () => {
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it("reads the whole body", async () => {
    const res = await fetchWithin(`${base}/whole`, {}, 5_000);
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toEqual({ ok: true });
  });

  it("gives up on a body that never ends", async () => {
    await expect(fetchWithin(`${base}/stuck`, {}, 200)).rejects.toThrow(`GET ${base}/stuck: no end within 0.2 s`);
  });
});
