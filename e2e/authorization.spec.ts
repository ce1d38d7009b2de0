// The authorization matrix: every server action the build registered, called over HTTP
// by an anonymous visitor, another member, the owner of the row and an admin, each with
// a real better-auth session cookie. A refused call must say why (sign in / not yours)
// and leave what the owner sees unchanged; an allowed call must go through. Coverage
// cannot rot: a new action in lib/actions fails the first test until it has a row here.
//
// Driven over HTTP against the production server rather than in Vitest, because an
// action's real entry point is a POST that Next decodes, authenticates by cookie and
// origin-checks; calling the function directly would skip exactly what is under test.
import crypto from "node:crypto";
import { expect, test } from "@playwright/test";
import { builtActions, callAction, declaredActions, hiddenInputs, newSession, signIn, signUp, type ActionResult, type Role, type Session } from "./support/actions";

test.describe.configure({ mode: "serial" });

const SEED_POST = "risks-from-learned-optimization-in-advanced-machine-learning-systems";
const tag = crypto.randomBytes(3).toString("hex");
const attack = (role: Role) => `ATTACK${tag}${role}`;
const REFUSAL = /not allowed|not in this list|does not exist|not found|no such|belongs to someone else|only (admins|its|the|a moderator)|cannot|is not yours/i;

type Fields = Record<string, string>;
type Case = {
  /** Roles whose call is refused, and the attempt each makes (several for id-swapping). */
  refused: Partial<Record<Role, (s: Session) => Fields | Fields[]>>;
  /** The role whose call goes through, what it sends, and what it must have changed. */
  allowed?: { role: Role; fields: (s: Session) => Fields; check?: (r: ActionResult, s: Session) => Promise<void> };
  /** Extra owner-visible state that a refused call must not change (on top of the common snapshot). */
  probe?: () => Promise<unknown>;
  /** Runs first: makes a fresh row for a destructive case. */
  setup?: () => Promise<void>;
};

let actions: Map<string, string>;
const S = {} as Record<Role, Session>;
const fx = {} as {
  postId: string;
  ownPostSlug: string;
  ownPostId: string;
  listSlug: string;
  listId: string;
  sectionIds: string[];
  entryIds: string[];
  memberListId: string;
  memberSectionId: string;
  reviewId: string;
  replyId: string;
  replyMarker: string;
  noteMarker: string;
  previewId: string;
  temp: Record<string, string>;
};

async function act(s: Session, key: string, fields: Fields) {
  const id = actions.get(key);
  if (!id) throw new Error(`no built action ${key}`);
  return callAction(s.ctx, id, fields);
}
async function ok(s: Session, key: string, fields: Fields) {
  const r = await act(s, key, fields);
  expect(r.redirect ?? (r.state?.ok ? "ok" : null), `${key} as ${s.role}: ${JSON.stringify(r.state)} ${r.body.slice(0, 200)}`).toBeTruthy();
  return r;
}
const text = async (s: Session, url: string) => {
  const res = await s.ctx.get(url);
  return `${res.status()} ${await res.text()}`;
};
const ownerListJson = () => text(S.owner, `/api/lists/${fx.listSlug}`);

/** What the owner (and the public) see of every row the attacks aim at. */
async function snapshot() {
  const [list, post, ownPost, reviewPage, anonReviewPage, ownerPostPage] = await Promise.all([
    ownerListJson(),
    text(S.owner, `/api/posts/${SEED_POST}`),
    text(S.owner, `/api/posts/${fx.ownPostSlug}`),
    text(S.owner, `/reviews/${fx.reviewId}`),
    text(S.anonymous, `/reviews/${fx.reviewId}`),
    text(S.owner, `/posts/${SEED_POST}`),
  ]);
  return {
    list,
    post,
    ownPost,
    replyShown: anonReviewPage.includes(fx.replyMarker),
    replyHiddenNotice: anonReviewPage.includes("Hidden by a moderator"),
    ownerSeesReply: reviewPage.includes(fx.replyMarker),
    ownerNote: ownerPostPage.includes(fx.noteMarker),
    attackVisible: [reviewPage, anonReviewPage, ownerPostPage, list, post, ownPost].some((t) => t.includes(`ATTACK${tag}`)),
  };
}

const CASES: Record<string, Case> = {
  // Accounts: public endpoints. Their own rules (wrong password, rate limit) are in auth.spec.ts
  // and tests/sessions.test.ts; here: they run for a visitor, and a profile edit touches only the actor.
  "lib/actions/auth.ts#signUpAction": {
    refused: {},
    allowed: {
      role: "anonymous",
      fields: () => ({ name: "Matrix", handle: `mx-${tag}`, email: `mx-${tag}@example.test`, password: "correct horse battery staple" }),
      check: async (r) => expect(r.redirect).toBe(`/u/mx-${tag}`),
    },
  },
  "lib/actions/auth.ts#signInAction": {
    refused: { anonymous: () => ({ email: S.member.email!, password: "wrong password!!" }) },
    allowed: { role: "anonymous", fields: () => ({ email: `mx-${tag}@example.test`, password: "correct horse battery staple", next: "/me" }), check: async (r) => expect(r.redirect).toBe("/me") },
  },
  "lib/actions/auth.ts#signOutAction": {
    refused: {},
    allowed: {
      role: "anonymous",
      fields: () => ({}),
      check: async (r) => expect(r.redirect).toBe("/"),
    },
  },
  "lib/actions/auth.ts#updateProfileAction": {
    // No target field exists; a forged one is ignored: the member edits their own profile only.
    refused: { anonymous: (s) => ({ name: "X", bio: attack(s.role) }) },
    probe: () => text(S.owner, `/u/${S.owner.handle}`).then((t) => t.includes(`ATTACK${tag}`)),
    allowed: {
      role: "member",
      fields: (s) => ({ name: "Member Renamed", bio: attack(s.role), handle: S.owner.handle!, userId: "x" }),
      check: async (_r, s) => {
        expect(await text(s, `/u/${s.handle}`)).toContain(attack(s.role));
        expect(await text(S.anonymous, `/u/${S.owner.handle}`)).not.toContain(attack(s.role));
      },
    },
  },
  "lib/actions/progress.ts#setReadingStatusAction": {
    refused: { anonymous: () => ({ postId: fx.postId, status: "read" }) },
    allowed: { role: "member", fields: () => ({ postId: fx.postId, status: "reading" }) },
  },
  "lib/actions/import.ts#previewImportAction": {
    refused: { anonymous: () => ({ text: "https://example.org/authz-import", format: "auto" }) },
    allowed: { role: "member", fields: () => ({ text: `https://example.org/authz-import-${tag}`, format: "auto" }), check: async (r) => expect(r.redirect).toMatch(/^\/import\/\w+$/) },
  },
  "lib/actions/import.ts#confirmImportAction": {
    refused: { anonymous: () => ({ previewId: fx.previewId }), member: () => ({ previewId: fx.previewId }), admin: () => ({ previewId: fx.previewId }) },
    probe: () => text(S.owner, `/api/import/${fx.previewId}`),
    allowed: { role: "owner", fields: () => ({ previewId: fx.previewId }), check: async (r) => expect(r.redirect).toMatch(/^\/import\/\w+$/) },
  },
  "lib/actions/lists.ts#createListAction": {
    refused: { anonymous: (s) => ({ title: attack(s.role), visibility: "public", description: "" }) },
    probe: () => text(S.anonymous, "/api/lists").then((t) => t.includes(`ATTACK${tag}`)),
    allowed: { role: "member", fields: () => ({ title: `Member list ${tag}`, visibility: "private", description: "" }), check: async (r) => expect(r.redirect).toMatch(/^\/lists\//) },
  },
  "lib/actions/lists.ts#updateListAction": {
    refused: roles(["anonymous", "member", "admin"], (s) => ({ listId: fx.listId, title: attack(s.role), description: attack(s.role), visibility: "public" })),
    allowed: { role: "owner", fields: () => ({ listId: fx.listId, title: `Private list ${tag}`, description: `Private description ${tag}`, visibility: "private" }) },
  },
  "lib/actions/lists.ts#deleteListAction": {
    setup: async () => {
      const r = await ok(S.owner, "lib/actions/lists.ts#createListAction", { title: `Doomed ${tag}`, visibility: "private", description: "" });
      fx.temp.doomedSlug = r.redirect!.split("/").pop()!;
      fx.temp.doomedId = hiddenInputs(await text(S.owner, r.redirect!)).get("listId")![0];
    },
    probe: () => text(S.owner, `/api/lists/${fx.temp.doomedSlug}`),
    refused: roles(["anonymous", "member", "admin"], () => ({ listId: fx.temp.doomedId })),
    allowed: {
      role: "owner",
      fields: () => ({ listId: fx.temp.doomedId }),
      check: async () => expect((await S.owner.ctx.get(`/api/lists/${fx.temp.doomedSlug}`)).status()).toBe(404),
    },
  },
  "lib/actions/lists.ts#copyListAction": {
    // A private list cannot be copied by anyone but its owner: the copy would leak it.
    refused: roles(["anonymous", "member", "admin"], () => ({ listId: fx.listId })),
    probe: async () => [await text(S.member, "/me"), await text(S.admin, "/me")].some((t) => t.includes(`Private list ${tag}`)),
    allowed: { role: "owner", fields: () => ({ listId: fx.listId }), check: async (r) => expect(r.redirect).toMatch(/^\/lists\//) },
  },
  "lib/actions/lists.ts#addSectionAction": {
    refused: roles(["anonymous", "member", "admin"], (s) => ({ listId: fx.listId, title: attack(s.role) })),
    allowed: { role: "owner", fields: () => ({ listId: fx.listId, title: `Week 3 ${tag}` }) },
  },
  "lib/actions/lists.ts#renameSectionAction": {
    refused: {
      ...roles(["anonymous", "admin"], (s) => ({ listId: fx.listId, sectionId: fx.sectionIds[0], title: attack(s.role) })),
      // Also with the member's own list id next to the owner's section id.
      member: (s) => [
        { listId: fx.listId, sectionId: fx.sectionIds[0], title: attack(s.role) },
        { listId: fx.memberListId, sectionId: fx.sectionIds[0], title: attack(s.role) },
      ],
    },
    allowed: { role: "owner", fields: () => ({ listId: fx.listId, sectionId: fx.sectionIds[0], title: `Week 1 ${tag}` }) },
  },
  "lib/actions/lists.ts#moveSectionAction": {
    refused: {
      ...roles(["anonymous", "admin"], () => ({ listId: fx.listId, sectionId: fx.sectionIds[1], direction: "up" })),
      member: () => [
        { listId: fx.listId, sectionId: fx.sectionIds[1], direction: "up" },
        { listId: fx.memberListId, sectionId: fx.sectionIds[1], direction: "up" },
      ],
    },
    allowed: { role: "owner", fields: () => ({ listId: fx.listId, sectionId: fx.sectionIds[1], direction: "up" }) },
  },
  "lib/actions/lists.ts#removeSectionAction": {
    setup: async () => {
      await ok(S.owner, "lib/actions/lists.ts#addSectionAction", { listId: fx.listId, title: `Temp ${tag}` });
      fx.temp.sectionId = hiddenInputs(await text(S.owner, `/lists/${fx.listSlug}`)).get("sectionId")!.find((id) => !fx.sectionIds.includes(id))!;
    },
    refused: {
      ...roles(["anonymous", "admin"], () => ({ listId: fx.listId, sectionId: fx.temp.sectionId })),
      member: () => [
        { listId: fx.listId, sectionId: fx.temp.sectionId },
        { listId: fx.memberListId, sectionId: fx.temp.sectionId },
      ],
    },
    allowed: { role: "owner", fields: () => ({ listId: fx.listId, sectionId: fx.temp.sectionId }) },
  },
  "lib/actions/lists.ts#addEntryAction": {
    setup: async () => void (fx.temp.postId = await freshPost(`Entry target ${tag}`)),
    refused: {
      ...roles(["anonymous", "admin"], (s) => ({ listId: fx.listId, postId: fx.temp.postId, note: attack(s.role) })),
      // The post page's picker sends "listId|sectionId" in one field.
      member: (s): Fields[] => [
        { listId: fx.listId, postId: fx.temp.postId, note: attack(s.role) },
        { target: `${fx.listId}|${fx.sectionIds[0]}`, postId: fx.temp.postId, note: attack(s.role) },
        { listId: fx.memberListId, sectionId: fx.sectionIds[0], postId: fx.temp.postId, note: attack(s.role) },
      ],
    },
    allowed: { role: "owner", fields: () => ({ listId: fx.listId, postId: fx.temp.postId, sectionId: fx.sectionIds[0], note: "" }) },
  },
  "lib/actions/lists.ts#updateEntryAction": {
    refused: {
      ...roles(["anonymous", "admin"], (s) => ({ listId: fx.listId, entryId: fx.entryIds[0], note: attack(s.role), core: "on" })),
      member: (s) => [
        { listId: fx.listId, entryId: fx.entryIds[0], note: attack(s.role) },
        { listId: fx.memberListId, entryId: fx.entryIds[0], note: attack(s.role) },
      ],
    },
    allowed: { role: "owner", fields: () => ({ listId: fx.listId, entryId: fx.entryIds[0], note: `Entry note ${tag}`, core: "on" }) },
  },
  "lib/actions/lists.ts#moveEntryAction": {
    refused: {
      ...roles(["anonymous", "admin"], () => ({ listId: fx.listId, entryId: fx.entryIds[0], direction: "down" })),
      member: (): Fields[] => [
        { listId: fx.listId, entryId: fx.entryIds[0], direction: "down" },
        { listId: fx.memberListId, entryId: fx.entryIds[0], sectionId: fx.memberSectionId, position: "1" },
      ],
    },
    allowed: { role: "owner", fields: () => ({ listId: fx.listId, entryId: fx.entryIds[0], direction: "down" }) },
  },
  "lib/actions/lists.ts#removeEntryAction": {
    setup: async () => {
      const before = hiddenInputs(await text(S.owner, `/lists/${fx.listSlug}`)).get("entryId") ?? [];
      await ok(S.owner, "lib/actions/lists.ts#addEntryAction", { listId: fx.listId, postId: await freshPost(`Doomed entry ${tag}`), note: "" });
      fx.temp.entryId = hiddenInputs(await text(S.owner, `/lists/${fx.listSlug}`)).get("entryId")!.find((id) => !before.includes(id))!;
    },
    refused: {
      ...roles(["anonymous", "admin"], () => ({ listId: fx.listId, entryId: fx.temp.entryId })),
      member: () => [
        { listId: fx.listId, entryId: fx.temp.entryId },
        { listId: fx.memberListId, entryId: fx.temp.entryId },
      ],
    },
    allowed: { role: "owner", fields: () => ({ listId: fx.listId, entryId: fx.temp.entryId }) },
  },
  "lib/actions/notes.ts#saveNoteAction": {
    // Notes are keyed by (user, post): a member's save is their own note, never the owner's.
    refused: { anonymous: (s) => ({ postId: fx.postId, body: attack(s.role) }) },
    allowed: {
      role: "member",
      fields: (s) => ({ postId: fx.postId, body: attack(s.role) }),
      check: async () => expect((await snapshot()).ownerNote).toBe(true),
    },
  },
  "lib/actions/reviews.ts#createReviewAction": {
    refused: { anonymous: (s) => ({ postId: fx.ownPostId, body: attack(s.role), rating: "1" }) },
    allowed: { role: "member", fields: () => ({ postId: fx.ownPostId, body: `A member review ${tag}`, rating: "6", confidence: "3" }) },
  },
  "lib/actions/reviews.ts#updateReviewAction": {
    refused: roles(["anonymous", "member", "admin"], (s) => ({ reviewId: fx.reviewId, body: attack(s.role), rating: "1" })),
    allowed: { role: "owner", fields: () => ({ reviewId: fx.reviewId, body: `Owner review, edited ${tag}`, rating: "8", confidence: "4" }) },
  },
  "lib/actions/reviews.ts#deleteReviewAction": {
    setup: async () => {
      const r = await ok(S.admin, "lib/actions/reviews.ts#createReviewAction", { postId: fx.ownPostId, body: `Admin's doomed review ${tag}`, rating: "5" });
      fx.temp.reviewId = r.redirect!.split("#review-")[1];
    },
    probe: () => text(S.anonymous, `/api/posts/${fx.ownPostSlug}`),
    // Here the admin owns the review: the owner of the post and other members may not delete it.
    refused: roles(["anonymous", "member", "owner"], () => ({ reviewId: fx.temp.reviewId })),
    allowed: { role: "admin", fields: () => ({ reviewId: fx.temp.reviewId }) },
  },
  "lib/actions/moderation.ts#setReviewHiddenAction": {
    refused: roles(["anonymous", "member", "owner"], () => ({ reviewId: fx.reviewId, hidden: "true", reason: "spam" })),
    allowed: {
      role: "admin",
      fields: () => ({ reviewId: fx.reviewId, hidden: "true", reason: "test" }),
      check: async () => {
        expect(await text(S.anonymous, `/api/posts/${SEED_POST}`)).not.toContain(fx.reviewId);
        await ok(S.admin, "lib/actions/moderation.ts#setReviewHiddenAction", { reviewId: fx.reviewId, hidden: "false" });
        expect(await text(S.anonymous, `/api/posts/${SEED_POST}`)).toContain(fx.reviewId);
      },
    },
  },
  "lib/actions/moderation.ts#setReplyHiddenAction": {
    refused: roles(["anonymous", "member", "owner"], () => ({ replyId: fx.replyId, hidden: "true" })),
    allowed: {
      role: "admin",
      fields: () => ({ replyId: fx.replyId, hidden: "true" }),
      check: async () => {
        expect(await text(S.anonymous, `/reviews/${fx.reviewId}`)).not.toContain(fx.replyMarker);
        await ok(S.admin, "lib/actions/moderation.ts#setReplyHiddenAction", { replyId: fx.replyId, hidden: "false" });
        expect(await text(S.anonymous, `/reviews/${fx.reviewId}`)).toContain(fx.replyMarker);
      },
    },
  },
  "lib/actions/replies.ts#createReplyAction": {
    refused: { anonymous: (s) => ({ reviewId: fx.reviewId, body: attack(s.role) }) },
    allowed: { role: "member", fields: () => ({ reviewId: fx.reviewId, body: `A member reply ${tag}` }) },
  },
  "lib/actions/replies.ts#updateReplyAction": {
    refused: roles(["anonymous", "member", "admin"], (s) => ({ replyId: fx.replyId, body: attack(s.role) })),
    allowed: { role: "owner", fields: () => ({ replyId: fx.replyId, body: `${fx.replyMarker} (edited)` }) },
  },
  "lib/actions/replies.ts#deleteReplyAction": {
    setup: async () => {
      const r = await ok(S.owner, "lib/actions/replies.ts#createReplyAction", { reviewId: fx.reviewId, body: `Doomed reply ${tag}` });
      fx.temp.replyId = r.redirect!.split("#reply-")[1];
    },
    refused: roles(["anonymous", "member", "admin"], () => ({ replyId: fx.temp.replyId })),
    allowed: { role: "owner", fields: () => ({ replyId: fx.temp.replyId }) },
  },
  "lib/actions/posts.ts#createPostAction": {
    refused: { anonymous: (s) => postFields(attack(s.role)) },
    allowed: { role: "member", fields: () => postFields(`Member post ${tag}`), check: async (r) => expect(r.redirect).toMatch(/^\/posts\//) },
  },
  "lib/actions/posts.ts#updatePostAction": {
    // The creator or an admin edits a post; another member may not.
    refused: roles(["anonymous", "member"], (s) => ({ ...postFields(attack(s.role)), slug: fx.ownPostSlug })),
    allowed: { role: "admin", fields: () => ({ ...postFields(`Owner post ${tag}`), summary: "Edited by an admin.", slug: fx.ownPostSlug }) },
  },
};

function roles(list: Role[], fields: (s: Session) => Fields | Fields[]) {
  return Object.fromEntries(list.map((r) => [r, fields])) as Partial<Record<Role, (s: Session) => Fields | Fields[]>>;
}

/** A new post by the owner, for cases that need one not yet in the list. */
async function freshPost(title: string) {
  const r = await ok(S.owner, "lib/actions/posts.ts#createPostAction", postFields(title));
  return hiddenInputs(await text(S.owner, r.redirect!)).get("postId")![0];
}

function postFields(title: string): Fields {
  return { title, authors: "Test Author", url: `https://example.org/${encodeURIComponent(title)}`, source: "blog", kind: "blog_post", publishedAt: "2024-01-02" };
}

test.beforeAll(async ({ baseURL }) => {
  test.setTimeout(120_000);
  actions = builtActions();
  fx.temp = {};
  S.anonymous = await newSession(baseURL!, "anonymous");
  S.owner = await signUp(baseURL!, "owner", `owner-${tag}`);
  S.member = await signUp(baseURL!, "member", `member-${tag}`);
  S.admin = await signIn(baseURL!, "admin", "ada@example.org", "alignment-demo");

  fx.postId = hiddenInputs(await text(S.owner, `/posts/${SEED_POST}`)).get("postId")![0];
  const post = await ok(S.owner, "lib/actions/posts.ts#createPostAction", postFields(`Owner post ${tag}`));
  fx.ownPostSlug = post.redirect!.split("/").pop()!;
  fx.ownPostId = hiddenInputs(await text(S.owner, post.redirect!)).get("postId")![0];

  const list = await ok(S.owner, "lib/actions/lists.ts#createListAction", { title: `Private list ${tag}`, description: `Private description ${tag}`, visibility: "private" });
  fx.listSlug = list.redirect!.split("/").pop()!;
  fx.listId = hiddenInputs(await text(S.owner, list.redirect!)).get("listId")![0];
  for (const title of ["Week 1", "Week 2"]) await ok(S.owner, "lib/actions/lists.ts#addSectionAction", { listId: fx.listId, title });
  fx.sectionIds = [...new Set(hiddenInputs(await text(S.owner, list.redirect!)).get("sectionId"))];
  await ok(S.owner, "lib/actions/lists.ts#addEntryAction", { listId: fx.listId, postId: fx.postId, sectionId: fx.sectionIds[0], note: `Entry note ${tag}` });
  await ok(S.owner, "lib/actions/lists.ts#addEntryAction", { listId: fx.listId, postId: fx.ownPostId, sectionId: fx.sectionIds[0], note: "" });
  fx.entryIds = [...new Set(hiddenInputs(await text(S.owner, list.redirect!)).get("entryId"))];
  expect(fx.sectionIds).toHaveLength(2);
  expect(fx.entryIds).toHaveLength(2);

  const memberList = await ok(S.member, "lib/actions/lists.ts#createListAction", { title: `Member own ${tag}`, visibility: "private", description: "" });
  fx.memberListId = hiddenInputs(await text(S.member, memberList.redirect!)).get("listId")![0];
  await ok(S.member, "lib/actions/lists.ts#addSectionAction", { listId: fx.memberListId, title: "Mine" });
  fx.memberSectionId = hiddenInputs(await text(S.member, memberList.redirect!)).get("sectionId")![0];

  const review = await ok(S.owner, "lib/actions/reviews.ts#createReviewAction", { postId: fx.postId, body: `Owner review ${tag}`, rating: "7", confidence: "3" });
  fx.reviewId = review.redirect!.split("#review-")[1];
  fx.replyMarker = `ReplyMarker${tag}`;
  const reply = await ok(S.owner, "lib/actions/replies.ts#createReplyAction", { reviewId: fx.reviewId, body: fx.replyMarker });
  fx.replyId = reply.redirect!.split("#reply-")[1];
  fx.noteMarker = `NoteMarker${tag}`;
  await ok(S.owner, "lib/actions/notes.ts#saveNoteAction", { postId: fx.postId, body: fx.noteMarker });
  const preview = await ok(S.owner, "lib/actions/import.ts#previewImportAction", { text: `https://example.org/owner-import-${tag}`, format: "auto" });
  fx.previewId = preview.redirect!.split("/").pop()!;
});

test.afterAll(async () => {
  for (const s of Object.values(S)) await s?.ctx.dispose();
});

test("the matrix covers every server action in lib/actions, and the build registers exactly those", () => {
  const declared = declaredActions().sort();
  expect([...actions.keys()].sort()).toEqual(declared);
  expect(Object.keys(CASES).sort()).toEqual(declared);
});

for (const [key, c] of Object.entries(CASES)) {
  const name = key.split("#")[1];
  const who = (Object.keys(c.refused) as Role[]).map((r) => `${r} refused`).concat(c.allowed ? [`${c.allowed.role} allowed`] : []);
  test(`${name}: ${who.join(", ")}`, async ({ baseURL }) => {
    await c.setup?.();
    for (const [role, make] of Object.entries(c.refused) as [Role, (s: Session) => Fields | Fields[]][]) {
      const s = S[role];
      for (const fields of [make(s)].flat()) {
        const before = [await snapshot(), await c.probe?.()];
        const r = await act(s, key, fields);
        const where = `${name} as ${role} with ${JSON.stringify(fields)}`;
        expect(r.status, where).toBe(200);
        expect(r.redirect, where).toBeNull();
        expect(r.state?.ok, `${where}: ${r.body.slice(0, 300)}`).toBe(false);
        expect(r.state?.message, where).toMatch(role === "anonymous" && key !== "lib/actions/auth.ts#signInAction" ? /sign in/i : key.includes("signIn") ? /wrong email or password/i : REFUSAL);
        expect([await snapshot(), await c.probe?.()], `${where} changed what the owner sees`).toEqual(before);
      }
    }
    if (c.allowed) {
      const { role, fields, check } = c.allowed;
      // Public actions (sign-up, sign-in, sign-out) get a session of their own, so the
      // shared ones keep their cookies.
      const s = role === "anonymous" ? await newSession(baseURL!, "anonymous") : S[role];
      if (key.endsWith("#signOutAction")) {
        const mx = await signIn(baseURL!, "member", `mx-${tag}@example.test`, "correct horse battery staple");
        const r = await ok(mx, key, fields(mx));
        await check?.(r, mx);
        expect(await (await mx.ctx.get("/api/auth/get-session")).json()).toBeNull();
        await mx.ctx.dispose();
      } else {
        const r = await ok(s, key, fields(s));
        await check?.(r, s);
      }
      if (s !== S[role]) await s.ctx.dispose();
    }
  });
}
