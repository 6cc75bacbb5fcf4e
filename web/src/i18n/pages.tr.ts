// The Turkish strings of the public and partner pages beyond the home page and a profile (directory,
// map, partners, registry, twinnings, news, results, comments, My TwinBridge, notifications, form
// validation): loaded (index.ts's loadPages) before the first of their pages or dialogs renders, and
// from then on with every language switch. Some top-level keys continue keys of tr.json
// (mergeDictionaries joins them).
import pages from './pages.tr.json';
import home from './home.tr.json';
import news from './news.tr.json';
import results from './results.tr.json';
import comments from './comments.tr.json';

// The area files each hold a top-level key of their own, none of them in pages.tr.json.
export default { ...pages, ...home, ...news, ...results, ...comments };
