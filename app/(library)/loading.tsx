// In a route group so this skeleton covers "/" only (see app/agendas/(tree)/loading.tsx).
export default function LoadingLibrary() {
  return (
    <div aria-busy="true" aria-live="polite">
      <span className="visually-hidden">Loading the library…</span>
      <div className="skeleton" style={{ height: "2rem", width: "12rem", marginBottom: "1rem" }} />
      <div className="skeleton" style={{ height: "6rem", marginBottom: "1rem" }} />
      <ul className="post-list">
        {Array.from({ length: 8 }, (_, i) => (
          <li key={i}>
            <div className="skeleton" style={{ height: "1.1rem", width: "60%", marginBottom: ".4rem" }} />
            <div className="skeleton" style={{ height: ".8rem", width: "35%" }} />
          </li>
        ))}
      </ul>
    </div>
  );
}
