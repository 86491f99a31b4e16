/**
 * A WhatsApp-shaped outgoing webhook: Pamong POSTs a WhatsApp Cloud API style text message
 * (`messaging_product`, `to`, `type: "text"`, `text.body`) to a tenant-configured gateway URL, which
 * relays it. The gateway itself is outside Pamong (an external seam).
 */
export interface ChatMessage {
  /** The recipient's phone number in international form without "+", e.g. `6281226504471`. */
  readonly to: string;
  readonly body: string;
}

/** Sends chat messages to a gateway; `configured` is false without a URL. */
export interface ChatWebhook {
  readonly configured: boolean;
  send(message: ChatMessage): Promise<void>;
}

/** Normalises an Indonesian phone number to `62…` digits, or undefined when it is not one. */
export function internationalPhone(phone: string | null | undefined): string | undefined {
  const digits = (phone ?? '').replace(/[^\d+]/g, '').replace(/^\+/, '');
  if (/^62\d{8,13}$/.test(digits)) return digits;
  if (/^0\d{8,13}$/.test(digits)) return `62${digits.slice(1)}`;
  return undefined;
}

/** A webhook client posting JSON with an optional bearer token; a non-2xx answer is an error (the job retries). */
export function createChatWebhook(settings: { url?: string; token?: string; timeoutMs?: number }): ChatWebhook {
  const { url, token } = settings;
  if (!url) return { configured: false, send: () => Promise.reject(new Error('WHATSAPP_WEBHOOK_URL is not set')) };
  return {
    configured: true,
    async send(message) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ messaging_product: 'whatsapp', to: message.to, type: 'text', text: { body: message.body } }),
        signal: AbortSignal.timeout(settings.timeoutMs ?? 10_000),
      });
      if (!response.ok) throw new Error(`chat webhook answered HTTP ${response.status}`);
    },
  };
}
