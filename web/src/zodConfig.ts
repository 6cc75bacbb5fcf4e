import { z } from 'zod';

// No compiled validators: zod would probe `new Function`, which the CSP (no eval) refuses and the
// browser reports as a violation even though zod catches it. zod probes when an object schema is
// built, i.e. while the shared contracts load: so this module is main.tsx's first import.
z.config({ jitless: true });
