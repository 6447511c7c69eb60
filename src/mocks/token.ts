// Its own module: importing the token must not pull in the catalogue or the country table.

/** Any non-empty bearer token is accepted; this one is what stories and docs use. */
export const mockToken = 'demo-token';
