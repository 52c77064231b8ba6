import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { initI18n } from './i18n/i18n';
import './styles.css';

// The browser mode's address carries the access token once; the server has set a cookie, so the
// token is taken out of the address bar, history and any screenshot.
if (new URLSearchParams(window.location.search).has('token')) {
  window.history.replaceState(null, '', `${window.location.pathname}${window.location.hash}`);
}

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
