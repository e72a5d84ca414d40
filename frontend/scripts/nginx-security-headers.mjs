// Prints security-headers.mjs's headers as nginx add_header lines, for the Dockerfile: nginx's image
// fills ${KEYCLOAK_URL} from the container's environment when it installs the template.
import { securityHeaders } from '../security-headers.mjs';

const lines = [
  '# Generated from frontend/security-headers.mjs by scripts/nginx-security-headers.mjs: do not edit.',
  '# At http level, so every server and location that sets no add_header of its own inherits them.',
];
for (const [name, value] of Object.entries(securityHeaders('${KEYCLOAK_URL}'))) {
  lines.push(`add_header ${name} "${value.replaceAll('"', '\\"')}" always;`);
}
process.stdout.write(`${lines.join('\n')}\n`);
