// The English strings of the grant scheme, participation, events, the library, the account and admin pages
// and the legal notices: loaded (index.ts's
// loadAreas) before the first of their pages renders, and from then on with every language switch.
import grants from './grants.en.json';
import applications from './applications.en.json';
import evaluation from './evaluation.en.json';
import participation from './participation.en.json';
import events from './events.en.json';
import library from './library.en.json';
import accounts from './accounts.en.json';
import admin from './admin.en.json';
import legal from './legal.en.json';

export default { ...grants, ...applications, ...evaluation, ...participation, ...events, ...library, ...accounts, ...admin, ...legal };
