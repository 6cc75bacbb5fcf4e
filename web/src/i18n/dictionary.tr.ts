// The Turkish strings every page may need (the shell, the public pages): index.ts loads
// only the active language's, as a chunk of its own. The grant scheme's, participation's, events', the
// library's, the account pages', the admin's and the legal notices' strings are in areas.tr.ts, loaded with the
// pages that use them, and the conflicts' sentences load with the first 409 (index.ts).
import base from './tr.json';
import home from './home.tr.json';
import news from './news.tr.json';
import results from './results.tr.json';
import comments from './comments.tr.json';

// Areas with their own dictionary files (top-level key of their own) are merged in here.
export default { ...base, ...home, ...news, ...results, ...comments };
