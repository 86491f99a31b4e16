/**
 * The structured content of a naskah dinas (official document) as the renderer reads it.
 * Layout families follow Permendagri 1/2023: korespondensi (letter shape) and title block.
 */

/** Korespondensi: place/date right, Nomor/Sifat/Lampiran/Hal, addressee. Title block: centred title, NOMOR, TENTANG. */
export type LayoutFamily = 'korespondensi' | 'title_block';

/** Letter shapes inside the korespondensi family. */
export type KorespondensiVariant = 'surat_dinas' | 'undangan' | 'nota_dinas';

/** The letterhead (kop naskah dinas) of the regency or of a unit that may carry its own kop. */
export interface Kop {
  /** The lambang daerah as PNG or JPEG bytes; omitted when the tenant has not uploaded one. */
  readonly lambang?: Uint8Array;
  /** Name lines, top to bottom, e.g. ["PEMERINTAH KABUPATEN KARANGANYAR", "DINAS KOMUNIKASI DAN INFORMATIKA"]. */
  readonly lines: readonly string[];
  readonly address: string;
  readonly phone?: string;
  readonly fax?: string;
  readonly website?: string;
  readonly email?: string;
  readonly postalCode?: string;
}

/** One item of a list; items may nest one level of sub-items. */
export interface ListItem {
  readonly text: string;
  readonly children?: readonly string[];
}

/** A block of body content. */
export type BodyBlock =
  | { readonly kind: 'paragraph'; readonly text: string }
  /** A bold heading; `align: 'center'` for lines such as "MEMUTUSKAN:". */
  | { readonly kind: 'heading'; readonly text: string; readonly align?: 'left' | 'center' }
  | { readonly kind: 'list'; readonly style: 'numbered' | 'lettered' | 'bullet'; readonly items: readonly ListItem[] }
  | { readonly kind: 'table'; readonly header: readonly string[]; readonly rows: readonly (readonly string[])[] }
  /** Label/colon/value rows, e.g. "Hari/tanggal : Senin, …" or "Menimbang : a. …". */
  | { readonly kind: 'fields'; readonly rows: readonly FieldRow[] };

/** One label/colon/value row; an array value is printed as a list (lettered unless `listStyle` says numbered). */
export interface FieldRow {
  readonly label: string;
  readonly value: string | readonly string[];
  /** How an array value is labelled; "Mengingat" lists are numbered. Defaults to lettered. */
  readonly listStyle?: 'lettered' | 'numbered';
}

/** How the signer signs: in their own right, on behalf of (a.n.), by order of (u.b.), or as Plt./Plh./Pj. */
export type SigningCapacity = 'definitif' | 'an' | 'ub' | 'plt' | 'plh' | 'pj';

/** The signature block of one signer. */
export interface SignerBlock {
  readonly capacity: SigningCapacity;
  /** For a.n./u.b.: the jabatan signed for, e.g. "BUPATI KARANGANYAR". */
  readonly onBehalfOf?: string;
  /** For u.b.: the intermediate jabatan, e.g. "Sekretaris Daerah". */
  readonly via?: string;
  /** The signer's own jabatan, e.g. "Kepala Dinas Komunikasi dan Informatika". */
  readonly jabatan: string;
  readonly name: string;
  /** Pangkat/golongan, e.g. "Pembina Utama Muda (IV/c)". */
  readonly pangkat?: string;
  readonly nip?: string;
}

/** Everything needed to render one naskah dinas. */
export interface NaskahContent {
  readonly layout: LayoutFamily;
  readonly variant?: KorespondensiVariant;
  /** The document title in capitals for title-block and nota dinas, e.g. "SURAT TUGAS". */
  readonly title: string;
  /** The number; a draft shows a blank to be filled at signing. */
  readonly number?: string;
  /** Place of signing, e.g. "Karanganyar". */
  readonly place: string;
  /** ISO date YYYY-MM-DD; rendered in Indonesian, e.g. "28 November 2026". */
  readonly date: string;
  readonly sifat?: string;
  readonly lampiran?: string;
  readonly hal?: string;
  /** Addressee lines ("Yth. …"), korespondensi only; the renderer adds "di" + `addresseePlace`. */
  readonly addressee?: readonly string[];
  readonly addresseePlace?: string;
  /** Nota dinas header: Dari. */
  readonly from?: string;
  /** Title block only: the TENTANG line. */
  readonly about?: string;
  readonly body: readonly BodyBlock[];
  /** Signers in signing order (slot `signerIndex` is an index into this list). */
  readonly signers: readonly SignerBlock[];
  /**
   * Where the blocks are printed: signer indices left to right, row by row (default: signing order). A PK is
   * signed first by pihak pertama, whose block the PermenPANRB 53/2014 format prints on the right.
   */
  readonly printOrder?: readonly number[];
  readonly tembusan?: readonly string[];
  /** Lampiran pages that follow the letter. */
  readonly attachments?: readonly { readonly title: string; readonly body: readonly BodyBlock[] }[];
  /** A marking for terbatas/rahasia documents, printed at the top and bottom of each page. */
  readonly securityMark?: string;
}

/** A rectangle in PDF points with the origin at the page's bottom-left corner. */
export interface PdfRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Where signer number `signerIndex` signs: the blank area of its signature block. */
export interface SignatureSlot {
  readonly signerIndex: number;
  /** Zero-based page index. */
  readonly page: number;
  readonly rect: PdfRect;
}

/** The rendered PDF and where each signer's visible signature goes. */
export interface RenderedNaskah {
  readonly pdf: Buffer;
  readonly pageCount: number;
  readonly slots: readonly SignatureSlot[];
}
