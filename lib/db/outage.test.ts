// The outage answer proxy.ts gives while PostgreSQL is unreachable, and the probe behind it
// against a port where nothing listens (the real stop/start of a server is in the soak:
// scripts/soak/database-down.ts).
import net from "node:net";
import { describe, expect, it } from "vitest";
import { databaseReachable } from "./reachability";
import { unavailableResponse } from "./unavailable-page";

async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
}

describe("outage page", () => {
  it("is a 503 HTML page that says the database is unreachable, with no script", async () => {
    const res = unavailableResponse("/posts/some-post");
    expect(res.status).toBe(503);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    expect(res.headers.get("retry-after")).toBe("5");
    const html = await res.text();
    expect(html).toMatch(/database is unreachable/i);
    expect(html).toMatch(/try again/i);
    expect(html).not.toMatch(/<script/i);
  });

  it("is JSON with an error under /api", async () => {
    const res = unavailableResponse("/api/posts");
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ status: "unavailable", error: expect.stringMatching(/unreachable/) });
  });

  it("probe: a server that does not answer is unreachable, within the probe's timeout", async () => {
    const started = Date.now();
    expect(await databaseReachable(`postgres://nobody@127.0.0.1:${await closedPort()}/none`)).toBe(false);
    expect(Date.now() - started).toBeLessThan(3_000);
  });
});
