// Text lengths and words for the benchmark's synthetic library, drawn from the real data
// in ../shared/data (read in place, never copied): log-normal fits of summary and review
// lengths, real titles, and a corpus of real prose to cut texts from.
import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";

export const SHARED_DATA = process.env.SHARED_DATA_DIR ?? path.resolve("..", "shared", "data");

type Fit = { mu: number; sigma: number; samples: number };

function fit(lengths: number[]): Fit {
  const logs = lengths.filter((n) => n > 0).map(Math.log);
  const mu = logs.reduce((a, b) => a + b, 0) / logs.length;
  const sigma = Math.sqrt(logs.reduce((a, b) => a + (b - mu) ** 2, 0) / (logs.length - 1));
  return { mu, sigma, samples: logs.length };
}

export type Calibration = { summary: Fit; review: Fit; reply: Fit; titles: string[]; corpus: string };

export function calibrate(): Calibration {
  const read = (f: string) => parse(fs.readFileSync(path.join(SHARED_DATA, f), "utf8"), { columns: true, relax_quotes: true, skip_empty_lines: true }) as Record<string, string>[];
  const af = read("af-posts.csv");
  const newsletter = read("alignment-newsletter.csv");
  const summaries = af.map((r) => r.summary).filter((s) => s?.trim());
  const opinions = newsletter.map((r) => r["My opinion"]).filter((s) => s?.trim());
  const nlSummaries = newsletter.map((r) => r.Summary).filter((s) => s?.trim());
  // Replies are conversational: shorter than reviews. Without reply data of our own, use
  // the opinions' shape scaled to a third of their length.
  const review = fit(opinions.map((s) => s.length));
  return {
    summary: fit([...summaries, ...nlSummaries].map((s) => s.length)),
    review,
    reply: { mu: review.mu - Math.log(3), sigma: review.sigma, samples: review.samples },
    titles: af.map((r) => r.title).filter(Boolean),
    corpus: [...summaries, ...opinions, ...nlSummaries].join(" ").replace(/\s+/g, " ").replace(/[<>]/g, " "),
  };
}
