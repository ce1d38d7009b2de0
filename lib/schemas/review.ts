import { z } from "zod";
import { storableString } from "@/lib/schemas/text";

// 50,000 characters is a long essay-review; anything bigger is a paste accident or abuse.
export const REVIEW_BODY_MAX = 50_000;

/** Empty form fields mean "no rating": OpenReview's scales are optional here. */
const optionalScore = (min: number, max: number, label: string) =>
  z.preprocess(
    (v) => (v === "" || v === null || v === undefined ? undefined : typeof v === "string" ? Number(v) : v),
    z
      .number({ error: `${label} must be a whole number from ${min} to ${max}.` })
      .int(`${label} must be a whole number from ${min} to ${max}.`)
      .min(min, `${label} must be from ${min} to ${max}.`)
      .max(max, `${label} must be from ${min} to ${max}.`)
      .optional(),
  );

export const reviewBody = storableString({ error: "Write the review." })
  .trim()
  .min(1, "Write the review: the body cannot be empty.")
  .max(REVIEW_BODY_MAX, `The review is too long (at most ${REVIEW_BODY_MAX.toLocaleString("en")} characters).`);

export const reviewFieldsSchema = z.object({
  body: reviewBody,
  rating: optionalScore(1, 10, "Rating"),
  confidence: optionalScore(1, 5, "Confidence"),
});

export const createReviewSchema = reviewFieldsSchema.extend({
  postId: storableString({ error: "Which post?" }).min(1, "Which post?").max(100),
});

export const updateReviewSchema = reviewFieldsSchema.extend({
  reviewId: storableString().min(1).max(100),
});

export const reviewIdSchema = z.object({ reviewId: storableString().min(1).max(100) });

export type ReviewFields = z.infer<typeof reviewFieldsSchema>;
export type CreateReviewInput = z.infer<typeof createReviewSchema>;
export type UpdateReviewInput = z.infer<typeof updateReviewSchema>;

/** The reviews part of a post page: which page of reviews, or the review to show (its page). */
export const postReviewsViewSchema = z.object({
  reviews: z.coerce.number().int().min(1).max(1_000_000).optional().catch(undefined),
  review: storableString().min(1).max(100).optional().catch(undefined),
});
export type PostReviewsView = z.infer<typeof postReviewsViewSchema>;
