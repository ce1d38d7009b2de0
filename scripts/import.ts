// npm run import -- FILE|FOLDER [FILE...] [--format F] [--dry-run] [--list-title T] [--user EMAIL|HANDLE] [--verbose]
// Imports a file (format detected from its content) or a folder of Markdown posts into the
// library; prints what it created, merged and skipped. A JSON full backup (npm run export --
// --format json) is restored instead, into an empty database only.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { readDatabaseConfig } from "@/lib/db/config";
import { AppError } from "@/lib/errors";
import { closeAllPGlite } from "@/lib/db/pglite";
import { ImportParseError } from "@/lib/import";
import { createImportJob, executeJob } from "@/lib/import/apply/jobs";
import { parseBytes, parseMarkdownFolder, type ParsedInput } from "@/lib/import/apply/read-input";
import { summarize, type ImportReport } from "@/lib/import/apply/report";
import { isBackup, restoreBackup } from "@/lib/export/restore";
import { migrateDeploy } from "./lib/migrate";
import { preflight } from "./lib/preflight";
import { main, UserFacingError } from "./lib/run";

const USAGE = "Usage: npm run import -- FILE|FOLDER [FILE...] [--format F] [--dry-run] [--list-title T] [--user EMAIL|HANDLE] [--verbose]";

function readInput(target: string, format?: string): ParsedInput {
  if (!fs.existsSync(target)) throw new UserFacingError(`${target}: no such file or folder. ${USAGE}`);
  if (fs.statSync(target).isDirectory()) {
    const files = fs
      .readdirSync(target, { withFileTypes: true })
      .filter((e) => e.isFile() && !e.name.startsWith("."))
      .map((e) => ({ name: e.name, bytes: fs.readFileSync(path.join(target, e.name)) }));
    return parseMarkdownFolder(files, path.basename(target));
  }
  return parseBytes(fs.readFileSync(target), path.basename(target), format);
}

function printRows(report: ImportReport, all: boolean) {
  for (const r of report.rows) {
    // Without --verbose a real import lists only what changed existing rows or failed.
    if (!all && r.action !== "merge" && r.action !== "error") continue;
    const where = r.line ? `line ${r.line}` : r.kind;
    console.log(`  ${r.action.padEnd(6)} ${where}: ${r.title ? `"${r.title.slice(0, 80)}" ` : ""}- ${r.reason}`);
  }
}

main(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      format: { type: "string" },
      "dry-run": { type: "boolean", default: false },
      "list-title": { type: "string" },
      user: { type: "string" },
      verbose: { type: "boolean", short: "v", default: false },
      "batch-size": { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) return void console.log(USAGE);
  if (!positionals.length) throw new UserFacingError(USAGE);
  const batchSize = values["batch-size"] ? Number(values["batch-size"]) : undefined;
  if (batchSize !== undefined && !(Number.isInteger(batchSize) && batchSize >= 1 && batchSize <= 5000)) {
    throw new UserFacingError("--batch-size must be a whole number from 1 to 5000.");
  }

  // Parse every input first, open the database second: a bad file never touches it.
  const inputs: ({ kind: "backup"; text: string; name: string } | { kind: "import"; input: ParsedInput })[] = [];
  for (const target of positionals) {
    try {
      if (!values.format && /\.json$/i.test(target) && fs.existsSync(target) && fs.statSync(target).isFile()) {
        const text = fs.readFileSync(target, "utf8");
        if (isBackup(text)) {
          inputs.push({ kind: "backup", text, name: target });
          continue;
        }
      }
      inputs.push({ kind: "import", input: readInput(target, values.format) });
    } catch (e) {
      if (e instanceof ImportParseError) throw new UserFacingError(`${e.message}. Nothing was imported.`);
      throw e;
    }
  }

  const config = readDatabaseConfig();
  await preflight(config);
  await migrateDeploy();
  const { db } = await import("@/lib/db");
  const { runImport } = await import("@/lib/import/apply/run");
  const started = Date.now();
  let failed = false;
  try {
    for (const item of inputs) {
      if (item.kind === "backup") {
        if (values["dry-run"]) throw new UserFacingError("A full backup is restored as a whole; there is no dry run for it.");
        const t0 = Date.now();
        const counts = await restoreBackup(db, item.text).catch((e) => {
          throw e instanceof AppError ? new UserFacingError(`${item.name}: ${e.message}`) : e;
        });
        console.log(`Restored ${item.name}: ${Object.entries(counts).map(([k, n]) => `${n} ${k}`).join(", ")} (${Date.now() - t0} ms).`);
        continue;
      }
      const { parse, contentHash, fileName } = item.input;
      let actorId: string | null = null;
      if (values.user) {
        const u = await db.user.findFirst({ where: { OR: [{ email: values.user }, { handle: values.user }] }, select: { id: true } });
        if (!u) throw new UserFacingError(`--user ${values.user}: no user with that email or handle.`);
        actorId = u.id;
      } else if (parse.lists.length || values["list-title"]) {
        // Reading lists need an owner: the first admin, unless --user says otherwise.
        const admin = await db.user.findFirst({ where: { role: "admin" }, orderBy: { createdAt: "asc" }, select: { id: true, handle: true } });
        if (admin) {
          actorId = admin.id;
          console.log(`Reading lists will belong to @${admin.handle} (pass --user to choose).`);
        }
      }
      console.log(`${fileName}: ${parse.format}, ${parse.posts.length} posts, ${parse.agendas.length} agendas, ${parse.lists.length} reading lists.`);
      const t0 = Date.now();
      let report: ImportReport;
      if (values["dry-run"]) {
        report = await runImport(db, { parse, actorId, dryRun: true, listTitle: values["list-title"] });
        printRows(report, true);
      } else {
        const job = await createImportJob(db, { userId: actorId, fileName, contentHash, parse, listTitle: values["list-title"] });
        report = await executeJob(db, { jobId: job.id, parse, actorId, listTitle: values["list-title"], batchSize });
        printRows(report, values.verbose);
      }
      console.log(summarize(report));
      for (const e of report.errors) console.log(`  error${e.line ? ` line ${e.line}` : ""}: ${e.message}`);
      console.log(`${values["dry-run"] ? "Dry run, nothing written" : "Done"} in ${((Date.now() - t0) / 1000).toFixed(1)} s.`);
      if (report.errors.length) failed = true;
    }
    if (inputs.length > 1) console.log(`All ${inputs.length} inputs in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    return failed ? 2 : 0;
  } finally {
    await db.$disconnect();
    await closeAllPGlite();
  }
});
