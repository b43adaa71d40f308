import { Logger } from '@nestjs/common';
import type { DeadlinePerson } from '@ciclo/domain';
import { createTransport, type Transporter } from 'nodemailer';
import { redactedUrl } from '../../../api/src/reminders/redis-client';

export interface ReminderMail {
  to: DeadlinePerson & { email: string };
  subject: string;
  text: string;
  /** derived from the job: a receiving server or client can spot a second copy */
  messageId: string;
  headers: Record<string, string>;
}

/** E-mail through SMTP_URL; without it reminders go to the in-app inbox only. */
export class ReminderMailer {
  private readonly transport?: Transporter;

  constructor(
    smtpUrl: string | undefined,
    private readonly from: string,
  ) {
    const logger = new Logger('ReminderMailer');
    if (!smtpUrl) {
      logger.warn('SMTP_URL is not set: reminders go to the in-app inbox only (GET /api/notifications)');
      return;
    }
    this.transport = createTransport(smtpUrl, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 });
    logger.log(`Reminders are e-mailed through ${redactedUrl(smtpUrl)}`);
  }

  get enabled(): boolean {
    return this.transport !== undefined;
  }

  /** Resolves once the SMTP server accepted the message. */
  async send(mail: ReminderMail): Promise<void> {
    if (!this.transport) throw new Error('e-mail is not configured (SMTP_URL)');
    await this.transport.sendMail({
      from: this.from,
      to: { name: mail.to.name, address: mail.to.email },
      subject: mail.subject,
      text: mail.text,
      messageId: mail.messageId,
      headers: mail.headers,
    });
  }

  close(): void {
    this.transport?.close();
  }
}
