"use client";

/** Unexpected failures land here; expected ones come back as form state or notFound(). */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="empty" role="alert">
      <h1>Something went wrong</h1>
      <p>The page could not be shown. Try again; if it keeps failing, tell us the code below.</p>
      {error.digest && <p className="small"><code>{error.digest}</code></p>}
      <button type="button" className="btn" onClick={reset}>Try again</button>
    </div>
  );
}
