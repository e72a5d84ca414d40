#!/usr/bin/env bash
# Run once by the postgres image on an empty data volume (docker-entrypoint-initdb.d), as the
# cluster's superuser (POSTGRES_USER, postgres). Creates two ordinary roles, neither a superuser:
#   binhdang  owns database binhdang: Flyway's migrations and the application run as this role
#             (it may create the trusted extension pg_trgm in its own database, nothing more);
#   keycloak  owns database keycloak.
# Passwords from BINHDANG_DB_PASSWORD and KEYCLOAK_DB_PASSWORD (docker-compose.yml, from .env).
set -euo pipefail
: "${BINHDANG_DB_PASSWORD:?BINHDANG_DB_PASSWORD is required}"
: "${KEYCLOAK_DB_PASSWORD:?KEYCLOAK_DB_PASSWORD is required}"
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v app_password="$BINHDANG_DB_PASSWORD" -v kc_password="$KEYCLOAK_DB_PASSWORD" <<'SQL'
CREATE ROLE binhdang LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD :'app_password';
CREATE DATABASE binhdang OWNER binhdang ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' TEMPLATE template0;
REVOKE ALL ON DATABASE binhdang FROM PUBLIC;
CREATE ROLE keycloak LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD :'kc_password';
CREATE DATABASE keycloak OWNER keycloak ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE keycloak FROM PUBLIC;
SQL
