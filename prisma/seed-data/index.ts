export type {
  SeedAgenda,
  SeedList,
  SeedPost,
  SeedRelation,
  SeedReply,
  SeedReview,
  SeedStatus,
  SeedTag,
  SeedUser,
} from "./types";
export { agendas } from "./agendas";
export { tags } from "./tags";
export { posts } from "./posts";
export { users, reviews, replies, relations, lists, statuses } from "./people";
