// The web's entry points to the importer, on the app's database client. Server actions
// call these (they may not import the client themselves).
import "server-only";
import { db } from "@/lib/db";
import type { ParseResult } from "../types";
import { confirmPreview, createPreviewJob, executeJob } from "./jobs";

export function previewImport(input: { userId: string; fileName: string; contentHash: string; parse: ParseResult; listTitle?: string }) {
  return createPreviewJob(db, input);
}

export function confirmImport(input: { previewId: string; actor: { id: string } }) {
  return confirmPreview(db, input);
}

export function runImportJob(input: { jobId: string; parse: ParseResult; actorId: string; listTitle?: string }) {
  return executeJob(db, input);
}
