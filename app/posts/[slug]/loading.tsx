export default function LoadingPost() {
  return (
    <div aria-busy="true" aria-live="polite">
      <span className="visually-hidden">Loading the post…</span>
      <div className="skeleton" style={{ height: "2rem", width: "70%", marginBottom: "1rem" }} />
      <div className="skeleton" style={{ height: "1rem", width: "40%", marginBottom: "1.5rem" }} />
      <div className="layout-2col">
        <div className="stack">
          {Array.from({ length: 6 }, (_, i) => (
            <div key={i} className="skeleton" style={{ height: "1rem" }} />
          ))}
        </div>
        <div className="skeleton" style={{ height: "12rem" }} />
      </div>
    </div>
  );
}
