import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { initI18n } from './i18n/i18n';
import { webToken } from './api/web-token';
import { localizeValidity } from './app/localize-validity';
import './styles.css';

// The browser mode's address carries its key once, after the #: it moves into this tab's session
// storage and out of the address bar, the history and any screenshot, before the first request.
webToken.adopt();

// The browser's own messages for required and malformed fields, in the page's language.
localizeValidity();

const root = document.getElementById('root');
if (root !== null) {
  void initI18n().then(() => {
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  });
}
