export { IdentityModule } from './identity.module.js';
export { API_KEY_HEADER, API_USER_HEADER } from './application/api-key-authenticator.js';
