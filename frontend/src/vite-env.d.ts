/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Keycloak base URL as the browser reaches it; default http://localhost:8180. */
  readonly VITE_KEYCLOAK_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
