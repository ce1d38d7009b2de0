// Vocabulary shared by schemas, queries, importers and the UI. The values mirror the
// Prisma enums in prisma/schema.prisma; keep the two in step.
export const POST_KINDS = ["forum_post", "paper", "blog_post", "video", "book", "other"] as const;
export type PostKind = (typeof POST_KINDS)[number];

export const POST_SOURCES = [
  "lesswrong",
  "alignment_forum",
  "arxiv",
  "blog",
  "journal",
  "conference",
  "video",
  "other",
] as const;
export type PostSource = (typeof POST_SOURCES)[number];

export const READING_STATUSES = ["to_read", "reading", "read", "skipped"] as const;
export type ReadingStatusValue = (typeof READING_STATUSES)[number];

export const RELATION_TYPES = [
  "critiques",
  "responds_to",
  "builds_on",
  "formalizes",
  "empirically_tests",
  "supersedes",
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export const LIST_VISIBILITIES = ["public", "unlisted", "private"] as const;
export type ListVisibility = (typeof LIST_VISIBILITIES)[number];

export const LIBRARY_SORTS = ["newest", "oldest", "most_reviewed", "top_rated", "recent_activity", "relevance"] as const;
export type LibrarySort = (typeof LIBRARY_SORTS)[number];

export const SOURCE_LABELS: Record<PostSource, string> = {
  lesswrong: "LessWrong",
  alignment_forum: "Alignment Forum",
  arxiv: "arXiv",
  blog: "Blog",
  journal: "Journal",
  conference: "Conference",
  video: "Video",
  other: "Other",
};

export const STATUS_LABELS: Record<ReadingStatusValue, string> = {
  to_read: "To read",
  reading: "Reading",
  read: "Read",
  skipped: "Skipped",
};

export const RELATION_LABELS: Record<RelationType, { forward: string; backward: string }> = {
  critiques: { forward: "Critiques", backward: "Critiqued by" },
  responds_to: { forward: "Responds to", backward: "Responses" },
  builds_on: { forward: "Builds on", backward: "Built on by" },
  formalizes: { forward: "Formalizes", backward: "Formalized by" },
  empirically_tests: { forward: "Empirically tests", backward: "Tested empirically by" },
  supersedes: { forward: "Supersedes", backward: "Superseded by" },
};
