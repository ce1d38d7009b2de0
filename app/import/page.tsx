import type { Metadata } from "next";
import Link from "next/link";
import { ImportUploadForm } from "@/components/import/upload-form";
import { getCurrentUser } from "@/lib/auth/session";
import { findRecentImportJobs } from "@/lib/queries/import-jobs";

export const metadata: Metadata = { title: "Import" };

export default async function ImportPage() {
  const user = await getCurrentUser();
  if (!user) {
    return (
      <>
        <h1>Import</h1>
        <p className="notice">
          <Link href="/sign-in?next=/import">Sign in</Link> to bring posts into the library from Zotero, BibTeX, LessWrong, a list of links or Markdown.
        </p>
      </>
    );
  }
  const jobs = await findRecentImportJobs(user);
  return (
    <div className="stack">
      <h1>Import</h1>
      <p className="muted">
        Upload a file: you see what it would create, merge and skip before anything is written. Posts already in the library
        (same LessWrong or arXiv id, DOI, URL or title) are completed, never duplicated; fields someone edited by hand are left alone.
      </p>
      <ImportUploadForm />
      <section aria-labelledby="recent-imports">
        <h2 id="recent-imports">Your recent imports</h2>
        {jobs.length === 0 ? (
          <p className="empty">No imports yet.</p>
        ) : (
          <ul className="post-list">
            {jobs.map((j) => (
              <li key={j.id}>
                <Link href={`/import/${j.id}`}>{j.fileName || j.format}</Link>{" "}
                <span className="meta">
                  <span>{j.dryRun ? "preview" : j.status}</span>
                  <span>{j.format}</span>
                  <span>{j.created} created, {j.merged} merged, {j.skipped} skipped</span>
                  <time dateTime={j.createdAt.toISOString()}>{j.createdAt.toISOString().slice(0, 16).replace("T", " ")}</time>
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <p>
        <Link href="/export">Export the library</Link>
      </p>
    </div>
  );
}
