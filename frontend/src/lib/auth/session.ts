// What the rest of the app needs from the identity provider. Keycloak implements it in the
// browser (keycloak.ts); tests install a fake one. Keeping it this small lets the API client and
// the header work without knowing about Keycloak.
export interface AuthSession {
  /** A valid access token, refreshed first when it expires within 30 s. */
  getToken(): Promise<string>;
  /** Sends the browser to the sign-in page. */
  login(): void;
  /** Ends the session at the identity provider and comes back to the app. */
  logout(): void;
}

let session: AuthSession | null = null;

export function setAuthSession(next: AuthSession | null): void {
  session = next;
}

export function getAuthSession(): AuthSession {
  if (!session) throw new Error('No authenticated session: sign in first.');
  return session;
}
