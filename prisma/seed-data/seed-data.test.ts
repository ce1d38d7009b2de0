import { describe, it, expect } from "vitest";
import {
  LIST_VISIBILITIES,
  POST_KINDS,
  POST_SOURCES,
  READING_STATUSES,
  RELATION_TYPES,
} from "@/lib/domain";
import { agendas, lists, posts, relations, replies, reviews, statuses, tags, users } from "./index";
import type { SeedReply } from "./index";

// Integrity checks for the demo seed data: everything the seed script will link by key
// must exist, every value the database constrains must already satisfy the constraint,
// and the facts that have a fixed shape (dates, arXiv ids, LessWrong ids) must look right.

function duplicates<T>(values: T[]): T[] {
  const seen = new Set<T>();
  const dup = new Set<T>();
  for (const v of values) {
    if (seen.has(v)) dup.add(v);
    seen.add(v);
  }
  return [...dup];
}

function normalizeTitle(title: string): string {
  return title
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

// Follows parent links from every node; returns the keys that sit on a cycle.
function nodesOnCycles(items: { key: string; parentKey?: string }[]): string[] {
  const parent = new Map(items.map((i) => [i.key, i.parentKey]));
  const bad: string[] = [];
  for (const item of items) {
    const seen = new Set<string>();
    let cur: string | undefined = item.key;
    while (cur !== undefined) {
      if (seen.has(cur)) {
        bad.push(item.key);
        break;
      }
      seen.add(cur);
      cur = parent.get(cur);
    }
  }
  return bad;
}

function isRealDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

const postKeys = new Set(posts.map((p) => p.key));
const userKeys = new Set(users.map((u) => u.key));
const agendaKeys = new Set(agendas.map((a) => a.key));
const tagKeys = new Set(tags.map((t) => t.key));
const reviewByKey = new Map(reviews.map((r) => [r.key, r]));
const replyByKey = new Map(replies.map((r) => [r.key, r]));

function threadOf(r: SeedReply): string {
  return r.reviewKey !== undefined ? `review:${r.reviewKey}` : `post:${r.postKey}`;
}

function depthOf(r: SeedReply): number {
  let depth = 0;
  let cur = r;
  const seen = new Set<string>();
  while (cur.parentKey !== undefined && !seen.has(cur.key)) {
    seen.add(cur.key);
    const parent = replyByKey.get(cur.parentKey);
    if (!parent) break;
    cur = parent;
    depth += 1;
  }
  return depth;
}

describe("seed data: keys and uniqueness", () => {
  it("has unique keys within every collection", () => {
    expect(duplicates(agendas.map((a) => a.key))).toEqual([]);
    expect(duplicates(tags.map((t) => t.key))).toEqual([]);
    expect(duplicates(posts.map((p) => p.key))).toEqual([]);
    expect(duplicates(users.map((u) => u.key))).toEqual([]);
    expect(duplicates(reviews.map((r) => r.key))).toEqual([]);
    expect(duplicates(replies.map((r) => r.key))).toEqual([]);
    expect(duplicates(lists.map((l) => l.key))).toEqual([]);
  });

  it("uses kebab-case keys (they double as slugs)", () => {
    const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
    for (const k of [...agendas, ...tags, ...posts, ...users, ...reviews, ...replies, ...lists].map((x) => x.key)) {
      expect(k, k).toMatch(kebab);
    }
  });

  it("has unique URLs, external ids and normalised titles across posts", () => {
    expect(duplicates(posts.map((p) => p.url))).toEqual([]);
    expect(duplicates(posts.flatMap((p) => (p.arxivId ? [p.arxivId] : [])))).toEqual([]);
    expect(duplicates(posts.flatMap((p) => (p.lesswrongId ? [p.lesswrongId] : [])))).toEqual([]);
    expect(duplicates(posts.flatMap((p) => (p.doi ? [p.doi.toLowerCase()] : [])))).toEqual([]);
    expect(duplicates(posts.map((p) => normalizeTitle(p.title)))).toEqual([]);
  });

  it("has unique user handles and e-mail addresses on a reserved domain", () => {
    expect(duplicates(users.map((u) => u.handle))).toEqual([]);
    expect(duplicates(users.map((u) => u.email))).toEqual([]);
    for (const u of users) {
      expect(u.email, u.key).toMatch(/^[a-z0-9.]+@example\.org$/);
      expect(u.handle, u.key).toMatch(/^[a-z0-9_]+$/);
    }
  });
});

describe("seed data: agendas and tags", () => {
  it("has enough agendas and tags, some of them nested", () => {
    expect(agendas.length).toBeGreaterThanOrEqual(10);
    expect(tags.length).toBeGreaterThanOrEqual(18);
    expect(agendas.filter((a) => a.parentKey).length).toBeGreaterThanOrEqual(3);
    expect(tags.filter((t) => t.parentKey).length).toBeGreaterThanOrEqual(3);
  });

  it("references existing parents without cycles", () => {
    for (const a of agendas) {
      if (a.parentKey !== undefined) expect(agendaKeys.has(a.parentKey), `${a.key} -> ${a.parentKey}`).toBe(true);
      expect(a.parentKey, a.key).not.toBe(a.key);
    }
    for (const t of tags) {
      if (t.parentKey !== undefined) expect(tagKeys.has(t.parentKey), `${t.key} -> ${t.parentKey}`).toBe(true);
      expect(t.parentKey, t.key).not.toBe(t.key);
    }
    expect(nodesOnCycles(agendas)).toEqual([]);
    expect(nodesOnCycles(tags)).toEqual([]);
  });

  it("has written text for every agenda and tag", () => {
    for (const a of agendas) {
      expect(a.name.trim(), a.key).not.toBe("");
      expect(a.summary.length, a.key).toBeGreaterThan(40);
      expect(a.theoryOfChange.length, a.key).toBeGreaterThan(40);
    }
    for (const t of tags) {
      expect(t.name.trim(), t.key).not.toBe("");
      expect(t.description.length, t.key).toBeGreaterThan(10);
    }
  });

  it("gives posts to most agendas and uses most tags", () => {
    const agendasWithPosts = new Set(posts.flatMap((p) => p.agendas));
    const tagsUsed = new Set(posts.flatMap((p) => p.tags));
    expect(agendasWithPosts.size).toBeGreaterThanOrEqual(8);
    expect(tagsUsed.size).toBeGreaterThanOrEqual(15);
    // Every agenda and tag in the demo should lead somewhere.
    expect(agendas.filter((a) => !agendasWithPosts.has(a.key)).map((a) => a.key)).toEqual([]);
    expect(tags.filter((t) => !tagsUsed.has(t.key)).map((t) => t.key)).toEqual([]);
  });
});

describe("seed data: posts", () => {
  it("has at least 60 posts from several sources", () => {
    expect(posts.length).toBeGreaterThanOrEqual(60);
    const sources = new Set(posts.map((p) => p.source));
    for (const s of ["lesswrong", "alignment_forum", "arxiv", "blog"] as const) expect(sources.has(s), s).toBe(true);
  });

  it("uses only known sources and kinds", () => {
    for (const p of posts) {
      expect(POST_SOURCES, p.key).toContain(p.source);
      expect(POST_KINDS, p.key).toContain(p.kind);
    }
  });

  it("references existing agendas and tags, with core agendas a subset of agendas", () => {
    for (const p of posts) {
      expect(p.agendas.length, p.key).toBeGreaterThan(0);
      expect(p.tags.length, p.key).toBeGreaterThan(0);
      expect(duplicates(p.agendas), p.key).toEqual([]);
      expect(duplicates(p.tags), p.key).toEqual([]);
      for (const a of p.agendas) expect(agendaKeys.has(a), `${p.key}: agenda ${a}`).toBe(true);
      for (const t of p.tags) expect(tagKeys.has(t), `${p.key}: tag ${t}`).toBe(true);
      for (const c of p.coreFor ?? []) expect(p.agendas, `${p.key}: core ${c}`).toContain(c);
    }
  });

  it("has a core post for every agenda that has posts", () => {
    const withPosts = new Set(posts.flatMap((p) => p.agendas));
    const withCore = new Set(posts.flatMap((p) => p.coreFor ?? []));
    expect([...withPosts].filter((a) => !withCore.has(a))).toEqual([]);
  });

  it("has valid, non-future publication dates", () => {
    const today = new Date().toISOString().slice(0, 10);
    for (const p of posts) {
      expect(isRealDate(p.publishedAt), `${p.key}: ${p.publishedAt}`).toBe(true);
      expect(p.publishedAt >= "1990-01-01", p.key).toBe(true);
      expect(p.publishedAt <= today, p.key).toBe(true);
    }
  });

  it("has well-formed arXiv ids that match arXiv URLs", () => {
    for (const p of posts) {
      if (p.arxivId !== undefined) {
        expect(p.arxivId, p.key).toMatch(/^\d{4}\.\d{4,5}$/);
        // The yymm prefix is the month the id was assigned: the submission month, or the
        // next one for papers submitted after the last cut-off of a month.
        const idMonth = 12 * (2000 + Number(p.arxivId.slice(0, 2))) + Number(p.arxivId.slice(2, 4)) - 1;
        const pubMonth = 12 * Number(p.publishedAt.slice(0, 4)) + Number(p.publishedAt.slice(5, 7)) - 1;
        expect(idMonth - pubMonth, `${p.key}: ${p.arxivId} vs ${p.publishedAt}`).toBeGreaterThanOrEqual(0);
        expect(idMonth - pubMonth, `${p.key}: ${p.arxivId} vs ${p.publishedAt}`).toBeLessThanOrEqual(1);
      }
      if (p.source === "arxiv") {
        expect(p.arxivId, p.key).toBeDefined();
        expect(p.url, p.key).toBe(`https://arxiv.org/abs/${p.arxivId}`);
        expect(p.kind, p.key).toBe("paper");
      }
    }
  });

  it("has LessWrong ids on forum posts, embedded in their URLs", () => {
    for (const p of posts) {
      if (p.source === "lesswrong" || p.source === "alignment_forum") {
        expect(p.lesswrongId, p.key).toBeDefined();
        expect(p.kind, p.key).toBe("forum_post");
        const host = p.source === "lesswrong" ? "www.lesswrong.com" : "www.alignmentforum.org";
        expect(p.url.startsWith(`https://${host}/posts/${p.lesswrongId}/`), p.key).toBe(true);
      }
      if (p.lesswrongId !== undefined) {
        expect(p.lesswrongId, p.key).toMatch(/^(?:[A-Za-z0-9]{17}|[0-9a-f]{24})$/);
      }
    }
  });

  it("has plausible DOIs, URLs and word counts", () => {
    for (const p of posts) {
      if (p.doi !== undefined) expect(p.doi, p.key).toMatch(/^10\.\d{4,9}\/\S+$/);
      expect(() => new URL(p.url), p.key).not.toThrow();
      expect(p.url, p.key).toMatch(/^https:\/\//);
      if (p.wordCount !== undefined) {
        expect(Number.isInteger(p.wordCount), p.key).toBe(true);
        expect(p.wordCount, p.key).toBeGreaterThan(0);
      }
    }
  });

  it("has ordered, non-empty author lists without duplicates", () => {
    for (const p of posts) {
      expect(p.authors.length, p.key).toBeGreaterThan(0);
      expect(duplicates(p.authors), p.key).toEqual([]);
      for (const a of p.authors) expect(a, p.key).toBe(a.trim());
    }
  });

  it("spells each author the same way everywhere", () => {
    // Author rows are deduplicated by normalised name, so "Tom Brown" and "Tom B. Brown"
    // (or "Sam Marks" and "Samuel Marks") would become two people. Flag distinct names with
    // the same surname whose first names start the same way.
    const names = [...new Set(posts.flatMap((p) => p.authors))];
    const clashes: string[][] = [];
    for (let i = 0; i < names.length; i++) {
      for (let j = i + 1; j < names.length; j++) {
        const a = names[i].split(/\s+/);
        const b = names[j].split(/\s+/);
        if (a.length < 2 || b.length < 2) continue;
        if (a[a.length - 1].toLowerCase() !== b[b.length - 1].toLowerCase()) continue;
        if (a[0].slice(0, 3).toLowerCase() === b[0].slice(0, 3).toLowerCase()) clashes.push([names[i], names[j]]);
      }
    }
    expect(clashes).toEqual([]);
  });

  it("has a short summary for every post", () => {
    for (const p of posts) {
      expect(p.summary.length, p.key).toBeGreaterThan(40);
      expect(p.summary.length, p.key).toBeLessThan(600);
    }
  });

  it("has at least two essays written here, with markdown bodies", () => {
    const essays = posts.filter((p) => p.body !== undefined);
    expect(essays.length).toBeGreaterThanOrEqual(2);
    for (const e of essays) expect(e.body!.length, e.key).toBeGreaterThan(200);
  });
});

describe("seed data: users and reviews", () => {
  it("has four or five demo users, at least one admin", () => {
    expect(users.length).toBeGreaterThanOrEqual(4);
    expect(users.length).toBeLessThanOrEqual(5);
    expect(users.some((u) => u.role === "admin")).toBe(true);
  });

  it("has at least 14 reviews by several users on existing posts", () => {
    expect(reviews.length).toBeGreaterThanOrEqual(14);
    expect(new Set(reviews.map((r) => r.userKey)).size).toBeGreaterThanOrEqual(4);
    for (const r of reviews) {
      expect(postKeys.has(r.postKey), `${r.key}: post ${r.postKey}`).toBe(true);
      expect(userKeys.has(r.userKey), `${r.key}: user ${r.userKey}`).toBe(true);
      expect(r.body.trim().length, r.key).toBeGreaterThan(100);
      expect(Number.isInteger(r.daysAgo) && r.daysAgo >= 0, r.key).toBe(true);
    }
  });

  it("has at most one review per user per post", () => {
    expect(duplicates(reviews.map((r) => `${r.userKey}|${r.postKey}`))).toEqual([]);
  });

  it("keeps ratings in 1-10 and confidence in 1-5 when present", () => {
    for (const r of reviews) {
      if (r.rating !== undefined) {
        expect(Number.isInteger(r.rating), r.key).toBe(true);
        expect(r.rating, r.key).toBeGreaterThanOrEqual(1);
        expect(r.rating, r.key).toBeLessThanOrEqual(10);
      }
      if (r.confidence !== undefined) {
        expect(Number.isInteger(r.confidence), r.key).toBe(true);
        expect(r.confidence, r.key).toBeGreaterThanOrEqual(1);
        expect(r.confidence, r.key).toBeLessThanOrEqual(5);
      }
    }
  });

  it("exercises the markdown renderer: a footnote, a table and inline math", () => {
    const bodies = reviews.map((r) => r.body);
    expect(bodies.some((b) => /\[\^[^\]]+\]:/.test(b))).toBe(true);
    expect(bodies.some((b) => /^\|.*\|\s*$/m.test(b) && /^\|\s*-{3,}/m.test(b))).toBe(true);
    expect(bodies.some((b) => /\$[^$\n]+\$/.test(b))).toBe(true);
  });
});

describe("seed data: replies", () => {
  it("has at least 20 replies by existing users", () => {
    expect(replies.length).toBeGreaterThanOrEqual(20);
    for (const r of replies) {
      expect(userKeys.has(r.userKey), `${r.key}: user ${r.userKey}`).toBe(true);
      expect(r.body.trim().length, r.key).toBeGreaterThan(0);
      expect(Number.isInteger(r.daysAgo) && r.daysAgo >= 0, r.key).toBe(true);
    }
  });

  it("identifies exactly one thread per reply, and that thread exists", () => {
    for (const r of replies) {
      expect((r.reviewKey === undefined) !== (r.postKey === undefined), r.key).toBe(true);
      if (r.reviewKey !== undefined) expect(reviewByKey.has(r.reviewKey), `${r.key}: review ${r.reviewKey}`).toBe(true);
      if (r.postKey !== undefined) expect(postKeys.has(r.postKey), `${r.key}: post ${r.postKey}`).toBe(true);
    }
  });

  it("keeps every parent in the same thread, earlier in time, without cycles", () => {
    for (const r of replies) {
      if (r.parentKey === undefined) continue;
      const parent = replyByKey.get(r.parentKey);
      expect(parent, `${r.key}: parent ${r.parentKey}`).toBeDefined();
      expect(threadOf(parent!), r.key).toBe(threadOf(r));
      expect(r.daysAgo, r.key).toBeLessThanOrEqual(parent!.daysAgo);
    }
    expect(nodesOnCycles(replies)).toEqual([]);
  });

  it("does not reply to a review before it was written", () => {
    for (const r of replies) {
      if (r.reviewKey !== undefined) expect(r.daysAgo, r.key).toBeLessThanOrEqual(reviewByKey.get(r.reviewKey)!.daysAgo);
    }
  });

  it("has a thread nested at least three replies deep", () => {
    expect(Math.max(...replies.map(depthOf))).toBeGreaterThanOrEqual(3);
  });

  it("has a question-and-answer discussion directly on a post", () => {
    const onPosts = replies.filter((r) => r.postKey !== undefined);
    const questions = onPosts.filter((r) => r.parentKey === undefined && r.body.includes("?"));
    const answered = questions.filter((q) => onPosts.some((r) => r.parentKey === q.key && r.userKey !== q.userKey));
    expect(answered.length).toBeGreaterThanOrEqual(1);
  });

  it("has a reply containing a markdown table", () => {
    expect(replies.some((r) => /^\|.*\|\s*$/m.test(r.body) && /^\|\s*-{3,}/m.test(r.body))).toBe(true);
  });
});

describe("seed data: relations, lists and statuses", () => {
  it("has at least 10 typed relations between existing, distinct posts", () => {
    expect(relations.length).toBeGreaterThanOrEqual(10);
    for (const r of relations) {
      const label = `${r.fromKey} ${r.type} ${r.toKey}`;
      expect(postKeys.has(r.fromKey), label).toBe(true);
      expect(postKeys.has(r.toKey), label).toBe(true);
      expect(r.fromKey, label).not.toBe(r.toKey);
      expect(RELATION_TYPES, label).toContain(r.type);
      expect(r.crux.trim().length, label).toBeGreaterThan(10);
    }
    expect(duplicates(relations.map((r) => `${r.fromKey}|${r.toKey}|${r.type}`))).toEqual([]);
  });

  it("includes the canonical Christiano-responds-to-Yudkowsky relation", () => {
    expect(
      relations.some(
        (r) =>
          r.fromKey === "where-i-agree-and-disagree-with-eliezer" &&
          r.toKey === "agi-ruin-list-of-lethalities" &&
          r.type === "responds_to",
      ),
    ).toBe(true);
  });

  it("has public, unlisted and private lists owned by existing users", () => {
    expect(lists.length).toBeGreaterThanOrEqual(3);
    const visibilities = new Set(lists.map((l) => l.visibility));
    for (const v of LIST_VISIBILITIES) expect(visibilities.has(v), v).toBe(true);
    for (const l of lists) {
      expect(userKeys.has(l.ownerKey), `${l.key}: owner ${l.ownerKey}`).toBe(true);
      expect(l.sections.length, l.key).toBeGreaterThan(0);
      for (const s of l.sections) {
        expect(s.title.trim(), l.key).not.toBe("");
        expect(s.entries.length, `${l.key}: ${s.title}`).toBeGreaterThan(0);
        for (const e of s.entries) expect(postKeys.has(e.postKey), `${l.key}: ${e.postKey}`).toBe(true);
      }
      // A post appears at most once per list (ListEntry is unique on list and post).
      expect(duplicates(l.sections.flatMap((s) => s.entries.map((e) => e.postKey))), l.key).toEqual([]);
    }
  });

  it("has a public fundamentals syllabus organised by week", () => {
    const syllabus = lists.find((l) => l.visibility === "public" && /fundamentals/i.test(l.title));
    expect(syllabus).toBeDefined();
    expect(syllabus!.sections.length).toBeGreaterThanOrEqual(4);
    for (const s of syllabus!.sections) expect(s.title).toMatch(/^Week \d+/);
    expect(syllabus!.sections.every((s) => s.entries.some((e) => e.core))).toBe(true);
  });

  it("has valid reading statuses, one per user and post", () => {
    expect(statuses.length).toBeGreaterThan(0);
    for (const s of statuses) {
      const label = `${s.userKey}/${s.postKey}`;
      expect(userKeys.has(s.userKey), label).toBe(true);
      expect(postKeys.has(s.postKey), label).toBe(true);
      expect(READING_STATUSES, label).toContain(s.status);
      expect(Number.isInteger(s.daysAgo) && s.daysAgo >= 0, label).toBe(true);
    }
    expect(duplicates(statuses.map((s) => `${s.userKey}|${s.postKey}`))).toEqual([]);
    expect(new Set(statuses.map((s) => s.userKey)).size).toBe(users.length);
  });

  it("gives every reviewer a reading status of read or reading on what they reviewed", () => {
    const status = new Map(statuses.map((s) => [`${s.userKey}|${s.postKey}`, s.status]));
    for (const r of reviews) {
      const s = status.get(`${r.userKey}|${r.postKey}`);
      expect(s === "read" || s === "reading", `${r.key}: ${s}`).toBe(true);
    }
  });
});
