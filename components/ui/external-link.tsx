/** Only http(s) URLs become links: an imported "javascript:" URL stays inert text. */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? u.toString() : null;
  } catch {
    return null;
  }
}

export function ExternalLink({ href, children }: { href: string | null | undefined; children?: React.ReactNode }) {
  const safe = safeHttpUrl(href);
  if (!safe) return href ? <span>{href}</span> : null;
  return (
    <a href={safe} rel="noopener noreferrer nofollow">
      {children ?? safe}
    </a>
  );
}
