/** Security classes whose content never leaves Pamong by e-mail or chat (SKKAAD: R and SR). */
const WITHHELD = new Set(['rahasia', 'sangat_rahasia']);

/** The text that leaves Pamong for a notification: rahasia content is replaced by a neutral notice. */
export function outboundText(n: { title: string; body: string; security: string; link: string | null }, baseUrl: string) {
  const link = n.link ? `${baseUrl.replace(/\/$/, '')}${n.link}` : baseUrl;
  // SECURITY: a Rahasia/Sangat Rahasia letter's subject, sender or summary is never put in e-mail or chat.
  if (WITHHELD.has(n.security))
    return {
      subject: 'Pamong: ada naskah terbatas untuk Anda',
      text: `Ada naskah berklasifikasi rahasia untuk Anda. Buka Pamong untuk membacanya: ${link}`,
    };
  return { subject: `Pamong: ${n.title}`, text: `${n.title}\n\n${n.body}\n\n${link}` };
}
