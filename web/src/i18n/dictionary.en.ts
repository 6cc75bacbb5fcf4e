// The English strings a first visit shows: the shell, the home page and a profile (with the few strings of
// other areas they show, e.g. a twinning's state). index.ts loads only the active language's, as a
// chunk of its own. The other public and partner pages' strings are in pages.en.ts, the grant scheme's,
// participation's, events', the library's, the account, admin and legal pages' in areas.en.ts, both
// loaded with the pages that use them, and the conflicts' sentences load with the first 409 (index.ts).
import start from './en.json';

export default start;
