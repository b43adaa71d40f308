import { Logger, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import { CommandHandlingModule } from '../command-handling/command-handling.module';
import { Configuration } from '../config/configuration';
import { AUTH_FAILURE_LIMITS, AuthenticationGuard, AuthFailureLimits } from './authentication.guard';
import { AUTH_SETTINGS, Authenticator, AuthSettings } from './authenticator.service';
import { PlanReadGuard } from './plan-read.guard';
import { resolveSigningKeys } from './signing-keys';

const logger = new Logger('Authentication');

function authSettings(config: ConfigService<Configuration, true>): AuthSettings {
  const keys = resolveSigningKeys({
    JWT_SECRET: config.get('JWT_SECRET', { infer: true }),
    JWT_PUBLIC_KEY: config.get('JWT_PUBLIC_KEY', { infer: true }),
    SQLITE_PATH: config.get('SQLITE_PATH', { infer: true }),
  });
  const allowDevHeaders = config.get('ALLOW_DEV_HEADERS', { infer: true });
  if (keys.generatedSecretFile) {
    logger.warn(
      `JWT_SECRET is not set: tokens are signed with the secret generated in ${keys.generatedSecretFile} ` +
        '(fine for a demo; set JWT_SECRET or JWT_PUBLIC_KEY in production). Mint one with: npm run token -- --help',
    );
  }
  if (allowDevHeaders) {
    logger.warn('ALLOW_DEV_HEADERS=true: anyone can act as anyone with the X-Actor / X-Role headers. Never in production.');
  }
  return {
    keys,
    issuer: config.get('JWT_ISSUER', { infer: true }),
    audience: config.get('JWT_AUDIENCE', { infer: true }),
    allowDevHeaders,
  };
}

/** Authentication (bearer JWT, or development headers) and the read policy, for every route. */
@Module({
  imports: [JwtModule.register({}), ThrottlerModule.forRoot([]), CommandHandlingModule],
  providers: [
    { provide: AUTH_SETTINGS, inject: [ConfigService], useFactory: authSettings },
    {
      provide: AUTH_FAILURE_LIMITS,
      inject: [ConfigService],
      useFactory: (config: ConfigService<Configuration, true>): AuthFailureLimits => ({
        limit: config.get('AUTH_FAILURE_LIMIT', { infer: true }),
        windowMs: config.get('AUTH_FAILURE_WINDOW_SECONDS', { infer: true }) * 1000,
      }),
    },
    Authenticator,
    { provide: APP_GUARD, useClass: AuthenticationGuard },
    { provide: APP_GUARD, useClass: PlanReadGuard },
  ],
})
export class AuthModule {}
