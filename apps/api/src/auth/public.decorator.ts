import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'ciclo:public';

/** A route anyone may call without a token (health checks for orchestrators and load balancers). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

export const TOKEN_IN_QUERY = 'ciclo:token-in-query';

/**
 * The route also takes the token as `?access_token=`: calendar clients (Outlook, Google Calendar)
 * subscribe to a URL and cannot send an Authorization header.
 */
export const TokenInQuery = () => SetMetadata(TOKEN_IN_QUERY, true);
