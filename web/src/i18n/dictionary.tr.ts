// Every Turkish string of the app in one module: index.ts loads only the active language's
// (a chunk of its own), so a visit downloads one dictionary, not both.
import base from './tr.json';
import grants from './grants.tr.json';
import applications from './applications.tr.json';
import evaluation from './evaluation.tr.json';
import conflicts from './conflicts.tr.json';
import home from './home.tr.json';
import legal from './legal.tr.json';
import participation from './participation.tr.json';
import comments from './comments.tr.json';
import news from './news.tr.json';
import library from './library.tr.json';
import events from './events.tr.json';
import results from './results.tr.json';

// Areas with their own dictionary files (top-level key of their own) are merged in here.
export default { ...base, ...grants, ...applications, ...evaluation, ...conflicts, ...home, ...legal, ...participation, ...comments, ...news, ...library, ...events, ...results };
