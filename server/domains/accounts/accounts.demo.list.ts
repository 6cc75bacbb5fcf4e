import type { Role } from '../../../shared/accounts';

// Kept free of server imports so e2e specs can read the accounts without loading the database layer.

/** The one password of every demo account (demo mode only, never in production by default). */
export const DEMO_PASSWORD = 'twinbridge-demo';

export interface DemoAccount {
  email: string;
  name: string;
  role: Role;
  locale: 'tr' | 'en';
  /** An assessor's country, for calls that exclude assessors from the applicants' countries. */
  country?: string;
  /** Officers act for this authority through an approved link. */
  authorityCode?: string;
  position?: string;
}

/** The demo accounts, one per role (three assessors), for the start-up table, tests and e2e specs. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: 'admin@twinbridge.demo', name: 'Demo Admin', role: 'admin', locale: 'en' },
  { email: 'manager@twinbridge.demo', name: 'Demo Programme Manager', role: 'programme_manager', locale: 'en' },
  { email: 'assessor@twinbridge.demo', name: 'Demo Assessor', role: 'assessor', locale: 'en' },
  // Evaluation needs two independent assessors per application, and a third when scores diverge.
  { email: 'assessor2@twinbridge.demo', name: 'Elena Rossi', role: 'assessor', locale: 'en', country: 'IT' },
  { email: 'assessor3@twinbridge.demo', name: 'Mehmet Demir', role: 'assessor', locale: 'tr' },
  {
    email: 'istanbul@twinbridge.demo',
    name: 'Ayşe Yılmaz',
    role: 'officer',
    locale: 'tr',
    authorityCode: 'TR-BSB-34',
    position: 'International Relations',
  },
  {
    email: 'koln@twinbridge.demo',
    name: 'Jonas Becker',
    role: 'officer',
    locale: 'en',
    authorityCode: 'DE_05315000',
    position: 'Städtepartnerschaften',
  },
  { email: 'citizen@twinbridge.demo', name: 'Demo Citizen', role: 'public', locale: 'tr' },
];
