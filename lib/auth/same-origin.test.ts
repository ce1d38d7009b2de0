import { describe, expect, it } from "vitest";
import { isCrossSiteWrite } from "./same-origin";

const base = { host: "reading.example", forwardedHost: null, origin: "https://reading.example" };

describe("isCrossSiteWrite", () => {
  it("lets reads through whatever their origin", () => {
    for (const method of ["GET", "HEAD", "OPTIONS"]) expect(isCrossSiteWrite({ ...base, method, origin: null })).toBe(false);
  });
  it("accepts a write from the site's own origin", () => {
    expect(isCrossSiteWrite({ ...base, method: "POST" })).toBe(false);
  });
  it("refuses a write with no Origin, a null Origin, junk or another site's Origin", () => {
    for (const origin of [null, "null", "not a url", "https://evil.example", "https://reading.example.evil.example"]) {
      expect(isCrossSiteWrite({ ...base, method: "POST", origin }), String(origin)).toBe(true);
    }
    expect(isCrossSiteWrite({ ...base, method: "DELETE", origin: "https://evil.example" })).toBe(true);
  });
  it("trusts the host a TLS-terminating proxy forwarded, and APP_URL's host", () => {
    const behindProxy = { method: "POST", origin: "https://reading.example", host: "127.0.0.1:3000" };
    expect(isCrossSiteWrite({ ...behindProxy, forwardedHost: "reading.example, 10.0.0.1" })).toBe(false);
    expect(isCrossSiteWrite({ ...behindProxy, forwardedHost: null, appUrl: "https://reading.example" })).toBe(false);
    expect(isCrossSiteWrite({ ...behindProxy, forwardedHost: null })).toBe(true);
  });
});
