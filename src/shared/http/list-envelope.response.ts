import { applyDecorators, type Type } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, getSchemaPath } from '@nestjs/swagger';

/** OpenAPI for a list envelope of `item`: count, next, previous, and the page under `results` and `items`. */
export const ApiListResponse = (item: Type<unknown>, description: string) =>
  applyDecorators(
    ApiExtraModels(item),
    ApiOkResponse({
      description,
      schema: {
        type: 'object',
        required: ['count', 'next', 'previous', 'results', 'items'],
        properties: {
          count: { type: 'integer', format: 'int64', description: 'The total number of results matching your query.' },
          next: { type: 'string', description: 'Path and query of the next page of results, or "" on the last page.' },
          previous: { type: 'string', description: 'Path and query of the previous page of results, or "" on the first page.' },
          results: { type: 'array', items: { $ref: getSchemaPath(item) } },
          items: { type: 'array', description: 'The same array as results.', items: { $ref: getSchemaPath(item) } },
        },
      },
    }),
  );
