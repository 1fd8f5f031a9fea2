import { config } from 'zod/v4/core';

// The server's Content-Security-Policy allows no eval. zod compiles a faster object parser with
// `new Function` after probing for it; under the policy that probe is reported as a violation
// (even though zod catches it and falls back), so the app uses the interpreted parser from the
// start. Imported first by the entry, before any schema runs.
config({ jitless: true });
