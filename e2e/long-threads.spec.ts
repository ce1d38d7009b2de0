// A thread longer than one page load (THREAD_BUDGET = 50 replies, breadth-first): the rest
// is reachable through "continue this thread" branches, and a link to any reply (a
// permalink, the redirect after posting) shows it, with and without JavaScript.
import { expect, test } from "@playwright/test";
import { builtActions, callAction, hiddenInputs, signUp, type Session } from "./support/actions";

const tag = Date.now().toString(36);
let actions: Map<string, string>;
let member: Session;
let reviewPath: string;
/** reply ids by position in a binary tree: reply k answers reply (k - 1) / 2. */
const ids: string[] = [];

async function act(key: string, fields: Record<string, string>) {
  const r = await callAction(member.ctx, actions.get(key)!, fields);
  expect(r.redirect, `${key}: ${JSON.stringify(r.state)}`).toBeTruthy();
  return r.redirect!;
}

test.beforeAll(async ({ baseURL }) => {
  test.setTimeout(180_000);
  actions = builtActions();
  member = await signUp(baseURL!, "member", `threads-${tag}`);
  const post = await act("lib/actions/posts.ts#createPostAction", {
    title: `Long thread post ${tag}`,
    authors: "Test Author",
    url: `https://example.org/long-thread-${tag}`,
    source: "blog",
    kind: "blog_post",
    publishedAt: "2024-01-02",
  });
  const postId = hiddenInputs(await (await member.ctx.get(post)).text()).get("postId")![0];
  const review = await act("lib/actions/reviews.ts#createReviewAction", { postId, body: `A review with a long argument under it ${tag}` });
  reviewPath = `/reviews/${review.split("#review-")[1]}`;
  for (let k = 0; k < 60; k++) {
    const target: Record<string, string> = k === 0 ? { reviewId: reviewPath.split("/").pop()! } : { parentId: ids[Math.floor((k - 1) / 2)] };
    const redirect = await act("lib/actions/replies.ts#createReplyAction", { ...target, body: `Reply number ${k} ${tag}`, returnTo: reviewPath });
    ids.push(redirect.split("#reply-")[1]);
  }
});

test("a 60-reply thread shows 50 replies and continues the rest in branches", async ({ page }) => {
  await page.goto(reviewPath);
  const replies = page.getByRole("listitem", { name: /^Reply by / });
  await expect(replies).toHaveCount(50);
  // Breadth-first: the first 50 replies of the tree are there, the last 10 are not.
  await expect(page.locator(`#reply-${ids[49]}`)).toHaveCount(1);
  await expect(page.locator(`#reply-${ids[50]}`)).toHaveCount(0);
  const more = page.getByRole("link", { name: /^Continue this thread/ });
  const counts = (await more.allTextContents()).map((t) => Number(t.match(/\((\d+) more repl/)?.[1]));
  expect(counts.reduce((a, b) => a + b, 0)).toBe(10);

  // Reply 24 shows its first answer (49) and continues with the second (50).
  await page.locator(`#reply-${ids[24]}`).getByRole("link", { name: /^Continue this thread/ }).first().click();
  await expect(page).toHaveURL(new RegExp(`thread=${ids[24]}`));
  await expect(page.getByText("Showing one branch of the thread")).toBeVisible();
  await expect(page.locator(`#reply-${ids[50]}`)).toBeVisible();
  await expect(replies).toHaveCount(3);
  await page.getByRole("link", { name: "Up to the reply it answers" }).click();
  await expect(page).toHaveURL(new RegExp(`thread=${ids[11]}`));
  await page.getByRole("link", { name: "Show the whole thread" }).click();
  await expect(replies).toHaveCount(50);
});

test("a permalink to a reply left off the page opens it", async ({ page }) => {
  await page.goto(`${reviewPath}#reply-${ids[59]}`);
  await expect(page).toHaveURL(new RegExp(`reply=${ids[59]}`));
  await expect(page.locator(`#reply-${ids[59]}`)).toBeVisible();
  await expect(page.locator(`#reply-${ids[59]}`)).toContainText(`Reply number 59 ${tag}`);
});

test("without JavaScript, the reply link and the redirect after replying show the reply", async ({ request }) => {
  const html = await (await request.get(`${reviewPath}?reply=${ids[58]}`)).text();
  for (let k = 58; k > 0; k = Math.floor((k - 1) / 2)) expect(html).toContain(`id="reply-${ids[k]}"`);
  const redirect = await act("lib/actions/replies.ts#createReplyAction", { parentId: ids[59], body: `A late answer ${tag}`, returnTo: reviewPath });
  expect(redirect).toMatch(/\?reply=[^#]+#reply-/);
  const late = redirect.split("#reply-")[1];
  expect(await (await request.get(redirect.split("#")[0])).text()).toContain(`id="reply-${late}"`);
});
