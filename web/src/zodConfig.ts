// No compiled validators: zod would probe `new Function`, which the CSP (no eval) refuses and the
// browser reports as a violation even though zod catches it. zod probes when an object schema is
// built, i.e. when a page's shared contracts load: so this module is main.tsx's first import.
// It sets zod's global configuration object directly (zod 4 adopts a `globalThis.__zod_globalConfig`
// already there, zod/v4/core/core.js) instead of calling `z.config`, which would put all of zod in
// the first visit's JavaScript; only the forms that validate in the browser load it. zodConfig.test.ts
// checks that zod takes it.
type ZodGlobal = { __zod_globalConfig?: { jitless?: boolean } };
const holder = globalThis as ZodGlobal;
holder.__zod_globalConfig = { ...holder.__zod_globalConfig, jitless: true };
