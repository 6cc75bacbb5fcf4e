// Every English string of the app in one module: index.ts loads only the active language's
// (a chunk of its own), so a visit downloads one dictionary, not both.
import base from './en.json';
import grants from './grants.en.json';
import applications from './applications.en.json';
import evaluation from './evaluation.en.json';
import conflicts from './conflicts.en.json';
import home from './home.en.json';
import legal from './legal.en.json';
import participation from './participation.en.json';
import comments from './comments.en.json';
import news from './news.en.json';
import library from './library.en.json';
import events from './events.en.json';
import results from './results.en.json';

// Areas with their own dictionary files (top-level key of their own) are merged in here.
export default { ...base, ...grants, ...applications, ...evaluation, ...conflicts, ...home, ...legal, ...participation, ...comments, ...news, ...library, ...events, ...results };
