import { config } from 'zod/v4/core';

// The server's Content-Security-Policy allows no eval. zod compiles a faster object parser with
// `new Function` after probing for it; under the policy that probe is reported as a violation
// (even though zod catches it and falls back), so the app uses the interpreted parser from the
// start. Imported first by the entry and by every worker that parses with zod, before any schema
// runs (a worker is a realm of its own, with its own zod config).
config({ jitless: true });
