export default function LoadingImport() {
  return (
    <div aria-busy="true" aria-live="polite">
      <span className="visually-hidden">Loading…</span>
      <div className="skeleton" style={{ height: "2rem", width: "10rem", marginBottom: "1rem" }} />
      <div className="skeleton" style={{ height: "14rem", marginBottom: "1rem" }} />
      <div className="skeleton" style={{ height: "6rem" }} />
    </div>
  );
}
