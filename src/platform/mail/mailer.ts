import nodemailer from 'nodemailer';

/** One e-mail: plain text always (readable everywhere), HTML optional, attachments optional. */
export interface MailMessage {
  readonly to: readonly string[];
  readonly subject: string;
  readonly text: string;
  readonly html?: string;
  readonly attachments?: readonly { filename: string; content: Buffer; contentType?: string }[];
}

/** Sends e-mail; `configured` is false when no SMTP server was set (mail is then skipped, not faked). */
export interface Mailer {
  readonly configured: boolean;
  send(message: MailMessage): Promise<{ messageId: string }>;
}

/** Mail settings: `smtp://user:pass@host:port` (or `smtps://…`) and the From address. */
export interface MailSettings {
  readonly smtpUrl?: string;
  readonly from: string;
  /** Accept self-signed certificates of a local relay (never for a public server). */
  readonly allowInsecureTls?: boolean;
}

/** Thrown when mail is asked for but no SMTP server is configured. */
export class MailNotConfiguredError extends Error {
  constructor() {
    super('SMTP_URL is not set; e-mail is switched off');
    this.name = 'MailNotConfiguredError';
  }
}

/** A mailer over SMTP (nodemailer), or a switched-off one when `smtpUrl` is absent. */
export function createMailer(settings: MailSettings): Mailer {
  if (!settings.smtpUrl) {
    return {
      configured: false,
      send: () => Promise.reject(new MailNotConfiguredError()),
    };
  }
  const url = new URL(settings.smtpUrl);
  const transport = nodemailer.createTransport({
    host: url.hostname,
    port: Number(url.port || (url.protocol === 'smtps:' ? 465 : 587)),
    secure: url.protocol === 'smtps:',
    auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
    ignoreTLS: url.searchParams.get('starttls') === 'off',
    tls: settings.allowInsecureTls ? { rejectUnauthorized: false } : undefined,
  });
  return {
    configured: true,
    async send(message) {
      const info = await transport.sendMail({
        from: settings.from,
        to: [...message.to],
        subject: message.subject,
        text: message.text,
        html: message.html,
        attachments: message.attachments?.map((a) => ({ filename: a.filename, content: a.content, contentType: a.contentType })),
      });
      return { messageId: String(info.messageId) };
    },
  };
}
