// Reviews and their threads across two signed-in users (two browser contexts), an admin,
// hostile markdown, and bad input.
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import { expect, signUpViaApi, test, uniqueName, type TestUser } from "./support/fixtures";

const POST = "/posts/zoom-in-an-introduction-to-circuits";
const OTHER_POST = "/posts/a-mathematical-framework-for-transformer-circuits";

async function userPage(browser: Browser, baseURL: string | undefined, prefix: string): Promise<{ page: Page; user: TestUser }> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto("/");
  const user = await signUpViaApi(page, prefix);
  return { page, user };
}

async function writeReview(page: Page, postPath: string, body: string, rating?: string, confidence?: string) {
  await page.goto(postPath);
  const form = page.getByRole("form", { name: "Write a review" });
  await form.getByLabel("Review", { exact: true }).fill(body);
  if (rating) await form.getByLabel(/Rating/).fill(rating);
  if (confidence) await form.getByLabel(/Confidence/).fill(confidence);
  await form.getByRole("button", { name: "Publish review" }).click();
  await expect(page).toHaveURL(/#review-/);
  return new URL(page.url()).hash.replace("#review-", "");
}

const replyItem = (page: Page, name: string) => page.getByRole("listitem", { name: `Reply by ${name}` });

test("A reviews, B replies, A answers: nesting, counts, permalinks, new marks, permissions, moderation", async ({ browser, baseURL }) => {
  const a = await userPage(browser, baseURL, "alice");
  const b = await userPage(browser, baseURL, "bob");
  const reviewText = `Circuits are a good unit of analysis ${uniqueName("r")}`;
  const reviewId = await writeReview(a.page, POST, reviewText, "7", "3");
  const reviewUrl = `/reviews/${reviewId}`;

  // A opens the thread once (so later replies are "new" for A).
  await a.page.goto(reviewUrl);
  await expect(a.page.getByText(reviewText)).toBeVisible();
  await expect(a.page.getByRole("heading", { name: "Replies (0)" })).toBeVisible();

  // B replies to the review.
  await b.page.goto(reviewUrl);
  const bText = `But polysemanticity ${uniqueName("b")}`;
  await b.page.getByRole("textbox", { name: "Reply to this review" }).fill(bText);
  await b.page.getByRole("button", { name: "Post reply" }).click();
  await expect(b.page).toHaveURL(/#reply-/);
  await expect(replyItem(b.page, b.user.name)).toContainText(bText);

  // A sees B's reply marked new, and answers it.
  await a.page.goto(reviewUrl);
  const bReplyForA = replyItem(a.page, b.user.name);
  await expect(bReplyForA.getByText("new", { exact: true })).toBeVisible();
  await bReplyForA.getByText(`Reply to ${b.user.name}`, { exact: false }).first().click();
  const aText = `Superposition explains it ${uniqueName("a")}`;
  await bReplyForA.getByRole("textbox", { name: `Reply to ${b.user.name}` }).fill(aText);
  await bReplyForA.getByRole("button", { name: "Post reply" }).click();
  await expect(a.page).toHaveURL(/#reply-/);
  const aReplyId = new URL(a.page.url()).hash.slice(1);

  // Nesting: A's reply sits inside B's; the counts moved in step.
  const nested = replyItem(a.page, b.user.name).locator(`#${aReplyId}`);
  await expect(nested).toContainText(aText);
  await expect(a.page.getByRole("heading", { name: "Replies (2)" })).toBeVisible();
  await a.page.goto(POST);
  await expect(a.page.getByRole("article", { name: `Review by ${a.user.name}` }).getByRole("link", { name: /2 replies/ })).toBeVisible();

  // B sees A's answer as new, not B's own reply.
  await b.page.goto(reviewUrl);
  await expect(b.page.locator(`#${aReplyId}`).getByText("new", { exact: true })).toBeVisible();
  await expect(replyItem(b.page, b.user.name).locator(":scope > div").first().getByText("new", { exact: true })).toHaveCount(0);

  // Collapse B's subtree, then follow the permalink: the reply is revealed.
  await replyItem(b.page, b.user.name).getByText("1 reply", { exact: false }).first().click();
  await expect(b.page.getByText(aText)).toBeHidden();
  await b.page.goto(`${reviewUrl}#${aReplyId}`);
  await expect(b.page.getByText(aText)).toBeVisible();
  await expect(b.page.getByText(aText)).toBeInViewport();

  // B is offered no way to edit A's review, the edit page is a 404 ...
  await expect(b.page.getByRole("link", { name: /Edit/ }).filter({ hasText: /your review/ })).toHaveCount(0);
  await expect(b.page.getByRole("button", { name: "Delete review" })).toHaveCount(0);
  const res = await b.page.goto(`${reviewUrl}/edit`);
  expect(res?.status()).toBe(404);
  // ... and posting the edit action with A's review id is refused.
  const bReview = await writeReview(b.page, OTHER_POST, `B's own review ${uniqueName("x")}`);
  await b.page.goto(`/reviews/${bReview}/edit`);
  await b.page.locator('input[name="reviewId"]').evaluate((el, id) => ((el as HTMLInputElement).value = id), reviewId);
  await b.page.getByLabel("Review", { exact: true }).fill("hijacked");
  await b.page.getByRole("button", { name: "Save review" }).click();
  await expect(b.page.getByRole("status").getByText("Only the author can edit this review.")).toBeVisible();
  await a.page.goto(reviewUrl);
  await expect(a.page.getByText(reviewText)).toBeVisible();

  // An admin hides B's reply: others see the notice, B still sees the text.
  const admin = await (await browser.newContext({ baseURL })).newPage();
  await admin.goto("/sign-in");
  await admin.getByLabel("Email").fill("ada@example.org");
  await admin.getByLabel("Password").fill("alignment-demo");
  await admin.getByRole("button", { name: "Sign in" }).click();
  await expect(admin.getByRole("link", { name: /Your profile/ })).toBeVisible();
  await admin.goto(reviewUrl);
  await replyItem(admin, b.user.name).getByRole("button", { name: "Hide" }).first().click();
  await expect(replyItem(admin, b.user.name).getByRole("button", { name: "Unhide" }).first()).toBeVisible();

  await a.page.goto(reviewUrl);
  await expect(replyItem(a.page, b.user.name).getByText("Hidden by a moderator.").first()).toBeVisible();
  await expect(a.page.getByText(bText)).toHaveCount(0);
  await expect(a.page.locator(".prose p", { hasText: aText })).toBeVisible();
  await b.page.goto(reviewUrl);
  await expect(b.page.locator(".prose p", { hasText: bText })).toBeVisible();
  await expect(replyItem(b.page, b.user.name).getByText(/Hidden by a moderator \(you can still see it\)/).first()).toBeVisible();
});

test("a review made of XSS payloads renders as text: no dialog fires", async ({ page, member }) => {
  let dialogs = 0;
  page.on("dialog", async (d) => {
    dialogs++;
    await d.dismiss();
  });
  const payload = [
    "<script>alert('script')</script>",
    '<img src=x onerror="alert(\'img\')">',
    "[click me](javascript:alert('link'))",
    '<a href="javascript:alert(\'a\')">raw link</a>',
    '<svg onload="alert(\'svg\')"><script>alert(1)</script></svg>',
    '<iframe src="javascript:alert(\'iframe\')"></iframe>',
    '![x](javascript:alert("img-md"))',
    `marker ${member.handle}`,
  ].join("\n\n");
  const id = await writeReview(page, POST, payload);
  await page.goto(`/reviews/${id}`);
  const review = page.getByRole("article", { name: `Review by ${member.name}` });
  await expect(review).toContainText(`marker ${member.handle}`);
  await expect(review).toContainText("<script>alert('script')</script>");
  await expect(review.locator("script, iframe, svg, [onerror], [onload], [href^='javascript:' i], [src^='javascript:' i]")).toHaveCount(0);
  await page.waitForTimeout(500);
  expect(dialogs).toBe(0);
});

test("bad review input shows field errors next to the fields and keeps what was typed", async ({ page, member }) => {
  await page.goto(POST);
  const form = page.getByRole("form", { name: "Write a review" });
  await form.getByLabel("Review", { exact: true }).fill("   ");
  await form.getByRole("button", { name: "Publish review" }).click();
  const body = form.getByLabel("Review", { exact: true });
  await expect(form.getByText("Write the review: the body cannot be empty.")).toBeVisible();
  await expect(body).toHaveAttribute("aria-invalid", "true");
  await expect(body).toHaveAttribute("aria-describedby", /error/);

  const text = `Keeps my words ${member.handle}`;
  await body.fill(text);
  await form.getByLabel(/Rating/).fill("11");
  await form.getByRole("button", { name: "Publish review" }).click();
  await expect(form.getByText("Rating must be from 1 to 10.")).toBeVisible();
  await expect(form.getByLabel("Review", { exact: true })).toHaveValue(text);
  await expect(page.getByRole("article", { name: `Review by ${member.name}` })).toHaveCount(0);
});

test("discussion on the post, a private note, the recent-reviews page and the feed", async ({ page, member }) => {
  await page.goto(POST);
  const question = `Does this scale to LLMs? ${member.handle}`;
  await page.getByRole("textbox", { name: "Ask a question or comment on the post" }).fill(question);
  await page.getByRole("button", { name: "Post reply" }).click();
  await expect(page).toHaveURL(/#reply-/);
  await expect(page.getByRole("list", { name: "Discussion" })).toContainText(question);

  const note = `private thought ${member.handle}`;
  await page.getByRole("textbox", { name: "Private note" }).fill(note);
  await page.getByRole("button", { name: "Save note" }).click();
  await expect(page.getByText("Note saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("textbox", { name: "Private note" })).toHaveValue(note);

  const reviewText = `Feed me ${member.handle}`;
  await writeReview(page, POST, reviewText, "9");
  await page.goto(`/reviews?reviewer=${member.handle}`);
  await expect(page.getByRole("list", { name: "Reviews" })).toContainText(reviewText);
  const feed = await page.request.get("/feeds/reviews.xml");
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toContain("application/atom+xml");
  expect(await feed.text()).toContain(member.handle);
  expect((await page.request.get("/feeds/reviews.xml?agenda=Bad%20Slug!")).status()).toBe(400);
  expect((await page.request.get("/feeds/reviews.xml?tag=no-such-tag-anywhere")).status()).toBe(404);

  // Another user sees neither the note nor a note form with it.
  const other = await (await page.context().browser()!.newContext({ baseURL: new URL(page.url()).origin })).newPage();
  await other.goto(POST);
  await expect(other.getByText(note)).toHaveCount(0);
});

test("review pages and account forms pass axe, and the thread sorts by top", async ({ page, member }) => {
  const id = await writeReview(page, OTHER_POST, `Accessible review ${member.handle}`, "5");
  const url = `/reviews/${id}`;
  await page.goto(url);
  for (const text of ["first", "second"]) {
    await page.getByRole("textbox", { name: "Reply to this review" }).fill(`${text} ${member.handle}`);
    await page.getByRole("button", { name: "Post reply" }).click();
    // The URL already has a #reply- hash after the first post: wait for the text itself.
    await expect(page.locator(".prose p", { hasText: `${text} ${member.handle}` })).toBeVisible();
  }
  // Give the first reply an answer: "top" puts it first, "newest" puts the second first.
  const first = page.getByRole("listitem", { name: `Reply by ${member.name}` }).filter({ hasText: `first ${member.handle}` }).first();
  await first.getByText(`Reply to ${member.name}`).first().click();
  await first.getByRole("textbox", { name: `Reply to ${member.name}` }).fill(`answer ${member.handle}`);
  await first.getByRole("button", { name: "Post reply" }).click();
  await expect(page.locator(".prose p", { hasText: `answer ${member.handle}` })).toBeVisible();
  const topLevel = () => page.locator(`ol[aria-label="Replies"] > li`);
  await page.goto(`${url}?sort=newest`);
  await expect(topLevel().first()).toContainText(`second ${member.handle}`);
  await page.goto(`${url}?sort=top`);
  await expect(topLevel().first()).toContainText(`first ${member.handle}`);

  for (const path of [url, "/reviews", `/u/${member.handle}`]) {
    await page.goto(path);
    const axe = await new AxeBuilder({ page }).include("main").analyze();
    expect(axe.violations.map((v) => `${path}: ${v.id} ${v.help}`)).toEqual([]);
  }
  await page.context().clearCookies();
  for (const path of ["/sign-in", "/sign-up"]) {
    await page.goto(path);
    const axe = await new AxeBuilder({ page }).include("main").analyze();
    expect(axe.violations.map((v) => `${path}: ${v.id} ${v.help}`)).toEqual([]);
  }
});
