import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { WebLocalsInterceptor } from './web-locals.interceptor.js';

/** Installs what every web page shares; the Fastify plugins are registered by installWebPlugins. */
@Module({ providers: [{ provide: APP_INTERCEPTOR, useClass: WebLocalsInterceptor }] })
export class WebModule {}
