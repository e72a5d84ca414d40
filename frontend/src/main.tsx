import './app/styles';

import { Button, MantineProvider } from '@mantine/core';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from './app';
import { theme } from './app/theme';
import { FullPageMessage } from './components/ui/full-page-message';
import { initKeycloakSession } from './lib/auth/keycloak';
import { dictionaryFor, getLanguage, loadDictionary } from './lib/i18n';

const root = createRoot(document.getElementById('root') as HTMLElement);
document.documentElement.lang = getLanguage();

function renderBare(node: ReactNode) {
  root.render(
    <StrictMode>
      <MantineProvider theme={theme}>{node}</MantineProvider>
    </StrictMode>,
  );
}

async function start() {
  // The chosen language's words first (English is a separate chunk); Vietnamese if it cannot load.
  await loadDictionary(getLanguage()).catch(() => undefined);
  const t = dictionaryFor(getLanguage());

  // Nothing of the user's data renders before Keycloak has signed them in (login-required).
  renderBare(<FullPageMessage title={t.auth.signingIn} loading />);

  initKeycloakSession().then(
    () => {
      root.render(
        <StrictMode>
          <App />
        </StrictMode>,
      );
    },
    (error: unknown) => {
      console.error('Keycloak sign-in failed', error);
      renderBare(
        <FullPageMessage title={t.auth.signInFailed}>
          {t.auth.signInFailedText}
          <div style={{ marginTop: 12 }}>
            <Button onClick={() => window.location.reload()}>{t.auth.signInAgain}</Button>
          </div>
        </FullPageMessage>,
      );
    },
  );
}

void start();
