export default function Loading() {
  return (
    <div aria-busy="true" aria-label="Loading my reading">
      <div className="skeleton" style={{ height: "2rem", width: "40%", marginBottom: "1rem" }} />
      <div className="skeleton" style={{ height: "4rem", marginBottom: "1rem" }} />
      <div className="skeleton" style={{ height: "10rem", marginBottom: "1rem" }} />
      <div className="skeleton" style={{ height: "12rem" }} />
    </div>
  );
}
