// Every payload of the hostile corpus (tests/fixtures/hostile-payloads.ts) through every
// write that takes text, as an authorized user, on the real test database (PGlite, or the
// PostgreSQL server in TEST_DATABASE_URL); and through every URL parser, whose result then
// runs against the same database. The rule (issue 8):
//   - a write either stores the text and reading it back gives exactly what was sent (after
//     the field's documented normalisation: surrounding whitespace trimmed, an email
//     lowercased, authors one per line), or refuses it with a typed 4xx error carrying a
//     human message, and then no row changed;
//   - text PostgreSQL cannot hold (NUL, lone surrogates) is always refused with the shared
//     message from lib/schemas/text.ts; free text that fits its length limit is always stored;
//   - nothing ever throws anything else (that would be a 500 in the app).
//
// Inventory (field -> how this file reaches it; "action path" = the action's schema parse
// then the mutation, for mutations that take already-parsed input):
//   posts        title (createPost), authors, url, lesswrongId, arxivId, doi, publishedAt,
//                summary, body, wordCount, source, kind, tagIds, agendaIds, coreAgendaIds
//                (updatePost)
//   reviews      body (createReview, updateReview), rating, confidence, postId, reviewId
//   replies      body (createReply, updateReply), postId, reviewId, parentId, replyId
//   notes        body, postId (saveNote)
//   moderation   reason, reviewId, hidden (setReviewHidden)
//   people       name, handle, email (createUser), password (sign-up schema; never stored
//                as text), name, bio (updateProfile)
//   lists        title, description (create, update: action path), section title (add,
//                rename), entry note (add, update), listId, sectionId, entryId, postId,
//                position, direction (action path)
//   progress     postId, status (action path)
//   import       pasted text, list title (upload schema -> parser -> preview job)
//   URL params   library q agenda tag author source year status reviewed sort page (pages:
//                lenient, /api/posts: strict, /export: export criteria); list search q;
//                /reviews agenda tag reviewer page; thread sort; sign-in next; export list;
//                slugs of post, list, agenda, tag pages (lookups with a hostile slug)
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ImportParseError } from "@/lib/import/types";
import { createPreviewJob } from "@/lib/import/apply/jobs";
import { parseBytes } from "@/lib/import/apply/read-input";
import { LIBRARY_PARAMS, parseLibraryQuery, parseLibraryQueryStrict } from "@/lib/library/filters";
import { exportCriteria } from "@/lib/export/criteria";
import { loadListForExport, loadPostsForExport } from "@/lib/export/load";
import { setReviewHidden } from "@/lib/mutations/moderation/hide-review";
import { saveNote } from "@/lib/mutations/notes/save-note";
import { createPost } from "@/lib/mutations/posts/create-post";
import { updatePost } from "@/lib/mutations/posts/update-post";
import { setReadingStatus } from "@/lib/mutations/progress/set-status";
import { createReply } from "@/lib/mutations/replies/create-reply";
import { updateReply } from "@/lib/mutations/replies/update-reply";
import { createReview } from "@/lib/mutations/reviews/create-review";
import { updateReview } from "@/lib/mutations/reviews/update-review";
import { createUser } from "@/lib/mutations/users/create-user";
import { updateProfile } from "@/lib/mutations/users/update-profile";
import { addEntry } from "@/lib/mutations/lists/add-entry";
import { addSection } from "@/lib/mutations/lists/add-section";
import { createList } from "@/lib/mutations/lists/create-list";
import { moveEntry } from "@/lib/mutations/lists/move-entry";
import { removeEntry } from "@/lib/mutations/lists/remove-entry";
import { renameSection } from "@/lib/mutations/lists/rename-section";
import { updateEntry } from "@/lib/mutations/lists/update-entry";
import { updateList } from "@/lib/mutations/lists/update-list";
import { findAgendaBySlug } from "@/lib/queries/agendas";
import { findLibraryPage } from "@/lib/queries/library";
import { getListBySlug, searchPostsForList } from "@/lib/queries/lists";
import { findPostPage } from "@/lib/queries/posts";
import { reviewFilterSchema } from "@/lib/queries/reviews";
import { findTagBySlug } from "@/lib/queries/tags";
import { signInSchema, signUpSchema } from "@/lib/schemas/auth";
import { importUploadSchema } from "@/lib/schemas/import";
import { addEntrySchema, addSectionSchema, createListSchema, moveEntrySchema, postSearchSchema, renameSectionSchema, updateEntrySchema, updateListSchema } from "@/lib/schemas/list";
import { parseOrThrow } from "@/lib/schemas/parse";
import { setStatusSchema } from "@/lib/schemas/progress";
import { THREAD_SORTS, threadSortSchema } from "@/lib/schemas/reply";
import { INVALID_UNICODE_MESSAGE, NUL_MESSAGE } from "@/lib/schemas/text";
import { HOSTILE_PAYLOADS, isUnstorable, type HostilePayload } from "./fixtures/hostile-payloads";
import { setupTestDatabase } from "./support/setup-test-db";

type Member = { id: string; role: "member" | "admin" };

const t = setupTestDatabase();
let db: Db;
let owner: Member;
let admin: Member;
let postId: string;
let postSlug: string;
let reviewId: string;
let replyId: string;
let listId: string;
let sectionId: string;
let entryId: string;
let entryPostId: string;
let n = 0;
const uniq = (prefix: string) => `${prefix}${(n++).toString(36)}${Date.now().toString(36)}`;

/**
 * How a field treats text:
 * - "text": free text; every storable payload within the limit must be stored verbatim.
 * - "constrained": a format (URL, handle, id, date): refused or stored verbatim, either way.
 * - "reference": names a row or a choice; must only never fail unexpectedly.
 */
type Kind = "text" | "constrained" | "reference";

type FieldCase = {
  field: string;
  kind: Kind;
  /** The field's documented normalisation of what was sent (default: trim). */
  normalize?: (raw: string) => string;
  /** Over the limit, so a "text" field must refuse it. */
  tooLong?: (raw: string) => boolean;
  /** An empty value (after normalisation) is refused. */
  required?: boolean;
  write: (value: string) => Promise<unknown>;
  /** The stored text, read back from the database after a successful write. */
  read?: (result: unknown) => Promise<string | null>;
  /** The rows the write may touch, to prove a refused write changed nothing. */
  snapshot: () => unknown;
};

const trim = (s: string) => s.trim();
const noBom = (s: string) => s.replace(/^\uFEFF/, "");
const over = (max: number, norm: (s: string) => string = trim) => (raw: string) => norm(raw).length > max;
const idOf = (r: unknown) => (r as { id: string }).id;
const STORABLE_MESSAGES = [NUL_MESSAGE, INVALID_UNICODE_MESSAGE];

function messagesOf(e: unknown): string[] {
  if (e instanceof AppError) return [e.message, ...Object.values(e.fieldErrors ?? {}).flat()];
  if (e instanceof Error) return [e.message];
  return [];
}

/** Runs one field with every payload; returns the violations (empty when all is well). */
async function runField(c: FieldCase, payloads: readonly HostilePayload[] = HOSTILE_PAYLOADS): Promise<string[]> {
  const problems: string[] = [];
  const norm = c.normalize ?? trim;
  for (const p of payloads) {
    const where = `${c.field} <- ${p.name}`;
    const before = JSON.stringify(await c.snapshot());
    let result: unknown;
    let error: unknown;
    try {
      result = await c.write(p.value);
    } catch (e) {
      error = e;
    }
    if (error !== undefined) {
      const refusedWithMessage = (error instanceof AppError && error.status >= 400 && error.status < 500) || error instanceof ImportParseError;
      if (!refusedWithMessage) {
        problems.push(`${where}: unexpected ${(error as Error)?.name}: ${String((error as Error)?.message).slice(0, 200)}`);
        continue;
      }
      const messages = messagesOf(error);
      if (!messages.some((m) => m.trim().length > 3)) problems.push(`${where}: refused without a message`);
      if (JSON.stringify(await c.snapshot()) !== before) problems.push(`${where}: refused but rows changed`);
      if (c.kind !== "reference" && isUnstorable(p.value) && !messages.some((m) => STORABLE_MESSAGES.includes(m))) {
        problems.push(`${where}: unstorable text refused with another message: ${messages[0]}`);
      }
      const fits = !(c.tooLong?.(p.value) ?? false) && !(c.required && norm(p.value) === "");
      if (c.kind === "text" && !isUnstorable(p.value) && fits) problems.push(`${where}: free text refused: ${messages.join(" | ").slice(0, 200)}`);
      continue;
    }
    if (c.kind !== "reference" && isUnstorable(p.value)) problems.push(`${where}: unstorable text was accepted`);
    if (c.kind === "text" && (c.tooLong?.(p.value) ?? false)) problems.push(`${where}: over-long text was accepted`);
    if (c.read) {
      const stored = (await c.read(result)) ?? "";
      if (stored !== norm(p.value)) problems.push(`${where}: stored text differs (${stored.length} vs ${norm(p.value).length} chars)`);
    }
  }
  return problems;
}

const basePost = { title: "Hostile input target", authors: "Someone Careful", source: "other", kind: "other", confirmDuplicate: "on" } as const;

async function postRow() {
  return db.post.findUniqueOrThrow({ where: { id: postId }, include: { authors: { orderBy: { position: "asc" }, include: { author: true } }, tags: true, agendas: true } });
}

beforeAll(async () => {
  db = t.db;
  const mk = async (handle: string, role: "member" | "admin") => {
    const u = await db.user.create({ data: { id: `u-${handle}`, name: handle, handle, email: `${handle}@example.test`, role } });
    return { id: u.id, role } as Member;
  };
  owner = await mk("hostile-owner", "member");
  admin = await mk("hostile-admin", "admin");
  const post = await createPost(db, { actor: owner, input: basePost });
  postId = post.id;
  postSlug = post.slug;
  entryPostId = (await createPost(db, { actor: owner, input: { ...basePost, title: "Hostile entry target" } })).id;
  reviewId = (await createReview(db, { actor: owner, postId, body: "A first, harmless review." })).id;
  replyId = (await createReply(db, { actor: owner, postId, body: "A first, harmless reply." })).id;
  const list = await createList({ actor: owner, fields: { title: "Hostile list", description: "", visibility: "private" } }, db);
  listId = list.id;
  sectionId = (await addSection({ actor: owner, listId, title: "Week 1" }, db)).id;
  entryId = (await addEntry({ actor: owner, listId, postId, sectionId, note: "", core: true }, db)).id;
});

const LONG = 600_000;

describe(`hostile input: ${HOSTILE_PAYLOADS.length} payloads through every write`, () => {
  it("the corpus has at least 150 uniquely named payloads in every required category", () => {
    expect(HOSTILE_PAYLOADS.length).toBeGreaterThanOrEqual(150);
    expect(new Set(HOSTILE_PAYLOADS.map((p) => p.name)).size).toBe(HOSTILE_PAYLOADS.length);
    const categories = new Set(HOSTILE_PAYLOADS.map((p) => p.category));
    for (const c of ["xss-script", "xss-event-handler", "xss-url", "xss-svg", "xss-markdown", "xss-entities", "sql", "huge", "control", "invalid-utf8", "bidi-zero-width", "emoji", "deep-markdown"]) {
      expect(categories, c).toContain(c);
    }
    expect(HOSTILE_PAYLOADS.some((p) => p.value.length >= 1024 * 1024)).toBe(true);
  });

  it("posts: title, authors, URL, external ids, date, summary, body, numbers, choices and picked ids", async () => {
    // Every post write goes through the post row (updatedAt, authorsText, counters): one cheap read.
    const snap = () => db.post.findUniqueOrThrow({ where: { id: postId } });
    const update = (field: string) => (v: string) => updatePost(db, { actor: owner, slug: postSlug, input: { ...basePost, [field]: v } });
    const read = (k: "summary" | "body" | "url" | "lesswrongId" | "arxivId" | "doi") => async () => (await postRow())[k];
    const cases: FieldCase[] = [
      {
        field: "post.title (create)",
        kind: "text",
        required: true,
        tooLong: over(300),
        write: (v) => createPost(db, { actor: owner, input: { ...basePost, title: v } }),
        read: async (r) => (await db.post.findUniqueOrThrow({ where: { id: idOf(r) } })).title,
        snapshot: () => db.post.count(),
      },
      { field: "post.summary", kind: "text", tooLong: over(5_000), write: update("summary"), read: read("summary"), snapshot: snap },
      { field: "post.body", kind: "text", tooLong: over(200_000), write: update("body"), read: read("body"), snapshot: snap },
      {
        field: "post.authors",
        kind: "constrained",
        // One author per line, whitespace inside a name collapsed, blank lines dropped.
        normalize: (s) => [...new Set(s.split(/\r?\n/).map((a) => a.trim().replace(/\s+/g, " ")).filter(Boolean))].join("\n"),
        write: update("authors"),
        read: async () => (await postRow()).authors.map((a) => a.author.name).join("\n"),
        snapshot: snap,
      },
      { field: "post.url", kind: "constrained", write: update("url"), read: read("url"), snapshot: snap },
      { field: "post.lesswrongId", kind: "constrained", write: update("lesswrongId"), read: read("lesswrongId"), snapshot: snap },
      { field: "post.arxivId", kind: "constrained", write: update("arxivId"), read: read("arxivId"), snapshot: snap },
      { field: "post.doi", kind: "constrained", normalize: (s) => s.trim().toLowerCase(), write: update("doi"), read: read("doi"), snapshot: snap },
      {
        field: "post.publishedAt",
        kind: "constrained",
        write: update("publishedAt"),
        read: async () => (await postRow()).publishedAt?.toISOString().slice(0, 10) ?? null,
        snapshot: snap,
      },
      ...(["wordCount", "source", "kind", "tagIds", "agendaIds", "coreAgendaIds", "draft"] as const).map(
        (f): FieldCase => ({ field: `post.${f}`, kind: "reference", write: update(f), snapshot: snap }),
      ),
    ];
    expect(await sequential(cases)).toEqual([]);
  }, LONG);

  it("reviews, replies, private notes and moderation reasons", async () => {
    const review = () => db.review.findUniqueOrThrow({ where: { id: reviewId } });
    const cases: FieldCase[] = [
      { field: "review.body (update)", kind: "text", required: true, tooLong: over(50_000), write: (v) => updateReview(db, { actor: owner, reviewId, body: v }), read: async () => (await review()).body, snapshot: review },
      {
        field: "review.body (create)",
        kind: "text",
        required: true,
        tooLong: over(50_000),
        // One review per person per post: each payload is a new reviewer's first review.
        write: async (v) => createReview(db, { actor: await freshMember(), postId, body: v }),
        read: async (r) => (await db.review.findUniqueOrThrow({ where: { id: idOf(r) } })).body,
        snapshot: () => db.review.count(),
      },
      { field: "review.rating", kind: "reference", write: (v) => updateReview(db, { actor: owner, reviewId, body: "Fine.", rating: v }), snapshot: review },
      { field: "review.confidence", kind: "reference", write: (v) => updateReview(db, { actor: owner, reviewId, body: "Fine.", confidence: v }), snapshot: review },
      { field: "review.postId", kind: "reference", write: (v) => createReview(db, { actor: admin, postId: v, body: "Fine." }), snapshot: () => db.review.count() },
      { field: "review.reviewId", kind: "reference", write: (v) => updateReview(db, { actor: owner, reviewId: v, body: "Fine." }), snapshot: review },
      {
        field: "reply.body (create)",
        kind: "text",
        required: true,
        tooLong: over(20_000),
        write: (v) => createReply(db, { actor: owner, reviewId, body: v }),
        read: async (r) => (await db.reply.findUniqueOrThrow({ where: { id: idOf(r) } })).body,
        snapshot: () => db.reply.count(),
      },
      {
        field: "reply.body (update)",
        kind: "text",
        required: true,
        tooLong: over(20_000),
        write: (v) => updateReply(db, { actor: owner, replyId, body: v }),
        read: async () => (await db.reply.findUniqueOrThrow({ where: { id: replyId } })).body,
        snapshot: () => db.reply.findUniqueOrThrow({ where: { id: replyId } }),
      },
      ...(["postId", "reviewId", "parentId"] as const).map(
        (f): FieldCase => ({ field: `reply.${f}`, kind: "reference", write: (v) => createReply(db, { actor: owner, body: "Fine.", [f]: v }), snapshot: () => db.reply.count() }),
      ),
      { field: "reply.replyId", kind: "reference", write: (v) => updateReply(db, { actor: owner, replyId: v, body: "Fine." }), snapshot: () => db.reply.aggregate({ _count: true, _max: { editedAt: true } }) },
      {
        field: "note.body",
        kind: "text",
        // The limit counts what was sent; the stored note is trimmed, and an empty one is deleted.
        tooLong: (s) => s.length > 100_000,
        write: (v) => saveNote(db, { actor: owner, postId, body: v }),
        read: async () => (await db.note.findUnique({ where: { userId_postId: { userId: owner.id, postId } } }))?.body ?? "",
        snapshot: () => db.note.findMany(),
      },
      { field: "note.postId", kind: "reference", write: (v) => saveNote(db, { actor: owner, postId: v, body: "Fine." }), snapshot: () => db.note.findMany() },
      {
        field: "moderation.reason",
        kind: "text",
        tooLong: over(500),
        write: (v) => setReviewHidden(db, { actor: admin, reviewId, hidden: true, reason: v }),
        read: async () => (await review()).hiddenReason,
        snapshot: review,
      },
      { field: "moderation.reviewId", kind: "reference", write: (v) => setReviewHidden(db, { actor: admin, reviewId: v, hidden: true }), snapshot: () => db.review.aggregate({ _count: true, _max: { hiddenAt: true } }) },
      { field: "moderation.hidden", kind: "reference", write: (v) => setReviewHidden(db, { actor: admin, reviewId, hidden: v }), snapshot: review },
    ];
    expect(await sequential(cases)).toEqual([]);
  }, LONG);

  it("people: sign-up name, handle, email and password; profile name and bio", async () => {
    const me = () => db.user.findUniqueOrThrow({ where: { id: owner.id } });
    const password = "a long enough password";
    const cases: FieldCase[] = [
      {
        field: "sign-up.name",
        kind: "text",
        required: true,
        tooLong: over(100),
        write: (v) => createUser(db, { name: v, handle: uniq("h"), email: `${uniq("e")}@example.test`, password }),
        read: async (r) => (await db.user.findUniqueOrThrow({ where: { id: idOf(r) } })).name,
        snapshot: () => db.user.count(),
      },
      {
        field: "sign-up.handle",
        kind: "constrained",
        write: (v) => createUser(db, { name: "Hostile", handle: v, email: `${uniq("e")}@example.test`, password }),
        read: async (r) => (await db.user.findUniqueOrThrow({ where: { id: idOf(r) } })).handle,
        snapshot: () => db.user.count(),
      },
      {
        field: "sign-up.email",
        kind: "constrained",
        normalize: (s) => s.trim().toLowerCase(),
        write: (v) => createUser(db, { name: "Hostile", handle: uniq("h"), email: v, password }),
        read: async (r) => (await db.user.findUniqueOrThrow({ where: { id: idOf(r) } })).email,
        snapshot: () => db.user.count(),
      },
      {
        // Only ever hashed, never stored as text: the schema must answer, never throw.
        field: "sign-up.password",
        kind: "reference",
        write: async (v) => parseOrThrow(signUpSchema, { name: "Hostile", handle: "hostile", email: "h@example.test", password: v }),
        snapshot: () => null,
      },
      { field: "profile.name", kind: "text", required: true, tooLong: over(100), write: (v) => updateProfile(db, { actor: owner, name: v, bio: "" }), read: async () => (await me()).name, snapshot: me },
      { field: "profile.bio", kind: "text", tooLong: (s) => s.length > 10_000, write: (v) => updateProfile(db, { actor: owner, name: "Owner", bio: v }), read: async () => (await me()).bio, snapshot: me },
    ];
    expect(await sequential(cases)).toEqual([]);
  }, LONG);

  it("reading lists: titles, descriptions, sections, entry notes and every id the list forms send", async () => {
    const list = () => db.readingList.findUniqueOrThrow({ where: { id: listId }, include: { sections: { orderBy: { id: "asc" } }, entries: { orderBy: { id: "asc" } } } });
    const lists = () => db.readingList.count();
    const create = (fields: Record<string, string>) => createList({ actor: owner, fields: parseOrThrow(createListSchema, { visibility: "private", title: "Hostile", ...fields }) }, db);
    const update = (fields: Record<string, string>) => {
      const { listId: id, ...rest } = parseOrThrow(updateListSchema, { listId, visibility: "private", title: "Hostile list", ...fields });
      return updateList({ actor: owner, listId: id, fields: rest }, db);
    };
    const readList = async (r: unknown) => db.readingList.findUniqueOrThrow({ where: { id: idOf(r) } });
    const cases: FieldCase[] = [
      { field: "list.title (create)", kind: "text", required: true, tooLong: over(200), write: (v) => create({ title: v }), read: async (r) => (await readList(r)).title, snapshot: lists },
      // The description is markdown kept as typed (no trim; a leading byte-order mark dropped), limited to 20,000 characters.
      { field: "list.description (create)", kind: "text", normalize: noBom, tooLong: (s) => s.length > 20_000, write: (v) => create({ description: v }), read: async (r) => (await readList(r)).description, snapshot: lists },
      { field: "list.title (update)", kind: "text", required: true, tooLong: over(200), write: (v) => update({ title: v }), read: async () => (await list()).title, snapshot: list },
      { field: "list.description (update)", kind: "text", normalize: noBom, tooLong: (s) => s.length > 20_000, write: (v) => update({ description: v }), read: async () => (await list()).description, snapshot: list },
      {
        field: "section.title (add)",
        kind: "text",
        required: true,
        tooLong: over(200),
        write: (v) => addSection({ actor: owner, ...parseOrThrow(addSectionSchema, { listId, title: v }) }, db),
        read: async (r) => (await db.listSection.findUniqueOrThrow({ where: { id: idOf(r) } })).title,
        snapshot: list,
      },
      {
        field: "section.title (rename)",
        kind: "text",
        required: true,
        tooLong: over(200),
        write: (v) => renameSection({ actor: owner, ...parseOrThrow(renameSectionSchema, { listId, sectionId, title: v }) }, db),
        read: async () => (await db.listSection.findUniqueOrThrow({ where: { id: sectionId } })).title,
        snapshot: list,
      },
      {
        field: "entry.note (update)",
        kind: "text",
        tooLong: over(2_000),
        write: (v) => updateEntry({ actor: owner, ...parseOrThrow(updateEntrySchema, { listId, entryId, note: v, core: "on" }) }, db),
        read: async () => (await db.listEntry.findUniqueOrThrow({ where: { id: entryId } })).note,
        snapshot: list,
      },
      {
        field: "entry.note (add)",
        kind: "text",
        tooLong: over(2_000),
        write: async (v) => {
          const added = await addEntry({ actor: owner, ...parseOrThrow(addEntrySchema, { listId, postId: entryPostId, sectionId, note: v }) }, db);
          const note = (await db.listEntry.findUniqueOrThrow({ where: { id: added.id } })).note;
          // Taken out again so the next payload can add the same post.
          await removeEntry({ actor: owner, listId, entryId: added.id }, db);
          return { note };
        },
        read: async (r) => (r as { note: string }).note,
        snapshot: list,
      },
      ...(["listId", "postId", "sectionId"] as const).map(
        (f): FieldCase => ({
          field: `entry.add.${f} (ids)`,
          kind: "reference",
          write: async (v) => {
            const added = await addEntry({ actor: owner, ...parseOrThrow(addEntrySchema, { listId, postId: entryPostId, sectionId, [f]: v }) }, db);
            await removeEntry({ actor: owner, listId, entryId: added.id }, db);
          },
          snapshot: list,
        }),
      ),
      ...(["listId", "entryId", "sectionId", "position", "direction"] as const).map(
        (f): FieldCase => ({
          field: `entry.move.${f}`,
          kind: "reference",
          write: async (v) => {
            const input = parseOrThrow(moveEntrySchema, { listId, entryId, direction: "up", [f]: v });
            await moveEntry({ actor: owner, ...input }, db);
          },
          snapshot: list,
        }),
      ),
      {
        field: "progress.postId",
        kind: "reference",
        write: async (v) => {
          const input = parseOrThrow(setStatusSchema, { postId: v, status: "read" });
          await setReadingStatus({ actor: owner, postId: input.postId, status: "read" }, db);
        },
        snapshot: () => db.readingStatus.findMany({ where: { userId: owner.id, NOT: { postId } } }),
      },
      { field: "progress.status", kind: "reference", write: async (v) => parseOrThrow(setStatusSchema, { postId, status: v }), snapshot: () => null },
    ];
    expect(await sequential(cases)).toEqual([]);
  }, LONG);

  it("import: pasted text and the reading-list title of a preview", async () => {
    const preview = async (text: string, listTitle?: string) => {
      const parsed = parseOrThrow(importUploadSchema, { file: [], text: text || undefined, format: "auto", listTitle: listTitle || undefined });
      const input = parseBytes(new TextEncoder().encode(parsed.text!), "pasted.txt");
      return createPreviewJob(db, { userId: owner.id, ...input, listTitle: parsed.listTitle || undefined });
    };
    const jobs = () => db.importJob.count();
    const cases: FieldCase[] = [
      { field: "import.text", kind: "reference", write: (v) => preview(v), snapshot: jobs },
      {
        field: "import.listTitle",
        kind: "text",
        tooLong: over(200),
        write: (v) => preview("https://example.org/hostile-import-target", v),
        read: async (r) => ((await db.importJob.findUniqueOrThrow({ where: { id: idOf(r) } })).report as { listTitle?: string }).listTitle ?? "",
        snapshot: jobs,
      },
    ];
    expect(await sequential(cases)).toEqual([]);
  }, LONG);
});

/** A new member for each review written (one review per person per post). */
async function freshMember(): Promise<Member> {
  const handle = uniq("r");
  const u = await db.user.create({ data: { id: `u-${handle}`, name: handle, handle, email: `${handle}@example.test` } });
  return { id: u.id, role: "member" };
}

async function sequential(cases: FieldCase[]): Promise<string[]> {
  const problems: string[] = [];
  for (const c of cases) problems.push(...(await runField(c)));
  return problems;
}

describe(`hostile input: ${HOSTILE_PAYLOADS.length} payloads in every URL parameter`, () => {
  it("the library's parameters: the page parser never throws, the API parser answers with a message, the query runs", async () => {
    const problems: string[] = [];
    const viewer = { id: owner.id };
    const ran = new Set<string>();
    const once = async (key: string, fn: () => Promise<unknown>) => {
      if (ran.has(key)) return;
      ran.add(key);
      await fn();
    };
    for (const param of LIBRARY_PARAMS) {
      for (const p of HOSTILE_PAYLOADS) {
        const where = `library ${param} <- ${p.name}`;
        try {
          const lenient = parseLibraryQuery({ [param]: p.value });
          const strict = parseLibraryQueryStrict(new URLSearchParams([[param, p.value]]));
          if (!strict.ok && !strict.errors.every((e) => e.message.length > 3)) problems.push(`${where}: strict error without a message`);
          // Cleaned search text can never carry what PostgreSQL refuses.
          if (lenient.q !== null && isUnstorable(lenient.q)) problems.push(`${where}: q kept unstorable text`);
          // Most payloads fall back to the same criteria: each distinct one runs once.
          await once(`page ${JSON.stringify(lenient)}`, () => findLibraryPage(db, { criteria: lenient, viewer }));
          if (strict.ok) await once(`api ${JSON.stringify(strict.query)}`, () => findLibraryPage(db, { criteria: strict.query, viewer: null }));
          const exported = exportCriteria(new URLSearchParams([[param, p.value]]));
          await once(`export ${JSON.stringify(exported)}`, () => loadPostsForExport(db, { criteria: exported, viewer }));
        } catch (e) {
          problems.push(`${where}: threw ${(e as Error).name}: ${String((e as Error).message).slice(0, 160)}`);
        }
      }
    }
    expect(problems).toEqual([]);
  }, LONG);

  it("list search, /reviews filters, thread sort, sign-in next, export list and page slugs", async () => {
    const problems: string[] = [];
    const viewer = { id: owner.id, role: owner.role };
    for (const p of HOSTILE_PAYLOADS) {
      const at = (what: string) => `${what} <- ${p.name}`;
      const attempt = async (what: string, fn: () => Promise<unknown> | unknown) => {
        try {
          await fn();
        } catch (e) {
          if (!(e instanceof AppError && e.status < 500)) problems.push(`${at(what)}: threw ${(e as Error).name}: ${String((e as Error).message).slice(0, 160)}`);
        }
      };
      await attempt("list search q", async () => {
        const { q = "" } = postSearchSchema.parse({ q: p.value });
        if (isUnstorable(q)) problems.push(`${at("list search q")}: kept unstorable text`);
        await searchPostsForList(q, {}, db);
      });
      await attempt("/reviews filters", () => {
        for (const k of ["agenda", "tag", "reviewer", "page"]) {
          const f = reviewFilterSchema.parse({ [k]: p.value });
          if (Object.values(f).some((v) => typeof v === "string" && isUnstorable(v))) problems.push(`${at(`/reviews ${k}`)}: kept unstorable text`);
        }
      });
      await attempt("thread sort", () => {
        if (!THREAD_SORTS.includes(threadSortSchema.parse(p.value))) problems.push(`${at("thread sort")}: not a sort`);
      });
      await attempt("sign-in next", () => {
        const next = signInSchema.shape.next.parse(p.value);
        // Only paths on this site, and nothing that could break the Location header.
        if (!next.startsWith("/") || next.startsWith("//") || /[\u0000-\u001f]/.test(next)) problems.push(`${at("sign-in next")}: unsafe redirect ${JSON.stringify(next).slice(0, 60)}`);
      });
      await attempt("export list", async () => {
        const slug = p.value.trim();
        // /export/markdown checks the slug's shape before the lookup (lib/export/server.ts).
        if (/^[a-z0-9-]{1,200}$/.test(slug)) await loadListForExport(db, { slug, viewer });
      });
      if (!isUnstorable(p.value)) {
        // Path segments with NUL or broken UTF-8 are refused by proxy.ts before any page runs.
        await attempt("post slug", () => findPostPage(db, p.value, viewer));
        await attempt("list slug", () => getListBySlug(p.value, viewer, db));
        await attempt("agenda slug", () => findAgendaBySlug(db, p.value, viewer));
        await attempt("tag slug", () => findTagBySlug(db, p.value));
      }
    }
    expect(problems).toEqual([]);
  }, LONG);
});
