// The soak's traffic: signed-in users reading and writing the way a browser does, each
// user driven by one worker so its own writes happen in order. Every acknowledged write
// (the app redirected to the new row, or rendered its success message) is recorded with a
// marker text, so afterwards the database can be checked for each one.
import crypto from "node:crypto";
import fs from "node:fs";
import { actionFields, Browser, type Recorder } from "./browser";

export type Targets = {
  posts: { id: string; slug: string }[];
  reviews: { id: string; postSlug: string }[];
  agendas: string[];
  tags: string[];
  lists: string[];
};

export type Acks = {
  /** `deleted` null and `marker` "?": the outcome was lost with the connection (kill -9), not asserted. */
  reviews: Map<string, { userId: string; postId: string; marker: string; deleted: boolean | null }>;
  /** `page`: where the thread is shown (a reply is posted from there, like the browser does). */
  replies: Map<string, { marker: string; page: string; parent: { reviewId?: string; parentId?: string; postId?: string } }>;
  /** user id -> post id -> the last acknowledged status ("clear" = none). */
  statuses: Map<string, Map<string, string>>;
  rejected: string[];
};

export const newAcks = (): Acks => ({ reviews: new Map(), replies: new Map(), statuses: new Map(), rejected: [] });

export type SoakUser = { id: string; email: string; browser: Browser };

export type Templates = { createReview: Record<string, string>; updateReview: Record<string, string>; deleteReview: Record<string, string>; reply: Record<string, string>; status: Record<string, string> };

const PASSWORD = "soak-password-2026";
const run = crypto.randomBytes(3).toString("hex");
let seq = 0;
const marker = (kind: string) => `soak-${run}-${kind}-${++seq}`;
/** "review 200: You have already reviewed this post." - the form's own message, for the report. */
const refusal = (what: string, res: { status: number; text: string }) => {
  if (process.env.SOAK_DEBUG) fs.writeFileSync(`tmp/soak-refusal-${what}-${res.status}.html`, res.text);
  return `${what} ${res.status}: ${res.text.match(/class="form-error">([^<]{0,80})/)?.[1] ?? res.text.match(/class="field-error"[^>]*>([^<]{1,80})/)?.[1] ?? "?"}`;
};
const pick = <T>(xs: T[]): T => xs[Math.floor(Math.random() * xs.length)];

/** Signs up `count` users through the sign-up form (each then holds a session cookie). */
export async function signUpUsers(base: string, count: number, recorder: Recorder): Promise<SoakUser[]> {
  const users: SoakUser[] = [];
  for (let i = 0; i < count; i++) {
    const browser = new Browser(base, recorder);
    const page = await browser.get("/sign-up");
    const action = page && actionFields(page.text, ["email", "password"]);
    if (!action) throw new Error("The sign-up page has no sign-up form.");
    const handle = `soak-${run}-${i}`;
    const email = `${handle}@example.test`;
    const res = await browser.submit("/sign-up", action, { name: `Soak User ${i}`, email, handle, password: PASSWORD });
    if (res?.status !== 303 || !browser.signedIn()) throw new Error(`Sign-up of ${email} failed (status ${res?.status}).`);
    users.push({ id: handle, email, browser });
  }
  return users;
}

/** A new session for a user, through the sign-in form in a fresh browser (e.g. after a restart). */
export async function signIn(user: SoakUser, recorder: Recorder): Promise<Browser> {
  const browser = new Browser(user.browser.base, recorder);
  const page = await browser.get("/sign-in");
  const action = page && actionFields(page.text, ["email", "password"]);
  if (!action) throw new Error("The sign-in page has no sign-in form.");
  const res = await browser.submit("/sign-in", action, { email: user.email, password: PASSWORD, next: "/" });
  if (res?.status !== 303 || !browser.signedIn()) throw new Error(`Sign-in of ${user.email} failed (status ${res?.status}).`);
  return browser;
}

/** The hidden action fields of each form, read from the pages as a signed-in user sees them. */
export async function readTemplates(user: SoakUser, targets: Targets, acks: Acks): Promise<Templates> {
  const b = user.browser;
  const post = targets.posts[0];
  const postPage = (await b.get(`/posts/${post.slug}`))!.text;
  const createReview = actionFields(postPage, ["rating", "postId"]);
  const reply = actionFields(postPage, ["body", "returnTo"]);
  const status = actionFields(postPage, ["status", "postId"]);
  // Editing and deleting need a review of one's own: write one.
  const created = await b.submit(`/posts/${post.slug}`, createReview!, { postId: post.id, body: "Template review.", rating: "5" });
  const reviewId = created?.location.match(/#review-(.+)$/)?.[1];
  if (!reviewId) throw new Error(`Could not write the template review (${created ? refusal("review", created) : "no answer"}).`);
  acks.reviews.set(reviewId, { userId: user.id, postId: post.id, marker: "Template review.", deleted: false });
  const updateReview = actionFields((await b.get(`/reviews/${reviewId}/edit`))!.text, ["rating", "reviewId"]);
  const deleteReview = actionFields((await b.get(`/posts/${post.slug}`))!.text, ["reviewId"], ["body", "rating"]);
  const all = { createReview, updateReview, deleteReview, reply, status };
  for (const [name, t] of Object.entries(all)) if (!t) throw new Error(`No form found for ${name}.`);
  return all as Templates;
}

function readPaths(t: Targets): string[] {
  const post = pick(t.posts);
  const review = t.reviews.length ? pick(t.reviews) : null;
  return [
    "/",
    `/?agenda=${pick(t.agendas)}`,
    `/?tag=${pick(t.tags)}`,
    `/?q=${pick(["goodhart", "interpretability", "deceptive alignment", "debate", "abstraction"])}`,
    "/?sort=top_rated",
    "/?reviewed=yes&sort=most_reviewed",
    `/posts/${post.slug}`,
    review ? `/reviews/${review.id}` : "/reviews",
    "/reviews",
    "/lists",
    t.lists.length ? `/lists/${pick(t.lists)}` : "/lists",
    "/agendas",
    `/agendas/${pick(t.agendas)}`,
    `/api/posts?agenda=${pick(t.agendas)}`,
    `/api/posts/${post.slug}`,
    "/api/agendas",
    "/feeds/reviews.xml",
  ];
}

type Op = "read" | "review" | "reply" | "status" | "edit" | "delete";
const MIXED: [Op, number][] = [["read", 55], ["review", 10], ["reply", 17], ["status", 10], ["edit", 5], ["delete", 3]];
const WRITE_HEAVY: [Op, number][] = [["read", 10], ["review", 20], ["reply", 40], ["status", 20], ["edit", 6], ["delete", 4]];
function chooseOp(weights: [Op, number][]): Op {
  let r = Math.random() * weights.reduce((n, [, w]) => n + w, 0);
  for (const [op, w] of weights) if ((r -= w) < 0) return op;
  return "read";
}

export type WorkloadOptions = { writeHeavy?: boolean; stop?: { stopped: boolean } };

/** One worker: `user` acts until `until` (ms epoch). */
async function worker(user: SoakUser, targets: Targets, tpl: Templates, acks: Acks, until: number, opts: WorkloadOptions) {
  const b = user.browser;
  const mine = () => [...acks.reviews].filter(([, r]) => r.userId === user.id && r.deleted === false);
  while (Date.now() < until && !opts.stop?.stopped) {
    const op = chooseOp(opts.writeHeavy ? WRITE_HEAVY : MIXED);
    if (op === "read") {
      await b.get(pick(readPaths(targets)));
    } else if (op === "review") {
      const reviewed = new Set([...acks.reviews.values()].filter((r) => r.userId === user.id).map((r) => r.postId));
      const post = targets.posts.find((p) => !reviewed.has(p.id) && Math.random() < 0.3) ?? targets.posts.find((p) => !reviewed.has(p.id));
      if (!post) continue;
      const m = marker("review");
      const res = await b.submit(`/posts/${post.slug}`, tpl.createReview, { postId: post.id, body: `${m} A review under load.`, rating: String(1 + Math.floor(Math.random() * 10)), confidence: String(1 + Math.floor(Math.random() * 5)) });
      const id = res?.status === 303 ? res.location.match(/#review-(.+)$/)?.[1] : undefined;
      if (id) {
        acks.reviews.set(id, { userId: user.id, postId: post.id, marker: m, deleted: false });
        targets.reviews.push({ id, postSlug: post.slug });
      } else if (res && res.status < 500) acks.rejected.push(refusal("review", res));
    } else if (op === "reply") {
      const m = marker("reply");
      const replies = [...acks.replies];
      const where = Math.random();
      let page: string;
      let parent: { reviewId?: string; parentId?: string; postId?: string };
      if (where < 0.45 && replies.length) {
        // Deeper threads: answer a recent reply more often than an old one.
        const [id, r] = replies[Math.max(0, replies.length - 1 - Math.floor(Math.random() * Math.min(20, replies.length)))];
        parent = { parentId: id };
        page = r.page;
      } else if (where < 0.8 && targets.reviews.length) {
        const review = pick(targets.reviews);
        parent = { reviewId: review.id };
        page = `/reviews/${review.id}`;
      } else {
        const post = pick(targets.posts);
        parent = { postId: post.id };
        page = `/posts/${post.slug}`;
      }
      const res = await b.submit(page, tpl.reply, { ...parent, body: `${m} A reply under load.`, returnTo: page });
      const id = res?.status === 303 ? res.location.match(/#reply-(.+)$/)?.[1] : undefined;
      if (id) acks.replies.set(id, { marker: m, page, parent });
      else if (res && res.status < 500) acks.rejected.push(refusal("reply", res));
    } else if (op === "status") {
      const post = pick(targets.posts.slice(0, 30));
      const status = pick(["to_read", "reading", "read", "skipped", "clear"]);
      const res = await b.submit(`/posts/${post.slug}`, tpl.status, { postId: post.id, status });
      if (res?.status === 200 && /Marked |Reading status cleared/.test(res.text)) {
        if (!acks.statuses.has(user.id)) acks.statuses.set(user.id, new Map());
        acks.statuses.get(user.id)!.set(post.id, status);
      } else {
        // Unknown outcome (a cut connection): the status may or may not have changed.
        if (!acks.statuses.has(user.id)) acks.statuses.set(user.id, new Map());
        acks.statuses.get(user.id)!.set(post.id, "?");
        if (res && res.status < 500) acks.rejected.push(refusal("status", res));
      }
    } else if (op === "edit" || op === "delete") {
      const own = mine();
      if (!own.length) continue;
      const [id, r] = pick(own);
      const slug = targets.posts.find((p) => p.id === r.postId)!.slug;
      if (op === "edit") {
        const m = marker("edit");
        const res = await b.submit(`/reviews/${id}/edit`, tpl.updateReview, { reviewId: id, body: `${m} An edited review.`, rating: String(1 + Math.floor(Math.random() * 10)) });
        if (res?.status === 303) r.marker = m;
        else if (res && res.status < 500) acks.rejected.push(refusal("edit", res));
        else r.marker = "?"; // the edit may or may not have landed
      } else {
        const res = await b.submit(`/posts/${slug}`, tpl.deleteReview, { reviewId: id });
        if (res?.status === 303) r.deleted = true;
        else if (res && res.status < 500) acks.rejected.push(refusal("delete", res));
        else r.deleted = null;
      }
    }
  }
}

/** `connections` workers over the users for `seconds`. */
export async function runWorkload(users: SoakUser[], targets: Targets, tpl: Templates, acks: Acks, connections: number, seconds: number, opts: WorkloadOptions = {}) {
  const until = Date.now() + seconds * 1000;
  await Promise.all(Array.from({ length: connections }, (_, i) => worker(users[i % users.length], targets, tpl, acks, until, opts)));
}
