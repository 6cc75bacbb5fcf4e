// The English strings of the public and partner pages beyond the home page and a profile (directory,
// map, partners, registry, twinnings, news, results, comments, My TwinBridge, notifications, form
// validation): loaded (index.ts's loadPages) before the first of their pages or dialogs renders, and
// from then on with every language switch. Some top-level keys continue keys of en.json
// (mergeDictionaries joins them).
import pages from './pages.en.json';
import home from './home.en.json';
import news from './news.en.json';
import results from './results.en.json';
import comments from './comments.en.json';

// The area files each hold a top-level key of their own, none of them in pages.en.json.
export default { ...pages, ...home, ...news, ...results, ...comments };
