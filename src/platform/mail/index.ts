/** Outgoing messages: e-mail over SMTP and a WhatsApp-shaped webhook. */
export { type ChatMessage, type ChatWebhook, createChatWebhook, internationalPhone } from './chat-webhook.ts';
export { createMailer, type Mailer, type MailMessage, MailNotConfiguredError, type MailSettings } from './mailer.ts';
