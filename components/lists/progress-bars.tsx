import Link from "next/link";
import type { ListProgress } from "@/lib/queries/progress";

const pct = (n: number, d: number) => (d === 0 ? 0 : Math.round((100 * n) / d));

/** My progress through a list: core entries and all entries, read of total. */
export function ProgressBars({ progress, headingLevel = 2 }: { progress: ListProgress; headingLevel?: 2 | 3 }) {
  const H = `h${headingLevel}` as const;
  return (
    <section aria-label="My progress" className="list-progress">
      <H className="visually-hidden">My progress</H>
      <div>
        <span className="small" style={{ fontWeight: 600 }}>
          Core: {progress.coreRead} of {progress.coreTotal} read
        </span>
        <progress max={Math.max(progress.coreTotal, 1)} value={progress.coreRead} aria-label={`Core entries read: ${progress.coreRead} of ${progress.coreTotal}`}>
          {pct(progress.coreRead, progress.coreTotal)}%
        </progress>
      </div>
      <div>
        <span className="small" style={{ fontWeight: 600 }}>
          All: {progress.read} of {progress.total} read
        </span>
        <progress max={Math.max(progress.total, 1)} value={progress.read} aria-label={`All entries read: ${progress.read} of ${progress.total}`}>
          {pct(progress.read, progress.total)}%
        </progress>
      </div>
    </section>
  );
}

export function ContinueReading({ next }: { next: { slug: string; title: string } | null }) {
  return (
    <p className="continue-reading" data-testid="continue-reading">
      {next ? (
        <>
          <strong>Continue reading:</strong> <Link href={`/posts/${next.slug}`}>{next.title}</Link>
        </>
      ) : (
        <strong>All core entries read.</strong>
      )}
    </p>
  );
}
