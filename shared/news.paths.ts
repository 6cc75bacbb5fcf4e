// Paths of the news pages, apart from news.ts's schemas so the web app's first visit (the home page's
// latest news) links to posts without loading zod.

/** The post page's path in the web app (the feed and share tags link to it). */
export function newsPath(id: string): string {
  return `/news/${id}`;
}
