/**
 * Upper bounds the edge enforces, so one request cannot bloat a stream, a read model or an
 * export. They are generous for a comune's plan: the Levate seed's longest text is ~3,300
 * characters and its longest objective title 220.
 */
export const MAX_CODE_LENGTH = 200;
export const MAX_NAME_LENGTH = 200;
export const MAX_TITLE_LENGTH = 500;
/** indicator descriptions and targets, measures, notes of a value, sub-items */
export const MAX_LINE_LENGTH = 2_000;
/** descriptions, expected performance, notes, reasons, evidence */
export const MAX_TEXT_LENGTH = 20_000;
export const MAX_EMAIL_LENGTH = 254;

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

/** ente.code becomes part of stream names (`delibere-<code>`), hence no '-' */
export const ENTE_CODE_PATTERN = /^[a-z0-9_]{1,40}$/;

export const MAX_DELIBERA_NUMERO = 1_000_000;
/** a count is a number of things; decimals are allowed for ratios and FTEs */
export const MAX_COUNT = 1e12;
/** euro amounts may be negative (a deficit); cents must stay exact in a double */
export const MAX_ABS_CENTS = Number.MAX_SAFE_INTEGER;

export const MAX_CENTRI = 200;
export const MAX_ACTIVITIES = 500;
export const MAX_ACTIVITY_NUMBER = 10_000;
export const MAX_SUB_ITEMS = 100;
export const MAX_ACTIVITY_INDICATORS = 500;
export const MAX_INDICATOR_VALUES = 100;
export const MAX_OBJECTIVES = 100;
export const MAX_OBJECTIVE_INDICATORS = 50;
export const MAX_MEASURES = 50;
export const MAX_REFERENCE_YEARS = 10;
export const MAX_RESOURCE_COLUMNS = 20;
export const MAX_RESOURCE_ROWS = 500;
export const MAX_ADJUSTMENTS = 1_000;
