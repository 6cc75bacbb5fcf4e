// The English strings every page may need (the shell, the public pages): index.ts loads
// only the active language's, as a chunk of its own. The grant scheme's, participation's, events', the
// library's, the account pages', the admin's and the legal notices' strings are in areas.en.ts, loaded with the
// pages that use them, and the conflicts' sentences load with the first 409 (index.ts).
import base from './en.json';
import home from './home.en.json';
import news from './news.en.json';
import results from './results.en.json';
import comments from './comments.en.json';

// Areas with their own dictionary files (top-level key of their own) are merged in here.
export default { ...base, ...home, ...news, ...results, ...comments };
