import { SMTPServer } from 'smtp-server';
import { freePort } from './api-process';

export interface ReceivedMail {
  from: string;
  to: string[];
  messageId: string;
  subject: string;
  text: string;
  headers: Record<string, string>;
}

export interface HeldMessage {
  /** the message whose answer is held */
  message: ReceivedMail;
  /** resolves when the sender's connection closed (e.g. it was killed) */
  closed: Promise<void>;
  /** answers the held DATA: 250 if `accept` and the sender is still there, else an error */
  release(accept: boolean): void;
}

export interface SmtpSink {
  url: string;
  /** messages the server accepted (answered 250), in order */
  received: ReceivedMail[];
  /** resolves when `count` messages have been accepted */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  /** holds the answer to the next complete DATA, to kill the sender in the middle of a delivery */
  holdNext(): Promise<HeldMessage>;
  /** refuse every message with a temporary error while true */
  refuse: boolean;
  /** how many messages were refused */
  refusals: number;
  stop(): Promise<void>;
}

/**
 * A real SMTP server (the smtp-server package) on a free loopback port, started inside the test:
 * what the worker sends crosses a real SMTP session, and the test reads what arrived.
 */
export async function startSmtpSink(): Promise<SmtpSink> {
  const port = await freePort();
  const received: ReceivedMail[] = [];
  const waiters = new Set<() => void>();
  const onSessionClose = new Map<string, () => void>();
  const closedSessions = new Set<string>();
  let holdRequest: ((held: HeldMessage) => void) | undefined;

  const sink: SmtpSink = {
    url: `smtp://127.0.0.1:${port}`,
    received,
    refuse: false,
    refusals: 0,
    waitFor: (count, timeoutMs = 20_000) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`only ${received.length} of ${count} messages arrived within ${timeoutMs} ms`));
        }, timeoutMs);
        const check = () => {
          if (received.length < count) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(received.slice());
        };
        waiters.add(check);
        check();
      }),
    holdNext: () => new Promise((resolve) => (holdRequest = resolve)),
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const message = parse(Buffer.concat(chunks), session.envelope);
        const accept = () => {
          received.push(message);
          callback();
          [...waiters].forEach((check) => check());
        };
        if (sink.refuse) {
          sink.refusals += 1;
          return callback(Object.assign(new Error('Servizio temporaneamente non disponibile'), { responseCode: 451 }));
        }
        const hold = holdRequest;
        holdRequest = undefined;
        if (!hold) return accept();
        const closed = new Promise<void>((resolve) => onSessionClose.set(session.id, resolve));
        hold({
          message,
          closed,
          release: (yes) => (yes && !closedSessions.has(session.id) ? accept() : callback(new Error('not accepted'))),
        });
      });
    },
    onClose(session) {
      closedSessions.add(session.id);
      onSessionClose.get(session.id)?.();
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return sink;
}

/** Headers (RFC 2047 words decoded) and the text body (quoted-printable or base64 decoded) of a message. */
function parse(raw: Buffer, envelope: { mailFrom: false | { address: string }; rcptTo: { address: string }[] }): ReceivedMail {
  const message = raw.toString('latin1');
  const split = message.indexOf('\r\n\r\n');
  const head = message.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const body = message.slice(split + 4);
  const headers: Record<string, string> = {};
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).toLowerCase()] = decodeWords(line.slice(colon + 1).trim());
  }
  const encoding = (headers['content-transfer-encoding'] ?? '7bit').toLowerCase();
  const text =
    encoding === 'base64'
      ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
      : encoding === 'quoted-printable'
        ? decodeQuotedPrintable(body)
        : Buffer.from(body, 'latin1').toString('utf8');
  return {
    from: envelope.mailFrom ? envelope.mailFrom.address : '',
    to: envelope.rcptTo.map((r) => r.address),
    messageId: headers['message-id'] ?? '',
    subject: headers.subject ?? '',
    text: text.replace(/\r\n/g, '\n').replace(/\n$/, ''),
    headers,
  };
}

/** Bytes of `=XX` escapes and soft line breaks back to UTF-8 text. */
function decodeQuotedPrintable(encoded: string): string {
  const text = encoded.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '=' && /^[0-9A-F]{2}$/i.test(text.slice(i + 1, i + 3))) {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(text.charCodeAt(i) & 0xff);
  }
  return Buffer.from(bytes).toString('utf8');
}

function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([QB])\?([^?]*)\?=/gi, (_, _charset, kind: string, encoded: string) =>
      kind.toUpperCase() === 'B' ? Buffer.from(encoded, 'base64').toString('utf8') : decodeQuotedPrintable(encoded.replace(/_/g, ' ')),
    );
}
