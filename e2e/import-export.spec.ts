import AxeBuilder from "@axe-core/playwright";
import { expect, test, uniqueName } from "./support/fixtures";

function bibtexFor(word: string, eprint: string) {
  return Buffer.from(`@article{first-${word},
  title = {Corrigibility under ${word} pressure},
  author = {M{\\"u}ller, Anna and Smith, Bob},
  year = {2024},
  url = {https://example.org/${word}/corrigibility?utm_source=feed},
}

@misc{second-${word},
  title = {Mesa-optimizers in the {${word}} regime},
  author = {Doe, Jane},
  eprint = {${eprint}},
  archivePrefix = {arXiv},
  year = {2024},
}
`);
}

test.describe("import and export", () => {
  test("upload a file, see the preview, confirm, watch progress, find the posts in the library", async ({ page, member }) => {
    void member;
    const word = uniqueName("zq").replace("-", "");
    const eprint = `2409.${String(Date.now()).slice(-5)}`;
    await page.goto("/import");
    await expect(page.getByRole("heading", { level: 1, name: "Import" })).toBeVisible();
    const axe = await new AxeBuilder({ page }).include("main").analyze();
    expect(axe.violations.filter((v) => v.impact === "critical" || v.impact === "serious")).toEqual([]);

    await page.getByLabel("File", { exact: true }).setInputFiles({ name: `${word}.bib`, mimeType: "text/plain", buffer: bibtexFor(word, eprint) });
    await page.getByRole("button", { name: "Preview import" }).click();

    await expect(page.getByRole("heading", { level: 1, name: new RegExp(`Preview: ${word}\\.bib`) })).toBeVisible();
    await expect(page.getByRole("list", { name: "What the import would do" })).toContainText("posts: 2 would be created, 0 merged, 0 skipped");
    const table = page.getByRole("table", { name: "Row by row" });
    await expect(table.getByRole("row", { name: new RegExp(`Corrigibility under ${word} pressure`) })).toContainText("Create");
    // Nothing is written by the preview.
    await page.goto(`/?q=${word}`);
    await expect(page.getByRole("link", { name: `Corrigibility under ${word} pressure` })).toHaveCount(0);
    await page.goBack();

    await page.getByRole("button", { name: "Confirm import" }).click();
    await expect(page.getByRole("heading", { level: 1, name: new RegExp(`Import: ${word}\\.bib`) })).toBeVisible();
    await expect(page.getByLabel("Rows processed")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Import finished" })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole("status").filter({ hasText: "rows" })).toContainText("2 created");
    await expect(page.getByRole("table", { name: /What the import did/ })).toContainText(`Mesa-optimizers in the ${word} regime`);

    await page.getByRole("link", { name: "Open the library" }).click();
    await page.goto(`/?q=${word}`);
    await expect(page.getByRole("link", { name: `Corrigibility under ${word} pressure` })).toBeVisible();
    await page.getByRole("link", { name: `Corrigibility under ${word} pressure` }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Corrigibility under ${word} pressure` })).toBeVisible();
    await expect(page.getByText("Anna Müller").first()).toBeVisible();

    // The same file again: the preview creates nothing.
    await page.goto("/import");
    await page.getByLabel("File", { exact: true }).setInputFiles({ name: `${word}-again.bib`, mimeType: "text/plain", buffer: bibtexFor(word, eprint) });
    await page.getByRole("button", { name: "Preview import" }).click();
    await expect(page.getByRole("list", { name: "What the import would do" })).toContainText("posts: 0 would be created, 0 merged, 2 skipped");
    await expect(page.getByRole("table", { name: "Row by row" })).toContainText("already in the library");

    // The CSV export with a library filter holds the imported posts.
    const csv = await page.request.get(`/export/csv?q=${word}`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    const text = await csv.text();
    expect(text.split("\n")[0]).toContain("slug,title,authors");
    expect(text).toContain(`Corrigibility under ${word} pressure`);
    expect(text).toContain("Anna Müller; Bob Smith");
    const bib = await page.request.get(`/export/bibtex?q=${word}`);
    expect(await bib.text()).toMatch(/@misc\{doe2024mesaoptimizers,[\s\S]*eprint = \{2409\./);
  });

  test("pasted links become posts and a reading list", async ({ page, member }) => {
    void member;
    const word = uniqueName("pl").replace("-", "");
    await page.goto("/import");
    await page.getByLabel("Or paste links").fill(`- [Pasted ${word} one](https://example.com/${word}/one)\n- [Pasted ${word} two](https://example.com/${word}/two?fbclid=abc)\n`);
    await page.getByLabel(/Also make a reading list/).fill(`Reading ${word}`);
    await page.getByRole("button", { name: "Preview import" }).click();
    await expect(page.getByRole("list", { name: "What the import would do" })).toContainText("posts: 2 would be created");
    await expect(page.getByRole("list", { name: "What the import would do" })).toContainText("lists: 1 would be created");
    await page.getByRole("button", { name: "Confirm import" }).click();
    await expect(page.getByRole("heading", { name: "Import finished" })).toBeVisible({ timeout: 30_000 });
    await page.getByRole("link", { name: `Reading ${word}` }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Reading ${word}` })).toBeVisible();
    await expect(page.getByText(`Pasted ${word} two`)).toBeVisible();
    const slug = new URL(page.url()).pathname.split("/").pop();
    const md = await page.request.get(`/export/markdown?list=${slug}`);
    expect(md.status()).toBe(200);
    expect(await md.text()).toContain(`- [Pasted ${word} one](https://example.com/${word}/one)`);
  });

  test("several Markdown posts with front matter upload at once; the body becomes the post's text", async ({ page, member }) => {
    void member;
    const word = uniqueName("md").replace("-", "");
    const post = (n: number) => ({
      name: `2024-05-0${n}-${word}-${n}.md`,
      mimeType: "text/markdown",
      buffer: Buffer.from(`---\nlayout: post\ntitle: "Blog ${word} number ${n}"\ndate: 2024-05-0${n}\ncategories: alignment\ntags: [evals]\n---\n\n## Section ${n}\n\nText of post ${n} about ${word}.\n`),
    });
    await page.goto("/import");
    await page.getByLabel("File", { exact: true }).setInputFiles([post(1), post(2)]);
    await page.getByRole("button", { name: "Preview import" }).click();
    await expect(page.getByRole("list", { name: "What the import would do" })).toContainText("posts: 2 would be created");
    await page.getByRole("button", { name: "Confirm import" }).click();
    await expect(page.getByRole("heading", { name: "Import finished" })).toBeVisible({ timeout: 30_000 });
    await page.goto(`/?q=${word}`);
    await page.getByRole("link", { name: `Blog ${word} number 2` }).click();
    await expect(page.getByRole("heading", { name: "Section 2" })).toBeVisible();
    await expect(page.getByText(`Text of post 2 about ${word}.`)).toBeVisible();
  });

  test("a malformed file is refused with a message next to the field, and nothing is written", async ({ page, member }) => {
    void member;
    await page.goto("/import");
    await page.getByLabel("File", { exact: true }).setInputFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from('{"data": {"post": {"result": {"_id": "abc", "title": "Trunc') });
    await page.getByRole("button", { name: "Preview import" }).click();
    const field = page.getByLabel("File", { exact: true });
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#import-file-error")).toContainText(/broken\.json/);
    await expect(page.getByRole("status").first()).toContainText("Nothing was imported");

    await page.getByLabel("File", { exact: true }).setInputFiles({ name: "junk.bin", mimeType: "application/octet-stream", buffer: Buffer.from([0, 159, 146, 150, 255, 0, 1, 2, 3]) });
    await page.getByRole("button", { name: "Preview import" }).click();
    await expect(page.locator("#import-file-error")).toContainText(/junk\.bin/);
  });

  test("guards: signed-out import page, job API, admin-only backup", async ({ page, browser }) => {
    const anon = await browser.newPage();
    await anon.goto("/import");
    await expect(anon.getByRole("link", { name: "Sign in" }).first()).toBeVisible();
    expect((await anon.request.get("/export/json")).status()).toBe(401);
    expect((await anon.request.get("/export/pdf")).status()).toBe(400);
    expect((await anon.request.get("/export/markdown")).status()).toBe(400);
    expect((await anon.request.get("/export/markdown?list=no-such-list-anywhere")).status()).toBe(404);
    await anon.close();

    await page.goto("/");
    const { signUpViaApi } = await import("./support/fixtures");
    await signUpViaApi(page, "guard");
    expect((await page.request.get("/api/import/not%20an%20id!")).status()).toBe(400);
    expect((await page.request.get("/api/import/cnosuchjob000000000000000")).status()).toBe(404);
    expect((await page.request.get("/export/json")).status()).toBe(403);

    // An admin (demo seed) downloads the backup, without password hashes.
    const ctx = await browser.newContext();
    const admin = await ctx.newPage();
    await admin.goto("/sign-in");
    await admin.getByLabel("Email").fill("ada@example.org");
    await admin.getByLabel("Password").fill("alignment-demo");
    await admin.getByRole("button", { name: /sign in/i }).click();
    await expect(admin.getByRole("link", { name: /Your profile/ })).toBeVisible();
    const backup = await admin.request.get("/export/json");
    expect(backup.status()).toBe(200);
    const json = await backup.json();
    expect(json.kind).toBe("alignment-reading-tracker-backup");
    expect(json.tables.Post.length).toBeGreaterThan(50);
    expect(json.tables.Account.every((a: { password: string | null }) => a.password === null)).toBe(true);
    await ctx.close();
  });
});
