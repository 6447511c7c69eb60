// `esim-picker/server`: code for the partner's backend only. Imports nothing from React or the browser layers.
export { createEsimProxy } from './proxy.js';
export type { EsimProxyErrorEvent, EsimProxyHandler, EsimProxyOptions, EsimProxyPath } from './proxy.js';
