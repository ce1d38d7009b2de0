// The JSON full backup: every table, row for row, in an order a restore can insert them in.
// Secrets stay out unless asked for (the CLI's --with-secrets, admins only): password hashes
// and OAuth tokens are blanked, sessions, verification tokens and rate-limit rows left out.
import type { Db } from "@/lib/db";

export const BACKUP_KIND = "alignment-reading-tracker-backup";
export const BACKUP_VERSION = 1;

/** Tables in insert order (parents before children), with their DateTime and BigInt columns. */
export const BACKUP_TABLES = [
  { name: "User", delegate: "user", dates: ["createdAt", "updatedAt"], orderBy: { id: "asc" } },
  { name: "Account", delegate: "account", dates: ["accessTokenExpiresAt", "refreshTokenExpiresAt", "createdAt", "updatedAt"], orderBy: { id: "asc" } },
  { name: "Session", delegate: "session", dates: ["expiresAt", "createdAt", "updatedAt"], orderBy: { id: "asc" }, secret: true },
  { name: "Verification", delegate: "verification", dates: ["expiresAt", "createdAt", "updatedAt"], orderBy: { id: "asc" }, secret: true },
  { name: "RateLimit", delegate: "rateLimit", dates: [], bigints: ["lastRequest"], orderBy: { id: "asc" }, secret: true },
  { name: "Author", delegate: "author", dates: [], orderBy: { id: "asc" } },
  { name: "Tag", delegate: "tag", dates: ["createdAt"], orderBy: { id: "asc" }, tree: "parentId" },
  { name: "Agenda", delegate: "agenda", dates: ["createdAt"], orderBy: { id: "asc" }, tree: "parentId" },
  { name: "Post", delegate: "post", dates: ["publishedAt", "createdAt", "updatedAt", "lastActivityAt"], orderBy: { id: "asc" } },
  { name: "PostAuthor", delegate: "postAuthor", dates: [], orderBy: [{ postId: "asc" }, { position: "asc" }] },
  { name: "PostTag", delegate: "postTag", dates: [], orderBy: [{ postId: "asc" }, { tagId: "asc" }] },
  { name: "PostAgenda", delegate: "postAgenda", dates: [], orderBy: [{ postId: "asc" }, { agendaId: "asc" }] },
  { name: "PostRelation", delegate: "postRelation", dates: ["createdAt"], orderBy: { id: "asc" } },
  { name: "Review", delegate: "review", dates: ["createdAt", "updatedAt", "editedAt", "deletedAt", "hiddenAt", "endorsedAt", "lastActivityAt"], orderBy: { id: "asc" } },
  { name: "Reply", delegate: "reply", dates: ["createdAt", "updatedAt", "editedAt", "deletedAt", "hiddenAt", "lastSubthreadActivityAt"], orderBy: { id: "asc" }, tree: "parentId" },
  { name: "ThreadVisit", delegate: "threadVisit", dates: ["lastVisitedAt"], orderBy: [{ userId: "asc" }, { threadKey: "asc" }] },
  { name: "Note", delegate: "note", dates: ["createdAt", "updatedAt"], orderBy: { id: "asc" } },
  { name: "ReadingList", delegate: "readingList", dates: ["createdAt", "updatedAt"], orderBy: { id: "asc" }, tree: "copiedFromId" },
  { name: "ListSection", delegate: "listSection", dates: [], orderBy: { id: "asc" } },
  { name: "ListEntry", delegate: "listEntry", dates: ["createdAt"], orderBy: { id: "asc" } },
  { name: "ReadingStatus", delegate: "readingStatus", dates: ["updatedAt", "startedAt", "finishedAt"], orderBy: [{ userId: "asc" }, { postId: "asc" }] },
  { name: "ImportJob", delegate: "importJob", dates: ["createdAt", "startedAt", "finishedAt", "heartbeatAt"], orderBy: { id: "asc" } },
  { name: "AppMeta", delegate: "appMeta", dates: ["updatedAt"], orderBy: { key: "asc" } },
] as const satisfies readonly {
  name: string;
  delegate: string;
  dates: readonly string[];
  bigints?: readonly string[];
  orderBy: object;
  secret?: boolean;
  tree?: string;
}[];

export type BackupTableName = (typeof BACKUP_TABLES)[number]["name"];
export type Row = Record<string, unknown>;
export type Backup = {
  kind: typeof BACKUP_KIND;
  version: number;
  exportedAt: string;
  withSecrets: boolean;
  tables: Record<string, Row[]>;
};

type AnyDelegate = { findMany: (args: object) => Promise<Row[]>; createMany: (args: { data: Row[] }) => Promise<unknown>; count: () => Promise<number> };
export const delegateOf = (db: Db | object, name: string) => (db as unknown as Record<string, AnyDelegate>)[name];

const ACCOUNT_SECRETS = ["password", "accessToken", "refreshToken", "idToken"];

export async function createBackup(db: Db, { withSecrets = false } = {}): Promise<Backup> {
  const tables: Record<string, Row[]> = {};
  // One table at a time: PGlite serves one query at a time anyway, and memory stays flat.
  for (const t of BACKUP_TABLES) {
    if ("secret" in t && t.secret && !withSecrets) {
      tables[t.name] = [];
      continue;
    }
    let rows = await delegateOf(db, t.delegate).findMany({ orderBy: t.orderBy });
    if (t.name === "Account" && !withSecrets) rows = rows.map((r) => ({ ...r, ...Object.fromEntries(ACCOUNT_SECRETS.map((k) => [k, null])) }));
    if ("bigints" in t) rows = rows.map((r) => ({ ...r, ...Object.fromEntries(t.bigints.map((k) => [k, r[k] == null ? null : String(r[k])])) }));
    tables[t.name] = rows;
  }
  return { kind: BACKUP_KIND, version: BACKUP_VERSION, exportedAt: new Date().toISOString(), withSecrets, tables };
}

export function backupToJson(backup: Backup): string {
  return JSON.stringify(backup, null, 1);
}
