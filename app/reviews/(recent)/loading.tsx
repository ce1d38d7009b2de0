export default function Loading() {
  return (
    <div className="stack" role="status" aria-busy="true" aria-label="Loading reviews">
      <div className="skeleton" style={{ height: "2rem", width: "40%" }} />
      <div className="skeleton" style={{ height: "4rem" }} />
      <div className="skeleton" style={{ height: "8rem" }} />
    </div>
  );
}
