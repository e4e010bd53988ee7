import { applyDecorators, UseInterceptors } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { WebLocalsInterceptor } from './web-locals.interceptor.js';

/**
 * Marks a controller of the web UI: its pages get the layout's data (WebLocalsInterceptor), and
 * it stays out of the API documents. API routes pass no interceptor at all, which spares each of
 * their requests Nest's interceptor chain.
 */
export const WebPages = () => applyDecorators(ApiExcludeController(), UseInterceptors(WebLocalsInterceptor));
