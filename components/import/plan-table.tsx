import Link from "next/link";
import type { PlanRow } from "@/lib/import/apply/report";

const LABELS: Record<PlanRow["action"], string> = { create: "Create", merge: "Merge", skip: "Skip", error: "Error" };
const SHOWN = 500;

/** The per-row report: what each row of the file does (or did), and why. */
export function PlanTable({ rows, caption }: { rows: PlanRow[]; caption: string }) {
  if (!rows.length) return <p className="empty">The file holds no rows to import.</p>;
  const shown = rows.slice(0, SHOWN);
  return (
    <div style={{ overflowX: "auto" }}>
      <table className="import-plan" style={{ borderCollapse: "collapse", width: "100%", fontSize: ".9rem" }}>
        <caption style={{ textAlign: "left", fontWeight: 600, marginBottom: ".4rem" }}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" style={cell}>Line</th>
            <th scope="col" style={cell}>What</th>
            <th scope="col" style={cell}>Title</th>
            <th scope="col" style={cell}>Action</th>
            <th scope="col" style={cell}>Why</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((r, i) => (
            <tr key={i}>
              <td style={cell}>{r.line || ""}</td>
              <td style={cell}>{r.kind}</td>
              <td style={cell}>
                {r.slug && r.kind === "list" ? <Link href={`/lists/${r.slug}`}>{r.title}</Link> : r.title || <span className="muted">—</span>}
              </td>
              <td style={cell}>
                <span className="chip">{LABELS[r.action]}</span>
              </td>
              <td style={cell}>{r.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > SHOWN && <p className="small muted">…and {rows.length - SHOWN} more rows.</p>}
    </div>
  );
}

const cell: React.CSSProperties = { borderBottom: "1px solid var(--border)", padding: ".3rem .5rem", textAlign: "left", verticalAlign: "top" };
