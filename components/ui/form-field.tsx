/** A labelled field with its error tied by aria-describedby; the input is passed as a render prop. */
export function FormField({
  id,
  label,
  hint,
  errors,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  errors?: string[];
  children: (aria: { id: string; name: string; "aria-describedby"?: string; "aria-invalid"?: boolean }) => React.ReactNode;
}) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && <p id={hintId} className="small muted" style={{ margin: "0 0 .25rem" }}>{hint}</p>}
      {children({ id, name: id, "aria-describedby": describedBy, "aria-invalid": errorId ? true : undefined })}
      {errorId && (
        <p id={errorId} className="field-error">
          {errors!.join(" ")}
        </p>
      )}
    </div>
  );
}
