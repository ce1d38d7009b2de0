// Nothing private leaks: a private list, an unlisted list, a private note, a draft post,
// a hidden review, a deleted review and a hidden reply each carry a unique marker word;
// every route handler and the pages that show lists, reviews and search results are
// fetched as an anonymous visitor, another member, the owner and an admin, and a marker
// may appear only where that role may see it. Counts (review counts, list counts, tag
// and agenda post counts) must not move for those who cannot see the row. The owner and
// the admin see what they should.
import crypto from "node:crypto";
import { expect, test } from "@playwright/test";
import { callAction, builtActions, declaredRoutes, hiddenInputs, newSession, signIn, signUp, type Role, type Session } from "./support/actions";

const SEED_POST = "risks-from-learned-optimization-in-advanced-machine-learning-systems";
const tag = crypto.randomBytes(3).toString("hex");
// Words the full-text parser keeps whole, so ?q=marker searches for exactly that word.
const M = {
  privList: `privlist${tag}`,
  privDesc: `privdesc${tag}`,
  privEntry: `priventry${tag}`,
  unlisted: `unlisted${tag}`,
  unlistedEntry: `unlistedentry${tag}`,
  importRow: `importrow${tag}`,
  note: `secretnote${tag}`,
  draft: `draftpost${tag}`,
  hiddenReview: `hiddenreview${tag}`,
  deletedReview: `deletedreview${tag}`,
  hiddenReply: `hiddenreply${tag}`,
};
type Marker = keyof typeof M;
const ROLES: Role[] = ["anonymous", "member", "owner", "admin"];

/** Who may ever see each marker; unlisted lists also by link, to anyone (see mayShow). */
const SEEN_BY: Record<Marker, Role[]> = {
  privList: ["owner"],
  privDesc: ["owner"],
  privEntry: ["owner"],
  unlisted: ["owner"],
  unlistedEntry: ["owner"],
  // An import's preview is its uploader's and the admins'. (Its page streams behind a
  // loading boundary, so a refusal is a 200 with the not-found text: the content decides.)
  importRow: ["owner", "admin"],
  note: ["owner"],
  // Drafts: their creator only. (lib/auth/permissions.ts says admins too, but the post
  // page and API show a draft to its creator only; the matrix pins what the app does.)
  draft: ["owner"],
  // The author and admins see hidden content, marked as hidden; nobody sees a deleted review.
  hiddenReview: ["owner", "admin"],
  deletedReview: [],
  hiddenReply: ["owner", "admin"],
};

const S = {} as Record<Role, Session>;
const fx = {} as {
  privSlug: string;
  unlistedSlug: string;
  draftSlug: string;
  targetSlug: string;
  targetId: string;
  hiddenReviewId: string;
  visibleReviewId: string;
  importId: string;
  tagId: string;
  tagSlug: string;
  agendaId: string;
};
let actions: Map<string, string>;

async function act(s: Session, name: string, fields: Record<string, string>) {
  const key = [...actions.keys()].find((k) => k.endsWith(`#${name}`))!;
  const r = await callAction(s.ctx, actions.get(key)!, fields);
  expect(r.redirect ?? (r.state?.ok ? "ok" : null), `${name} as ${s.role}: ${JSON.stringify(r.state)}`).toBeTruthy();
  return r;
}
async function get(s: Session, url: string) {
  const res = await s.ctx.get(url, { maxRedirects: 0 });
  return { status: res.status(), body: await res.text() };
}
const json = async (s: Session, url: string) => JSON.parse((await get(s, url)).body);

/** An unlisted list is for anyone holding its link: its own page, API and Markdown export. */
function mayShow(role: Role, marker: Marker, url: string) {
  if (SEEN_BY[marker].includes(role)) return true;
  // The full backup is the whole database, for admins only (its 401/403 is checked above).
  if (role === "admin" && url === "/export/json") return true;
  if (marker === "unlisted" || marker === "unlistedEntry") {
    return [`/lists/${fx.unlistedSlug}`, `/api/lists/${fx.unlistedSlug}`, `/export/markdown?list=${fx.unlistedSlug}`].includes(url);
  }
  return false;
}

const count = (text: string, word: string) => text.split(word).length - 1;

function postFields(title: string, extra: Record<string, string> = {}) {
  return { title, authors: "Leak Tester", url: `https://example.org/${title}`, source: "blog", kind: "blog_post", publishedAt: "2024-03-04", ...extra };
}

/** The counts an anonymous visitor sees that the private rows could move. */
async function publicCounts() {
  const [tags, agendas, lists, target, seed, profile] = await Promise.all([
    json(S.anonymous, "/api/tags"),
    json(S.anonymous, "/api/agendas"),
    json(S.anonymous, "/api/lists?limit=200"),
    json(S.anonymous, `/api/posts/${fx.targetSlug}`),
    json(S.anonymous, `/api/posts/${SEED_POST}`),
    get(S.anonymous, `/u/${S.owner.handle}`),
  ]);
  return {
    tags: (tags.items as { slug: string; postCount: number }[]).map((t) => `${t.slug}:${t.postCount}`).join(","),
    agendas: (agendas.items as { slug: string; postCount: number }[]).map((a) => `${a.slug}:${a.postCount}`).join(","),
    publicLists: (lists.items as unknown[]).length,
    targetReviews: target.reviewCount,
    targetRating: JSON.stringify(target.rating),
    targetReplyCounts: (target.reviews as { replyCount: number }[]).map((r) => r.replyCount),
    seedReviews: seed.reviewCount,
    profileReviews: profile.body.match(/(\d+) reviews?</)?.[1],
    library: (await json(S.anonymous, "/api/posts")).total,
  };
}

let countsBefore: Awaited<ReturnType<typeof publicCounts>>;

test.beforeAll(async ({ baseURL }) => {
  test.setTimeout(120_000);
  actions = builtActions();
  S.anonymous = await newSession(baseURL!, "anonymous");
  S.owner = await signUp(baseURL!, "owner", `leakowner-${tag}`);
  S.member = await signUp(baseURL!, "member", `leakmember-${tag}`);
  S.admin = await signIn(baseURL!, "admin", "ada@example.org", "alignment-demo");

  // A public post of the owner's, for the reviews; a tag and an agenda for the draft.
  const target = await act(S.owner, "createPostAction", postFields(`leaktarget${tag}`));
  fx.targetSlug = target.redirect!.split("/").pop()!;
  fx.targetId = hiddenInputs((await get(S.owner, target.redirect!)).body).get("postId")![0];
  const newPost = (await get(S.owner, "/posts/new")).body;
  fx.tagId = newPost.match(/name="tagIds" value="([^"]+)"/)![1];
  fx.agendaId = newPost.match(/name="agendaIds" value="([^"]+)"/)![1];
  countsBefore = await publicCounts();

  // The private rows.
  const priv = await act(S.owner, "createListAction", { title: `Reading ${M.privList}`, description: `About ${M.privDesc}`, visibility: "private" });
  fx.privSlug = priv.redirect!.split("/").pop()!;
  const privId = hiddenInputs((await get(S.owner, priv.redirect!)).body).get("listId")![0];
  await act(S.owner, "addEntryAction", { listId: privId, postId: fx.targetId, note: `Why: ${M.privEntry}` });
  const seedId = hiddenInputs((await get(S.owner, `/posts/${SEED_POST}`)).body).get("postId")![0];
  await act(S.owner, "addEntryAction", { listId: privId, postId: seedId, note: "" });

  const unl = await act(S.owner, "createListAction", { title: `Reading ${M.unlisted}`, description: "", visibility: "unlisted" });
  fx.unlistedSlug = unl.redirect!.split("/").pop()!;
  const unlId = hiddenInputs((await get(S.owner, unl.redirect!)).body).get("listId")![0];
  await act(S.owner, "addEntryAction", { listId: unlId, postId: seedId, note: `Why: ${M.unlistedEntry}` });

  await act(S.owner, "saveNoteAction", { postId: seedId, body: `My ${M.note}` });
  const draft = await act(S.owner, "createPostAction", postFields(`Draft ${M.draft}`, { draft: "on", tagIds: fx.tagId, agendaIds: fx.agendaId, summary: `Summary ${M.draft}` }));
  fx.draftSlug = draft.redirect!.split("/").pop()!;
  fx.tagSlug = (await json(S.owner, `/api/posts/${fx.draftSlug}`)).tags[0].slug;

  // A hidden review and a deleted one on the target post, and a hidden reply under a visible review.
  const hidden = await act(S.owner, "createReviewAction", { postId: fx.targetId, body: `Rude ${M.hiddenReview}`, rating: "1" });
  fx.hiddenReviewId = hidden.redirect!.split("#review-")[1];
  await act(S.admin, "setReviewHiddenAction", { reviewId: fx.hiddenReviewId, hidden: "true", reason: "abuse" });
  const deleted = await act(S.member, "createReviewAction", { postId: fx.targetId, body: `Oops ${M.deletedReview}`, rating: "10" });
  await act(S.member, "deleteReviewAction", { reviewId: deleted.redirect!.split("#review-")[1] });
  const visible = await act(S.member, "createReviewAction", { postId: seedId, body: `Fine review ${tag}` });
  fx.visibleReviewId = visible.redirect!.split("#review-")[1];
  const reply = await act(S.owner, "createReplyAction", { reviewId: fx.visibleReviewId, body: `Insult ${M.hiddenReply}` });
  await act(S.admin, "setReplyHiddenAction", { replyId: reply.redirect!.split("#reply-")[1], hidden: "true" });

  const preview = await act(S.owner, "previewImportAction", { text: `https://example.org/${M.importRow}`, format: "auto" });
  fx.importId = preview.redirect!.split("/").pop()!;
});

test.afterAll(async () => {
  for (const s of Object.values(S)) await s?.ctx.dispose();
});

/** Every route handler, with the URLs that exercise it (the matrix fails on a new route). */
function routeUrls(): Record<string, string[]> {
  const searches = Object.values(M).map((m) => `/api/posts?q=${m}`);
  return {
    "/api/agendas": ["/api/agendas"],
    "/api/auth/[...all]": ["/api/auth/get-session", "/api/auth/list-sessions"],
    "/api/health": ["/api/health"],
    "/api/import/[id]": [`/api/import/${fx.importId}`],
    "/api/lists": ["/api/lists?limit=200"],
    "/api/lists/[slug]": [`/api/lists/${fx.privSlug}`, `/api/lists/${fx.unlistedSlug}`],
    "/api/posts": ["/api/posts", "/api/posts?sort=recent_activity", ...searches],
    "/api/posts/[slug]": [`/api/posts/${fx.targetSlug}`, `/api/posts/${SEED_POST}`, `/api/posts/${fx.draftSlug}`],
    "/api/tags": ["/api/tags"],
    "/bench/static": ["/bench/static"],
    "/export/[format]": [
      "/export/bibtex",
      "/export/csv",
      `/export/csv?q=${M.draft}`,
      `/export/markdown?list=${fx.privSlug}`,
      `/export/markdown?list=${fx.unlistedSlug}`,
      "/export/json",
    ],
    "/feeds/reviews.xml": ["/feeds/reviews.xml", `/feeds/reviews.xml?tag=${fx.tagSlug}`],
  };
}

const PAGES = () => [
  "/",
  ...Object.values(M).map((m) => `/?q=${m}`),
  "/reviews",
  `/reviews/${fx.hiddenReviewId}`,
  `/reviews/${fx.visibleReviewId}`,
  `/posts/${SEED_POST}`,
  `/posts/${fx.targetSlug}`,
  `/posts/${fx.draftSlug}`,
  "/lists",
  `/lists/${fx.privSlug}`,
  `/lists/${fx.unlistedSlug}`,
  `/u/${S.owner.handle}`,
  `/u/${S.member.handle}`,
  "/me",
  "/agendas",
  `/tags/${fx.tagSlug}`,
  "/tags",
  `/import/${fx.importId}`,
];

/** The status each role gets where the answer depends on who asks; anything else must be < 400. */
function statusFor(url: string): Record<Role, number> | undefined {
  const table: Record<string, Record<Role, number>> = {
    [`/api/lists/${fx.privSlug}`]: { anonymous: 404, member: 404, owner: 200, admin: 404 },
    [`/export/markdown?list=${fx.privSlug}`]: { anonymous: 404, member: 404, owner: 200, admin: 404 },
    [`/lists/${fx.privSlug}`]: { anonymous: 404, member: 404, owner: 200, admin: 404 },
    [`/api/posts/${fx.draftSlug}`]: { anonymous: 404, member: 404, owner: 200, admin: 404 },
    [`/posts/${fx.draftSlug}`]: { anonymous: 404, member: 404, owner: 200, admin: 404 },
    "/export/json": { anonymous: 401, member: 403, owner: 403, admin: 200 },
    [`/api/import/${fx.importId}`]: { anonymous: 401, member: 404, owner: 200, admin: 200 },
    "/me": { anonymous: 307, member: 200, owner: 200, admin: 200 },
    "/api/auth/list-sessions": { anonymous: 401, member: 200, owner: 200, admin: 200 },
  };
  return table[url];
}

test("the route list covers every route handler under app/", () => {
  expect(Object.keys(routeUrls()).sort()).toEqual(declaredRoutes());
});

for (const role of ROLES) {
  test(`as ${role}: every route and page answers with the right status and shows no marker it must not`, async () => {
    test.setTimeout(180_000);
    const urls = [...Object.values(routeUrls()).flat(), ...PAGES()];
    const leaks: string[] = [];
    for (const url of urls) {
      const { status, body } = await get(S[role], url);
      const want = statusFor(url)?.[role];
      // Soft: one wrong status should not hide the rest of the sweep.
      if (want !== undefined) expect.soft(status, `${role} GET ${url}`).toBe(want);
      else expect.soft(status, `${role} GET ${url}`).toBeLessThan(400);
      const text = body.toLowerCase();
      for (const [marker, word] of Object.entries(M) as [Marker, string][]) {
        if (mayShow(role, marker, url) || !text.includes(word)) continue;
        // A page may echo its own URL (a search box, a slug made from the title, a sign-in
        // link): the same URL with a word that exists nowhere shows how many echoes to expect.
        let echoes = 0;
        if (url.includes(word)) {
          const ghost = `ghost${crypto.randomBytes(4).toString("hex")}`;
          echoes = count((await get(S[role], url.replaceAll(word, ghost))).body.toLowerCase(), ghost);
        }
        if (count(text, word) > echoes) leaks.push(`${marker} in ${url}`);
      }
    }
    expect(leaks, `${role} saw what it must not`).toEqual([]);
  });
}

test("owners and admins see what they should", async () => {
  expect((await get(S.owner, `/lists/${fx.privSlug}`)).body).toContain(M.privEntry);
  expect((await get(S.owner, `/posts/${SEED_POST}`)).body).toContain(M.note);
  expect((await get(S.owner, "/me")).body).toContain(M.privList);
  expect((await get(S.owner, `/export/markdown?list=${fx.privSlug}`)).body).toContain(M.privEntry);
  expect((await get(S.anonymous, `/lists/${fx.unlistedSlug}`)).body).toContain(M.unlistedEntry);
  expect((await get(S.owner, `/posts/${fx.draftSlug}`)).body).toContain(M.draft);
  for (const who of [S.owner, S.admin] as const) {
    expect((await get(who, `/reviews/${fx.hiddenReviewId}`)).body, who.role).toContain(M.hiddenReview);
    expect((await get(who, `/reviews/${fx.visibleReviewId}`)).body, who.role).toContain(M.hiddenReply);
  }
  expect((await get(S.admin, "/export/json")).body).toContain(M.privEntry);
  // Library search finds the private rows for nobody, the draft for its creator.
  expect((await json(S.owner, `/api/posts?q=${M.draft}`)).total).toBe(1);
  expect((await json(S.member, `/api/posts?q=${M.draft}`)).total).toBe(0);
});

test("counts shown to others do not move for private, hidden, deleted or draft rows", async () => {
  const after = await publicCounts();
  expect(after).toEqual({ ...countsBefore, seedReviews: countsBefore.seedReviews + 1, targetReplyCounts: countsBefore.targetReplyCounts });
});
