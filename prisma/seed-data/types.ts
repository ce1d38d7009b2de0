// Types for the demo seed data. The seed script maps these onto
// Prisma rows; keys are stable kebab-case identifiers used only to link records here.
import type { ListVisibility, PostKind, PostSource, ReadingStatusValue, RelationType } from "@/lib/domain";

export type SeedAgenda = {
  key: string;
  name: string;
  parentKey?: string;
  summary: string;
  theoryOfChange: string;
  section?: string;
};

export type SeedTag = { key: string; name: string; parentKey?: string; description: string };

export type SeedPost = {
  key: string; // stable kebab key, e.g. "risks-from-learned-optimization"
  title: string;
  authors: string[]; // in order, display names
  url: string; // canonical URL (arXiv abs URL, LessWrong/AF post URL, blog URL)
  source: PostSource;
  kind: PostKind;
  publishedAt: string; // "YYYY-MM-DD" (real date; if only the month is known, day 01)
  arxivId?: string;
  lesswrongId?: string;
  doi?: string;
  summary: string; // 1-3 sentences
  wordCount?: number;
  agendas: string[]; // SeedAgenda keys
  coreFor?: string[]; // subset of agendas where this is a core (key) post
  tags: string[]; // SeedTag keys
  body?: string; // markdown body, for essays written on this site
};

export type SeedUser = {
  key: string;
  name: string;
  handle: string;
  email: string;
  role: "member" | "admin";
  bio: string;
};

export type SeedReview = {
  key: string;
  postKey: string;
  userKey: string;
  rating?: number;
  confidence?: number;
  body: string;
  daysAgo: number;
};

// Exactly one of reviewKey/postKey identifies the thread; parentKey is another
// SeedReply key in the same thread.
export type SeedReply = {
  key: string;
  userKey: string;
  body: string;
  daysAgo: number;
  reviewKey?: string;
  postKey?: string;
  parentKey?: string;
};

export type SeedRelation = { fromKey: string; toKey: string; type: RelationType; crux: string };

export type SeedList = {
  key: string;
  title: string;
  ownerKey: string;
  visibility: ListVisibility;
  description: string;
  sections: { title: string; entries: { postKey: string; core: boolean; note?: string }[] }[];
};

export type SeedStatus = { userKey: string; postKey: string; status: ReadingStatusValue; daysAgo: number };
