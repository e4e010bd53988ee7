import { setFlagsFromString } from 'node:v8';

/**
 * Imported first by main.ts. V8 allocates objects straight into the old generation at allocation
 * sites whose objects have tended to survive (pretenuring). A file batch holds its objects across
 * several young-generation collections, so after a few batches the sites that also serve small
 * requests (driver rows, parsed bodies) stay pretenured: those requests' short-lived objects then
 * fill the old generation, and under the image's bounded heap the server spent a quarter of its
 * CPU in full collections. Node does not accept this flag in NODE_OPTIONS.
 */
setFlagsFromString('--no-allocation-site-pretenuring');
