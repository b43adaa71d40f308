/** Base path of every plan route; the app sets no global prefix. */
export const PLANS_ROUTE = 'api/plans';
