import { defineMiddleware } from 'astro:middleware';
import { inLanguage } from '~/i18n';
import { languageOfPath } from '~/lib/site/urls';

/** Every page renders in the language of its URL: /ko/… in Korean, the rest in English. */
export const onRequest = defineMiddleware((context, next) => inLanguage(languageOfPath(context.url.pathname), next));
