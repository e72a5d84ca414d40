import Keycloak from 'keycloak-js';

import { getLanguage } from '@/lib/i18n';

import { setAuthSession, type AuthSession } from './session';

const MIN_VALIDITY_SECONDS = 30;

/**
 * Signs the user in (redirecting to Keycloak's login page when needed, with PKCE) and installs the
 * session used by the API client. Resolves only once a token is held; the app renders nothing of
 * the user's data before that.
 */
export async function initKeycloakSession(): Promise<AuthSession> {
  const keycloak = new Keycloak({
    url: import.meta.env.VITE_KEYCLOAK_URL || 'http://localhost:8180',
    realm: 'binhdang',
    clientId: 'binhdang-spa',
  });

  await keycloak.init({
    onLoad: 'login-required',
    pkceMethod: 'S256',
    checkLoginIframe: false,
    locale: getLanguage(),
  });

  const session: AuthSession = {
    async getToken() {
      try {
        await keycloak.updateToken(MIN_VALIDITY_SECONDS);
      } catch {
        // The refresh token has expired too: the only way on is a fresh sign-in.
        await keycloak.login({ locale: getLanguage() });
      }
      if (!keycloak.token) throw new Error('Not signed in');
      return keycloak.token;
    },
    login() {
      void keycloak.login({ locale: getLanguage() });
    },
    logout() {
      void keycloak.logout({ redirectUri: `${window.location.origin}/` });
    },
  };
  keycloak.onTokenExpired = () => {
    void keycloak.updateToken(MIN_VALIDITY_SECONDS).catch(() => undefined);
  };
  setAuthSession(session);
  return session;
}
