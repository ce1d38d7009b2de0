/** "7.3 / 10" with a label that reads well to a screen reader. */
export function Rating({ mean, count }: { mean: number | null; count: number }) {
  if (mean == null || !count) return <span className="muted">unrated</span>;
  return (
    <span aria-label={`mean rating ${mean.toFixed(1)} out of 10 from ${count} rating${count === 1 ? "" : "s"}`}>
      ★ {mean.toFixed(1)}<span className="muted">/10</span>
    </span>
  );
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
