// In a route group so the skeleton covers the tree page only: a loading boundary above
// /[slug] would start streaming before notFound() and turn a 404 into a 200.
export { TreeSkeleton as default } from "@/components/ui/tree-skeleton";
