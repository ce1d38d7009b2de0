import AxeBuilder from "@axe-core/playwright";
import { test, expect, uniqueName } from "./support/fixtures";

type ApiPage = { items: { slug: string; title: string }[]; total: number; page: number; pageSize: number };

async function apiAll(request: import("@playwright/test").APIRequestContext, query: string) {
  const first = (await (await request.get(`/api/posts?${query}`)).json()) as ApiPage;
  const items = [...first.items];
  for (let page = 2; page <= Math.ceil(first.total / first.pageSize); page++) {
    const next = (await (await request.get(`/api/posts?${query}&page=${page}`)).json()) as ApiPage;
    items.push(...next.items);
  }
  return { total: first.total, items };
}

const shownTotal = async (page: import("@playwright/test").Page) =>
  Number(await page.getByTestId("library-total").locator("[data-total]").getAttribute("data-total"));

test("filter by an agenda and a tag through the form: URL, reload and API agree", async ({ page }) => {
  await page.goto("/");
  await page.getByLabel("Agenda", { exact: true }).selectOption("mechanistic-interpretability");
  await page.getByLabel("Tag", { exact: true }).selectOption("interpretability");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/agenda=mechanistic-interpretability/);
  await expect(page).toHaveURL(/tag=interpretability/);
  const total = await shownTotal(page);
  expect(total).toBeGreaterThan(0);
  await expect(page.getByRole("list", { name: "Active filters" }).getByRole("link", { name: /Remove filter Agenda: Mechanistic interpretability/ })).toBeVisible();

  await page.reload();
  await expect(page.getByLabel("Agenda", { exact: true })).toHaveValue("mechanistic-interpretability");
  expect(await shownTotal(page)).toBe(total);

  const api = (await (await page.request.get("/api/posts?agenda=mechanistic-interpretability&tag=interpretability")).json()) as ApiPage;
  expect(api.total).toBe(total);
  expect(api.pageSize).toBe(25);
  const titles = await page.locator(".post-list > li h3 a").allTextContents();
  expect(titles).toEqual(api.items.map((i) => i.title));

  // Removing the tag chip keeps the agenda and widens the result.
  await page.getByRole("link", { name: /Remove filter Tag: Interpretability/ }).click();
  await expect(page).not.toHaveURL(/tag=/);
  await expect(page).toHaveURL(/agenda=mechanistic-interpretability/);
  expect(await shownTotal(page)).toBeGreaterThanOrEqual(total);
});

test("an agenda filter includes its sub-agendas", async ({ request, page }) => {
  const parent = await apiAll(request, "agenda=mechanistic-interpretability");
  const child = await apiAll(request, "agenda=sparse-dictionary-learning");
  expect(child.total).toBeGreaterThan(0);
  const parentSlugs = new Set(parent.items.map((i) => i.slug));
  for (const item of child.items) expect(parentSlugs.has(item.slug), item.slug).toBe(true);

  await page.goto("/agendas/mechanistic-interpretability");
  await expect(page.getByRole("heading", { level: 1, name: "Mechanistic interpretability" })).toBeVisible();
  expect(await shownTotal(page)).toBe(parent.total);
  await expect(page.getByRole("link", { name: "Sparse dictionary learning" }).first()).toBeVisible();
});

test("search finds a post by a word that only appears in one of its reviews, highlighted", async ({ page, request }) => {
  const post = (await (await request.get("/api/posts/toy-models-of-superposition")).json()) as { title: string; summary: string; reviews: { body: string }[] };
  expect(`${post.title} ${post.summary}`.toLowerCase()).not.toContain("tetrahedra");
  expect(post.reviews.some((r) => r.body.toLowerCase().includes("tetrahedra"))).toBe(true);

  await page.goto("/");
  await page.getByRole("searchbox", { name: /Search/ }).fill("tetrahedra");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/q=tetrahedra/);
  const item = page.locator(".post-list > li", { hasText: "Toy Models of Superposition" });
  await expect(item).toBeVisible();
  await expect(item.locator("mark").first()).toHaveText(/tetrahedra/i);
  const api = (await (await request.get("/api/posts?q=tetrahedra")).json()) as ApiPage;
  expect(await shownTotal(page)).toBe(api.total);
});

test("junk parameters fall back on the page, and the API answers 400 with a message", async ({ page, request }) => {
  const res = await page.goto("/?sort=sideways&page=-4&year=soon&source=geocities&status=devoured&tag=%3Cb%3E");
  expect(res?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Library" })).toBeVisible();
  const bad = await request.get("/api/posts?sort=sideways&page=0");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toMatch(/sort/);
  expect((await request.get("/api/posts/no-such-post-here")).status()).toBe(404);
  const agendas = await (await request.get("/api/agendas")).json();
  expect(agendas.items.some((a: { slug: string; parent: string | null }) => a.slug === "sparse-dictionary-learning" && a.parent === "mechanistic-interpretability")).toBe(true);
  expect((await request.get("/api/tags")).status()).toBe(200);
  const empty = await page.goto("/?q=zzqxjvnonexistentword");
  expect(empty?.status()).toBe(200);
  await expect(page.getByText("No posts match these filters.")).toBeVisible();
  await page.getByRole("link", { name: "Clear all filters" }).click();
  await expect(page).toHaveURL(/\/$/);
});

test("a member adds a post, is warned about a duplicate URL, and edits their post", async ({ page, member }) => {
  expect(member.handle).toBeTruthy();
  const title = uniqueName("On corrigibility basins");
  await page.goto("/posts/new");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Authors").fill("Ada Example\nBea Example");
  // The URL of a seeded post: refused, with what was typed kept.
  await page.getByLabel("URL").fill("https://distill.pub/2020/circuits/zoom-in/");
  await page.getByRole("button", { name: "Add post" }).click();
  await expect(page.getByText(/This URL is already in the library/)).toBeVisible();
  await expect(page.getByLabel("Title")).toHaveValue(title);
  await expect(page.getByLabel("URL")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("URL").fill(`https://example.org/${title}`);
  await page.getByLabel("Source").selectOption("blog");
  await page.getByLabel("Published on").fill("2024-02-03");
  await page.getByRole("textbox", { name: "Summary" }).fill("A test summary about basins of corrigibility.");
  await page.getByRole("checkbox", { name: "Debate", exact: true }).check();
  await page.getByRole("button", { name: "Add post" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await page.getByRole("link", { name: "Ada Example" }).click();
  await expect(page).toHaveURL(/author=ada-example/);
  await expect(page.locator(".post-list > li h3 a", { hasText: title })).toBeVisible();
  await page.goBack();

  await page.getByRole("link", { name: "Edit post" }).click();
  await expect(page).toHaveURL(/\/edit$/);
  await page.getByRole("textbox", { name: "Summary" }).fill("An edited summary.");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("An edited summary.")).toBeVisible();

  // The new post is in the library under its agenda.
  const api = (await (await page.request.get(`/api/posts?agenda=debate&q=${encodeURIComponent(`"${title}"`)}`)).json()) as ApiPage;
  expect(api.total).toBe(1);
});

test("pages have no serious accessibility violations", async ({ page }) => {
  for (const path of ["/", "/?q=deception&agenda=inner-alignment", "/posts/risks-from-learned-optimization-in-advanced-machine-learning-systems", "/agendas", "/agendas/mechanistic-interpretability", "/tags", "/tags/interpretability"]) {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${path}: ${v.id} ${v.help}`)).toEqual([]);
  }
});
