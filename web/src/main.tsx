import './zodConfig';
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/charts/styles.css';
import './styles.css';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { i18nReady } from './i18n';
import { preloadPage } from './routes';

// The first render waits for the active language's dictionary (so no key ever shows untranslated),
// while the page's own chunk downloads beside it; a failed page chunk shows up when React asks for it.
// It renders as a transition: React then yields to the browser every few milliseconds instead of
// holding the main thread for the whole first tree (on a slow phone, hundreds of milliseconds).
const root = document.getElementById('root');
if (root) {
  void Promise.all([i18nReady, preloadPage(location.pathname).catch(() => undefined)]).then(() =>
    startTransition(() =>
      createRoot(root).render(
        <StrictMode>
          <App />
        </StrictMode>,
      ),
    ),
  );
}
