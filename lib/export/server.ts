// The web's entry points to the exports, on the app's database client: route handlers call
// these (they may not import the client). Permission checks live here, next to the reads.
import "server-only";
import { db } from "@/lib/db";
import { isAdmin } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";
import { ForbiddenError, NotFoundError, UnauthorizedError, ValidationError } from "@/lib/errors";
import { backupToJson, createBackup } from "./backup";
import { toBibtex } from "./bibtex";
import { exportCriteria } from "./criteria";
import { toCsv } from "./csv";
import { loadListForExport, loadPostsForExport } from "./load";
import { listToMarkdown } from "./markdown";

export const EXPORT_FORMATS = ["bibtex", "csv", "markdown", "json"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

type Viewer = Pick<CurrentUser, "id" | "role"> | null;
export type ExportFile = { body: string; contentType: string; fileName: string };

const stamp = () => new Date().toISOString().slice(0, 10);

export async function exportFile(format: ExportFormat, params: URLSearchParams, viewer: Viewer, baseUrl: string): Promise<ExportFile> {
  if (format === "json") {
    if (!viewer) throw new UnauthorizedError("Sign in as an admin to download the full backup.");
    // The web never hands out password hashes: --with-secrets exists on the command line only.
    if (!isAdmin(viewer)) throw new ForbiddenError("Only admins can download the full backup.");
    return { body: backupToJson(await createBackup(db)), contentType: "application/json; charset=utf-8", fileName: `alignment-library-backup-${stamp()}.json` };
  }
  if (format === "markdown") {
    const slug = params.get("list")?.trim();
    if (!slug) throw new ValidationError("Choose a reading list (?list=SLUG).", { list: ["Choose a reading list."] });
    // Checked before the lookup: a NUL or other junk in the slug would make PostgreSQL refuse the query.
    if (!/^[a-z0-9-]{1,200}$/.test(slug)) throw new ValidationError("A reading list is named by its slug: lowercase letters, digits and -.", { list: ["Not a list slug."] });
    const list = await loadListForExport(db, { slug, viewer });
    if (!list) throw new NotFoundError("No such reading list, or it is private.");
    return { body: listToMarkdown(list, { baseUrl }), contentType: "text/markdown; charset=utf-8", fileName: `${list.slug}.md` };
  }
  const posts = await loadPostsForExport(db, { criteria: exportCriteria(params), viewer });
  if (format === "bibtex") return { body: toBibtex(posts), contentType: "application/x-bibtex; charset=utf-8", fileName: `alignment-library-${stamp()}.bib` };
  return { body: toCsv(posts), contentType: "text/csv; charset=utf-8", fileName: `alignment-library-${stamp()}.csv` };
}
