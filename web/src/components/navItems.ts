/** The main navigation, in header order; labels are i18n keys. */
export const NAV_ITEMS = [
  { to: '/authorities', label: 'nav.directory' },
  { to: '/map', label: 'nav.map' },
  { to: '/partners', label: 'nav.partners' },
  { to: '/twinnings', label: 'nav.twinnings' },
  { to: '/grants', label: 'nav.grants' },
  { to: '/consultations', label: 'nav.consultations' },
  { to: '/library', label: 'nav.library' },
  { to: '/events', label: 'nav.events' },
  { to: '/results', label: 'nav.results' },
] as const;
