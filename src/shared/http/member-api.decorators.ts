import { applyDecorators } from '@nestjs/common';
import { ApiForbiddenResponse, ApiNotFoundResponse, ApiSecurity, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';

/** Tags a member-API controller: its OpenAPI tag, the API-key security, and the errors every route shares. */
export const MemberApi = (tag: string) =>
  applyDecorators(
    ApiTags(tag),
    ApiSecurity('apiUser'),
    ApiSecurity('apiKey'),
    ApiUnauthorizedResponse({ description: 'Missing or invalid API credentials: {"StatusCode":401,"Error":"API credentials are missing or invalid."}' }),
    ApiForbiddenResponse({ description: 'The record or the requested institution belongs to another institution: {"error":"Permission denied for …"}' }),
  );

/** The 404 of a show route whose id or identifier matches no record. */
export const ApiShowNotFound = () => ApiNotFoundResponse({ description: 'No record with that id or identifier: {"error":"Not found: <path>"}' });
