// The web's entry points to the importer, on the app's database client. Server actions
// call these (they may not import the client themselves).
import "server-only";
import { databaseKind, db } from "@/lib/db";
import type { ParseResult } from "../types";
import { confirmPreview, createPreviewJob, executeJob, STALE_AFTER_MS } from "./jobs";
import { hasUnfinishedImports, resumeStoppedImports } from "./resume";

export function previewImport(input: { userId: string; fileName: string; contentHash: string; parse: ParseResult; listTitle?: string }) {
  return createPreviewJob(db, input);
}

export function confirmImport(input: { previewId: string; actor: { id: string } }) {
  return confirmPreview(db, input);
}

export function runImportJob(input: { jobId: string; parse: ParseResult; actorId: string; listTitle?: string }) {
  return executeJob(db, input);
}

/**
 * At server start: resume web imports a killed server left unfinished, and look again while
 * any remain (another instance may die holding one). Runs in the background; a database that
 * is down at start-up is retried the same way.
 */
export function resumeImportsInBackground() {
  const again = () => setTimeout(() => void pass(STALE_AFTER_MS), STALE_AFTER_MS).unref();
  const pass = async (staleAfterMs: number) => {
    try {
      await resumeStoppedImports(db, staleAfterMs);
      if (await hasUnfinishedImports(db)) again();
    } catch (e) {
      console.error(`Resuming interrupted imports failed, retrying: ${(e as Error).message.split("\n").pop()}`);
      again();
    }
  };
  // The embedded database admits one process: at start-up, any unfinished job is this
  // folder's previous server's, dead, so there is no need to wait for its heartbeat to age.
  void pass(databaseKind() === "pglite" ? 0 : STALE_AFTER_MS);
}
