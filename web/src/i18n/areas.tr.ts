// The Turkish strings of the grant scheme, participation, events, the library, the account and admin pages
// and the legal notices: loaded (index.ts's
// loadAreas) before the first of their pages renders, and from then on with every language switch.
import grants from './grants.tr.json';
import applications from './applications.tr.json';
import evaluation from './evaluation.tr.json';
import participation from './participation.tr.json';
import events from './events.tr.json';
import library from './library.tr.json';
import accounts from './accounts.tr.json';
import admin from './admin.tr.json';
import legal from './legal.tr.json';

export default { ...grants, ...applications, ...evaluation, ...participation, ...events, ...library, ...accounts, ...admin, ...legal };
