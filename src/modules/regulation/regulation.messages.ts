/** Server messages of the regulation module (keys are prefixed `regulation.`; import problems `regulation.kka.`). */
export const regulationMessages = {
  id: {
    packNotDraft:
      'Paket regulasi versi {{version}} bukan draf sehingga tidak dapat diubah. Buat draf baru (atau impor KKA) lalu aktifkan.',
    onlyDraftActivates: 'Hanya draf yang dapat diaktifkan; paket regulasi versi {{version}} bukan draf.',
    noActivePack: 'Pemda ini belum memiliki paket regulasi aktif.',
    eachCodeOnce: 'Isi setiap kode tepat satu kali.',
    duplicateCode: 'Kode tidak boleh dipakai dua kali.',
    documentTypeCodeFormat: 'Kode jenis naskah berupa huruf besar, angka dan garis bawah, diawali huruf (contoh: SD, UND, KEP).',
    signerLevelFormat: 'Tingkat penandatangan berupa awalan eselon I, II, III, IV atau V (boleh dengan .a atau .b).',
    variantNeedsKorespondensi:
      'Varian surat (surat dinas, undangan, nota dinas) wajib untuk tata letak korespondensi dan tidak dipakai pada tata letak judul.',
    kkaCodeFormatShort: 'Kode klasifikasi berbentuk 000, 000.8 atau 000.8.3.3.',
    noFile: 'Unggah satu berkas XLSX pada kolom "file".',
    importRejected: 'Impor KKA ditolak dan tidak ada yang disimpan; perbaiki masalah berikut (uji coba menampilkan semuanya).',
    kka: {
      fileUnreadable: 'Berkas tidak dapat dibaca sebagai XLSX. Simpan ulang sebagai Excel Workbook (.xlsx) dari templat.',
      tooManyRows: 'Berkas berisi lebih dari {{max}} baris.',
      empty: 'Lembar ini tidak berisi satu pun baris KKA.',
      headerMissing: 'Judul kolom "{{expected}}" tidak ditemukan di baris 1.',
      required: 'Kolom {{column}} wajib diisi.',
      cellError: 'Sel berisi galat Excel {{value}}.',
      codeAsNumber:
        'Kode tersimpan sebagai angka ({{value}}) sehingga angka nol dapat hilang. Format kolom Kode sebagai Teks lalu ketik ulang.',
      codeFormat: 'Kode "{{value}}" tidak sah: gunakan angka bertitik seperti 000, 000.8 atau 000.8.3.3.',
      topLevel: 'Kode pokok "{{value}}" tidak dikenal: tingkat teratas hanya 000, 100, 200, …, 900.',
      duplicate: 'Kode "{{value}}" sudah ada di baris {{firstRow}}.',
      unknownParent: 'Induk "{{parent}}" dari kode "{{value}}" tidak ada di berkas maupun di paket regulasi.',
      invalidText: 'Kolom {{column}} berisi karakter yang tidak diizinkan.',
      tooLong: 'Kolom {{column}} terlalu panjang ({{length}} karakter, paling banyak {{max}}).',
      retentionNotNumber: '{{column}} harus bilangan bulat tahun 0–{{max}} (ditemukan "{{value}}").',
      unknownDisposition: 'Nasib akhir "{{value}}" tidak dikenal; pilih musnah, permanen atau dinilai kembali.',
    },
  },
  en: {
    packNotDraft:
      'Regulation pack version {{version}} is not a draft and cannot be changed. Make a draft (or import KKA), then activate it.',
    onlyDraftActivates: 'Only a draft can be activated; regulation pack version {{version}} is not a draft.',
    noActivePack: 'This regency has no active regulation pack.',
    eachCodeOnce: 'Give every code exactly once.',
    duplicateCode: 'A code may be used only once.',
    documentTypeCodeFormat:
      'A document type code is upper-case letters, digits and underscores, starting with a letter (e.g. SD, UND, KEP).',
    signerLevelFormat: 'A signer level is an echelon prefix I, II, III, IV or V (optionally with .a or .b).',
    variantNeedsKorespondensi:
      'A letter variant (surat dinas, undangan, nota dinas) is required for the korespondensi layout and not used with the title layout.',
    kkaCodeFormatShort: 'A classification code looks like 000, 000.8 or 000.8.3.3.',
    noFile: 'Upload one XLSX file in the "file" field.',
    importRejected: 'The KKA import was refused and nothing was saved; fix the problems below (a dry run lists them all).',
    kka: {
      fileUnreadable: 'The file cannot be read as XLSX. Save it again as an Excel Workbook (.xlsx) from the template.',
      tooManyRows: 'The file has more than {{max}} rows.',
      empty: 'This sheet has no KKA rows.',
      headerMissing: 'Column header "{{expected}}" was not found in row 1.',
      required: 'Column {{column}} is required.',
      cellError: 'The cell holds the Excel error {{value}}.',
      codeAsNumber:
        'The code is stored as a number ({{value}}), so zeros may be lost. Format the Kode column as Text and type it again.',
      codeFormat: 'Code "{{value}}" is invalid: use dotted numbers such as 000, 000.8 or 000.8.3.3.',
      topLevel: 'Main class "{{value}}" is unknown: the top level is only 000, 100, 200, …, 900.',
      duplicate: 'Code "{{value}}" already appears in row {{firstRow}}.',
      unknownParent: 'The parent "{{parent}}" of code "{{value}}" is neither in the file nor in the regulation pack.',
      invalidText: 'Column {{column}} contains characters that are not allowed.',
      tooLong: 'Column {{column}} is too long ({{length}} characters, at most {{max}}).',
      retentionNotNumber: '{{column}} must be a whole number of years 0–{{max}} (found "{{value}}").',
      unknownDisposition: 'Final disposition "{{value}}" is unknown; choose musnah, permanen or dinilai kembali.',
    },
  },
};
