import { expect, test } from "@playwright/test";

const pages = ["/", "/posts/risks-from-learned-optimization-in-advanced-machine-learning-systems", "/agendas", "/reviews", "/lists", "/sign-in"];

test("every page sends a nonce CSP without unsafe-inline scripts, and the security headers", async ({ request }) => {
  for (const path of pages) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    const h = res.headers();
    const csp = h["content-security-policy"] ?? "";
    const scriptSrc = csp.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src")) ?? "";
    expect(scriptSrc, path).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
    expect(scriptSrc, path).not.toContain("'unsafe-inline'");
    expect(scriptSrc, path).not.toContain("'unsafe-eval'");
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).toContain("object-src 'none'");
    expect(h["x-content-type-options"], path).toBe("nosniff");
    expect(h["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
  }
});

test("the nonce changes per request", async ({ request }) => {
  const nonce = async () => (await request.get("/")).headers()["content-security-policy"]?.match(/'nonce-([^']+)'/)?.[1];
  const [a, b] = [await nonce(), await nonce()];
  expect(a).toBeTruthy();
  expect(a).not.toBe(b);
});

test("the app's own scripts run under the policy: no CSP violations, and client code hydrates", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (msg) => {
    if (/Content Security Policy|Refused to (execute|load)/i.test(msg.text())) violations.push(msg.text());
  });
  for (const path of pages) await page.goto(path);
  expect(violations).toEqual([]);
  // Next's router only works once its scripts ran: a client-side navigation keeps the page.
  await page.goto("/");
  const marker = await page.evaluate(() => ((window as unknown as { __marker: number }).__marker = Math.random()));
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Agendas" }).click();
  await expect(page).toHaveURL(/\/agendas$/);
  expect(await page.evaluate(() => (window as unknown as { __marker?: number }).__marker)).toBe(marker);
});
