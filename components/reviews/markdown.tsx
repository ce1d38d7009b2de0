import { renderMarkdown } from "@/lib/markdown/render";

/** User markdown, only ever through the sanitizing renderer. */
export function Markdown({ source, idPrefix, className = "prose" }: { source: string; idPrefix: string; className?: string }) {
  const { html } = renderMarkdown(source, { idPrefix });
  return <div className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
