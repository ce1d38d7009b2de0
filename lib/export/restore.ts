// Loads a JSON full backup into an EMPTY database: rows keep their ids, so every link, counter
// and timestamp comes back as it was. One transaction: a restore either completes or leaves
// the database empty. Merging a backup into a library with data is what the importers do.
import { Prisma, type Db } from "@/lib/db";
import { ConflictError, ValidationError } from "@/lib/errors";
import { BACKUP_KIND, BACKUP_TABLES, delegateOf, type Backup, type Row } from "./backup";

/** Cheap check on the first bytes: is this one of our backups? */
export function isBackup(text: string) {
  return new RegExp(`^\\s*\\{\\s*"kind"\\s*:\\s*"${BACKUP_KIND}"`).test(withoutNpmBanner(text.slice(0, 1000)));
}

/** `npm run export -- --format json > FILE` writes npm's "> pkg@1.0 export" lines first: skip them. */
function withoutNpmBanner(text: string) {
  return text.replace(/^(?:\s*\n|> [^\n]*\n)+(?=\s*\{)/, "");
}

export function parseBackup(text: string): Backup {
  let data: unknown;
  try {
    data = JSON.parse(withoutNpmBanner(text));
  } catch (e) {
    throw new ValidationError(`The backup is not valid JSON: ${(e as Error).message}`);
  }
  const b = data as Partial<Backup>;
  if (!b || b.kind !== BACKUP_KIND || typeof b.tables !== "object" || !b.tables) {
    throw new ValidationError(`Not a backup made by this app (expected "kind": "${BACKUP_KIND}").`);
  }
  if (b.version !== 1) throw new ValidationError(`Backup version ${String(b.version)} is not supported (expected 1).`);
  for (const [name, rows] of Object.entries(b.tables)) {
    if (!Array.isArray(rows)) throw new ValidationError(`tables.${name} must be an array.`);
  }
  return b as Backup;
}

/** Parents before children for self-referencing tables (tags, agendas, replies, copied lists). */
function parentsFirst(rows: Row[], key: string): Row[] {
  const byId = new Map(rows.map((r) => [r.id as string, r]));
  const done = new Set<string>();
  const out: Row[] = [];
  const visit = (r: Row, depth: number) => {
    const id = r.id as string;
    if (done.has(id) || depth > 10_000) return;
    const parent = r[key] as string | null;
    if (parent && byId.has(parent) && !done.has(parent)) visit(byId.get(parent)!, depth + 1);
    done.add(id);
    out.push(r);
  };
  for (const r of rows) visit(r, 0);
  return out;
}

function revive(row: Row, dates: readonly string[], bigints: readonly string[] = []) {
  const out: Row = { ...row };
  for (const k of dates) if (out[k] != null) out[k] = new Date(out[k] as string);
  for (const k of bigints) if (out[k] != null) out[k] = BigInt(out[k] as string);
  // Nullable JSON columns take Prisma.DbNull, not null, in createMany.
  if ("report" in out && out.report === null) out.report = Prisma.DbNull;
  return out;
}

export async function restoreBackup(db: Db, input: string | Backup): Promise<Record<string, number>> {
  const backup = typeof input === "string" ? parseBackup(input) : input;
  const [posts, users] = await Promise.all([db.post.count(), db.user.count()]);
  if (posts || users) {
    throw new ConflictError(`A backup is restored into an empty database only; this one holds ${posts} posts and ${users} users. Reset it first (npm run db:reset empties and re-seeds; point PGLITE_DIR at a new folder for an empty one).`);
  }
  const counts: Record<string, number> = {};
  await db.$transaction(
    async (tx) => {
      // A fresh database may hold rows made on start-up (seed marker): the backup's win.
      await tx.appMeta.deleteMany({});
      for (const t of BACKUP_TABLES) {
        let rows = (backup.tables[t.name] ?? []) as Row[];
        if ("tree" in t) rows = parentsFirst(rows, t.tree);
        const data = rows.map((r) => revive(r, t.dates, "bigints" in t ? t.bigints : []));
        const delegate = delegateOf(tx, t.delegate);
        for (let i = 0; i < data.length; i += 1000) await delegate.createMany({ data: data.slice(i, i + 1000) });
        counts[t.name] = data.length;
      }
    },
    { timeout: 600_000, maxWait: 60_000 },
  );
  return counts;
}
