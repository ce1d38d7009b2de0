"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import type { ImportJobView } from "@/lib/queries/import-jobs";

// Type-only: erased at build, so the client bundle does not pull in the server query.
export type JobStatus = Pick<ImportJobView, "id" | "status" | "total" | "processed" | "created" | "merged" | "skipped">;

/**
 * Polls the job row while it runs and shows a progress bar; when the job ends the page is
 * refreshed so the server renders the full report. Without JavaScript the page reloads
 * itself (meta refresh in the page) and shows the same bar.
 */
export function JobProgress({ initial }: { initial: JobStatus }) {
  const [job, setJob] = useState(initial);
  const router = useRouter();
  const running = job.status === "pending" || job.status === "running";

  useEffect(() => {
    if (!running) return;
    let stopped = false;
    const tick = async () => {
      try {
        const res = await fetch(`/api/import/${initial.id}`, { cache: "no-store" });
        if (res.ok) {
          const next = (await res.json()) as JobStatus;
          if (stopped) return;
          setJob(next);
          if (next.status === "done" || next.status === "failed") {
            router.refresh();
            return;
          }
        }
      } catch {
        // A failed poll is retried on the next tick.
      }
      if (!stopped) timer = setTimeout(tick, 700);
    };
    let timer = setTimeout(tick, 400);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [initial.id, running, router]);

  const pct = job.total ? Math.round((job.processed / job.total) * 100) : running ? 0 : 100;
  return (
    <section aria-labelledby="progress-heading" className="card">
      <h2 id="progress-heading" style={{ marginTop: 0 }}>
        {running ? "Importing…" : job.status === "failed" ? "Import stopped" : "Import finished"}
      </h2>
      <label htmlFor="import-progress">Rows processed</label>
      <progress id="import-progress" max={job.total || 1} value={job.processed} style={{ width: "100%", height: "1.2rem" }} aria-valuetext={`${pct}%`}>
        {pct}%
      </progress>
      <p aria-live="polite" role="status" className="meta">
        <span>{job.processed} of {job.total} rows ({pct}%)</span>
        <span>{job.created} created</span>
        <span>{job.merged} merged</span>
        <span>{job.skipped} skipped</span>
      </p>
      {job.status === "done" && (
        <p>
          <Link href="/?sort=recent_activity" className="btn">Open the library</Link>
        </p>
      )}
    </section>
  );
}
