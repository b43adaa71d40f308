import { Global, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { SMVP_RULES } from '../infrastructure/smvp-rules.token';
import { loadSmvpRules } from './smvp-rules-file';

/**
 * The SMVP rules, read once when the app is built: a wrong file stops the start. Global, so that
 * whatever scores or warns (the queries, the audit dossier) injects the same rules.
 */
@Global()
@Module({
  providers: [
    {
      provide: SMVP_RULES,
      inject: [ConfigService],
      useFactory: (config: ConfigService) => loadSmvpRules(config.getOrThrow<string>('SMVP_RULES_PATH')),
    },
  ],
  exports: [SMVP_RULES],
})
export class SmvpRulesModule {}
