import { makeTemplate, TEMPLATE_ENV } from './template';

/**
 * Vitest global setup of the node project: the database every testApp() copies, made once per run
 * (on PostgreSQL when DATABASE_URL is set), and dropped at the end.
 */
export default async function setup(): Promise<() => Promise<void>> {
  const template = await makeTemplate(process.env.DATABASE_URL || undefined);
  process.env[TEMPLATE_ENV] = template.ref;
  return () => template.drop();
}
