export default function Loading() {
  return (
    <div aria-busy="true" aria-label="Loading reading lists">
      <div className="skeleton" style={{ height: "2rem", width: "60%", marginBottom: "1rem" }} />
      <div className="skeleton" style={{ height: "1rem", width: "40%", marginBottom: "1.5rem" }} />
      {[0, 1, 2, 3].map((i) => (
        <div key={i} className="skeleton" style={{ height: "4rem", marginBottom: ".6rem" }} />
      ))}
    </div>
  );
}
