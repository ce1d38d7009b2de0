import { connection } from "next/server";

// The benchmark's dynamic floor: rendered per request through the app's layout, touching
// no database, so route timings can be read as multiples of the framework's own cost.
export default async function DynamicFloorPage() {
  await connection();
  return (
    <>
      <h1>Dynamic floor</h1>
      <p className="muted">Rendered at {new Date().toISOString()} without a database query.</p>
    </>
  );
}
