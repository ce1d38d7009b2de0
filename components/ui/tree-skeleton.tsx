/** Placeholder lines while a tree page (agendas, tags) loads. */
export function TreeSkeleton() {
  return (
    <div aria-busy="true" aria-live="polite">
      <span className="visually-hidden">Loading…</span>
      <div className="skeleton" style={{ height: "2rem", width: "14rem", marginBottom: "1rem" }} />
      {Array.from({ length: 10 }, (_, i) => (
        <div key={i} className="skeleton" style={{ height: "1rem", width: `${50 + ((i * 17) % 40)}%`, marginBottom: ".6rem" }} />
      ))}
    </div>
  );
}
