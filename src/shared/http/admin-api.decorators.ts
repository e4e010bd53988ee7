import { applyDecorators } from '@nestjs/common';
import { ApiForbiddenResponse, ApiSecurity, ApiUnauthorizedResponse } from '@nestjs/swagger';

/** Marks an admin-API controller: API-key security and the errors every admin route shares. */
export const AdminApi = () =>
  applyDecorators(
    ApiSecurity('apiUser'),
    ApiSecurity('apiKey'),
    ApiUnauthorizedResponse({ description: 'Missing or invalid API credentials' }),
    ApiForbiddenResponse({ description: 'The caller is not a sys admin: {"error":"Permission denied for … non-admins must use the member api"}' }),
  );
