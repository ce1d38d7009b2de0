import { renderMarkdown } from "@/lib/markdown/render";

/** User markdown, only ever through the sanitizing renderer. */
export function ListMarkdown({ source, idPrefix }: { source: string; idPrefix: string }) {
  if (!source.trim()) return null;
  const { html } = renderMarkdown(source, { idPrefix });
  return <div className="prose" dangerouslySetInnerHTML={{ __html: html }} />;
}
