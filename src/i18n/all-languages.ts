import { templates as sv } from '../generated/locales/sv.js';
import { templates as fr } from '../generated/locales/fr.js';
import { addTemplates } from './localization.js';

// Every language's messages up front: the CDN bundle, the npm entry and the
// static export import this module; the per-element entries load a language's
// catalog when a widget first renders in it.
addTemplates({ sv, fr }, true);
