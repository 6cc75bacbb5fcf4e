import { defineConfig } from 'drizzle-kit';

// Migrations are generated once from the drizzle tables and applied on start to PGlite and PostgreSQL alike.
export default defineConfig({
  dialect: 'postgresql',
  schema: './server/db/schema.ts',
  out: './server/db/migrations',
});
