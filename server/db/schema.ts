// Every drizzle table of every domain, for drizzle-kit and the typed db handle.
export * from '../platform/audit.schema';
export * from '../platform/mail.schema';
export * from '../domains/reference/reference.schema';
export * from '../domains/authorities/authorities.schema';
export * from '../domains/accounts/accounts.schema';
export * from '../domains/twinnings/twinnings.schema';
export * from '../domains/matching/matching.schema';
export * from '../domains/twinnings/twinnings.activities.schema';
export * from '../domains/twinnings/twinnings.files.schema';
export * from '../domains/grants/grants.schema';
export * from '../domains/participation/participation.schema';
export * from '../domains/comments/comments.schema';
export * from '../domains/news/news.schema';
export * from '../domains/knowledge/knowledge.schema';
export * from '../domains/events/events.schema';
