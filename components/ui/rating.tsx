/** "7.3 / 10" with a label that reads well to a screen reader. */
export function Rating({ mean, count }: { mean: number | null; count: number }) {
  if (mean == null || !count) return <span className="muted">unrated</span>;
  return (
    // A plain span may not carry aria-label (axe: aria-prohibited-attr): the star stays
    // visual, the words are for screen readers.
    <span>
      <span aria-hidden="true">{`★ ${mean.toFixed(1)}`}<span className="muted">/10</span></span>
      <span className="visually-hidden">{`mean rating ${mean.toFixed(1)} out of 10 from ${plural(count, "rating")}`}</span>
    </span>
  );
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
