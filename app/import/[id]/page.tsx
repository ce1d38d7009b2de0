import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ConfirmImportForm } from "@/components/import/confirm-form";
import { JobProgress } from "@/components/import/job-progress";
import { PlanTable } from "@/components/import/plan-table";
import { getCurrentUser } from "@/lib/auth/session";
import { getImportJob } from "@/lib/queries/import-jobs";

export const metadata: Metadata = { title: "Import" };

export default async function ImportJobPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, user] = await Promise.all([params, getCurrentUser()]);
  if (!user) {
    return (
      <p className="notice">
        <Link href={`/sign-in?next=/import/${encodeURIComponent(id)}`}>Sign in</Link> to see this import.
      </p>
    );
  }
  const job = await getImportJob(id, user);
  if (!job) notFound();
  const counts = job.byKind
    ? Object.entries(job.byKind).filter(([, c]) => c.created + c.merged + c.skipped + c.errors > 0)
    : [];

  if (job.dryRun) {
    return (
      <div className="stack">
        <h1>Preview: {job.fileName || job.format}</h1>
        <p className="meta">
          <span>Format: {job.format}</span>
          <span>Nothing has been written yet.</span>
        </p>
        <ul aria-label="What the import would do">
          {counts.map(([kind, c]) => (
            <li key={kind}>
              {kind}s: <strong>{c.created}</strong> would be created, <strong>{c.merged}</strong> merged, <strong>{c.skipped}</strong> skipped
            </li>
          ))}
        </ul>
        {job.confirmedAs ? (
          <p className="notice">
            This preview was confirmed: <Link href={`/import/${job.confirmedAs}`}>see the import</Link>.
          </p>
        ) : (
          <div className="chips" style={{ alignItems: "center", gap: "1rem" }}>
            <ConfirmImportForm previewId={job.id} />
            <Link href="/import">Cancel</Link>
          </div>
        )}
        <PlanTable rows={job.rows} caption="Row by row" />
      </div>
    );
  }

  return (
    <div className="stack">
      <h1>Import: {job.fileName || job.format}</h1>
      <JobProgress
        key={job.status}
        initial={{ id: job.id, status: job.status, total: job.total, processed: job.processed, created: job.created, merged: job.merged, skipped: job.skipped }}
      />
      <noscript>
        <p>
          <Link href={`/import/${job.id}`}>Refresh to see the progress</Link>
        </p>
      </noscript>
      {job.errors.length > 0 && (
        <section aria-labelledby="import-errors">
          <h2 id="import-errors">Problems</h2>
          <ul>
            {job.errors.map((e, i) => (
              <li key={i} className="field-error">
                {e.line ? `Line ${e.line}: ` : ""}
                {e.message}
              </li>
            ))}
          </ul>
        </section>
      )}
      {job.status === "done" && <PlanTable rows={job.rows} caption="What the import did, row by row" />}
    </div>
  );
}
