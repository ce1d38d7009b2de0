import { expect, test } from "@playwright/test";

test("the library lists seeded posts from the database", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Library" })).toBeVisible();
  await expect(page.locator("main li h3 a").first()).toBeVisible();
});

test("a post page shows the post and its reviews", async ({ page }) => {
  await page.goto("/posts/risks-from-learned-optimization-in-advanced-machine-learning-systems");
  await expect(page.getByRole("heading", { level: 1, name: /Risks from Learned Optimization/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Reviews/ })).toBeVisible();
});

test("health reports the database after a real query", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  const body = await res.json();
  expect(body.status).toBe("ok");
  expect(body.database).toBe(process.env.E2E_DATABASE_URL ? "postgres" : "pglite");
});

test("an unknown post is a 404", async ({ page }) => {
  const res = await page.goto("/posts/no-such-post-anywhere");
  expect(res?.status()).toBe(404);
});
