/** The time of a signature as printed beside the QR, in the tenant's time zone, e.g. `28-11-2026 17:05 WIB`. */
export function signatureTimeText(at: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')}-${part('month')}-${part('year')} ${part('hour')}:${part('minute')} ${zoneAbbreviation(timeZone)}`;
}

/** WIB/WITA/WIT for Indonesia's zones; the zone name elsewhere. */
export function zoneAbbreviation(timeZone: string): string {
  const zones: Record<string, string> = {
    'Asia/Jakarta': 'WIB',
    'Asia/Pontianak': 'WIB',
    'Asia/Makassar': 'WITA',
    'Asia/Jayapura': 'WIT',
  };
  return zones[timeZone] ?? timeZone;
}

/** The text beside the QR of a visible signature. */
export function visibleSignatureLines(name: string, jabatan: string, at: Date, timeZone: string): string[] {
  return ['Ditandatangani secara elektronik oleh:', name, jabatan, signatureTimeText(at, timeZone)];
}
