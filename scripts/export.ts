// npm run export -- --format bibtex|csv|json|markdown [--list SLUG] [--agenda SLUG] [--tag SLUG]
//   [--source S] [--year Y] [--q TEXT] [--with-secrets --admin EMAIL|HANDLE] [--base-url URL] [--out FILE | > FILE]
// Writes to stdout. The command line runs as the operator of the database, so it sees every
// list; password hashes leave only with --with-secrets, confirmed by naming an admin account.
import fs from "node:fs";
import { parseArgs } from "node:util";
import { readDatabaseConfig } from "@/lib/db/config";
import { closeAllPGlite } from "@/lib/db/pglite";
import { backupToJson, createBackup } from "@/lib/export/backup";
import { toBibtex } from "@/lib/export/bibtex";
import { exportCriteria } from "@/lib/export/criteria";
import { toCsv } from "@/lib/export/csv";
import { loadListForExport, loadPostsForExport } from "@/lib/export/load";
import { listToMarkdown } from "@/lib/export/markdown";
import { migrateDeploy } from "./lib/migrate";
import { preflight } from "./lib/preflight";
import { main, UserFacingError } from "./lib/run";

const FORMATS = ["bibtex", "csv", "json", "markdown"] as const;
const USAGE =
  "Usage: npm run export -- --format bibtex|csv|json|markdown [--list SLUG] [--agenda SLUG] [--tag SLUG] [--source S] [--year Y] [--q TEXT] [--with-secrets --admin EMAIL] [--out FILE]";

main(async () => {
  const { values } = parseArgs({
    options: {
      format: { type: "string" },
      list: { type: "string" },
      agenda: { type: "string" },
      tag: { type: "string", multiple: true },
      source: { type: "string" },
      year: { type: "string" },
      q: { type: "string" },
      sort: { type: "string" },
      "with-secrets": { type: "boolean", default: false },
      admin: { type: "string" },
      "base-url": { type: "string" },
      out: { type: "string", short: "o" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) return void console.log(USAGE);
  const format = values.format as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) throw new UserFacingError(`--format must be one of ${FORMATS.join(", ")}. ${USAGE}`);
  if (format === "markdown" && !values.list) throw new UserFacingError("--format markdown exports a reading list: pass --list SLUG.");
  if (values["with-secrets"] && format !== "json") throw new UserFacingError("--with-secrets applies to --format json only.");

  const config = readDatabaseConfig();
  await preflight(config);
  await migrateDeploy();
  const { db } = await import("@/lib/db");
  try {
    let out: string;
    if (format === "json") {
      if (values["with-secrets"]) {
        if (!values.admin) throw new UserFacingError("--with-secrets writes password hashes: confirm with --admin EMAIL|HANDLE of an admin account.");
        const admin = await db.user.findFirst({ where: { OR: [{ email: values.admin }, { handle: values.admin }] }, select: { role: true } });
        if (admin?.role !== "admin") throw new UserFacingError(`--admin ${values.admin}: no admin account with that email or handle.`);
      }
      out = backupToJson(await createBackup(db, { withSecrets: values["with-secrets"] }));
    } else if (format === "markdown") {
      // The operator sees every list: pass the owner as viewer so private lists export too.
      const owner = await db.readingList.findUnique({ where: { slug: values.list! }, select: { ownerId: true } });
      const list = owner && (await loadListForExport(db, { slug: values.list!, viewer: { id: owner.ownerId } }));
      if (!list) throw new UserFacingError(`--list ${values.list}: no reading list with that slug.`);
      out = listToMarkdown(list, { baseUrl: values["base-url"] ?? process.env.APP_URL ?? "http://localhost:3000" });
    } else {
      const params = new URLSearchParams();
      for (const k of ["agenda", "source", "year", "q", "sort"] as const) if (values[k]) params.set(k, values[k]!);
      for (const t of values.tag ?? []) params.append("tag", t);
      if (values.agenda && !(await db.agenda.findFirst({ where: { OR: [{ slug: values.agenda }, { oldSlugs: { has: values.agenda } }] } }))) {
        throw new UserFacingError(`--agenda ${values.agenda}: no agenda with that slug.`);
      }
      const posts = await loadPostsForExport(db, { criteria: exportCriteria(params), viewer: null });
      out = format === "bibtex" ? toBibtex(posts) : toCsv(posts);
      console.error(`${posts.length} posts.`);
    }
    // `npm run export -- ... > FILE` gets npm's "> script" banner in FILE too; --out (or `npm run -s`) avoids it.
    if (values.out) {
      fs.writeFileSync(values.out, out);
      console.error(`Wrote ${values.out} (${(Buffer.byteLength(out) / 1024).toFixed(0)} kB).`);
    } else {
      await new Promise<void>((resolve, reject) => process.stdout.write(out, (e) => (e ? reject(e) : resolve())));
    }
  } finally {
    await db.$disconnect();
    await closeAllPGlite();
  }
});
