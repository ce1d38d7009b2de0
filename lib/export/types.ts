// The plain shape every post export format takes (BibTeX, CSV), loaded once by load.ts.
export type ExportPost = {
  slug: string;
  title: string;
  authors: string[];
  url: string | null;
  lesswrongId: string | null;
  arxivId: string | null;
  doi: string | null;
  source: string;
  kind: string;
  publishedAt: Date | null;
  publishedYear: number | null;
  summary: string;
  wordCount: number | null;
  tags: string[];
  agendas: string[];
  reviewCount: number;
  ratingMean: number | null;
};

export type ExportList = {
  slug: string;
  title: string;
  description: string;
  owner: string;
  sections: {
    title: string | null;
    entries: { note: string; core: boolean; post: Pick<ExportPost, "slug" | "title" | "authors" | "url" | "publishedYear"> }[];
  }[];
};
