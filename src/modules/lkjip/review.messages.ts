/** Server messages of the LKjIP reviu (keys `lkjip.review.…`), Indonesian and English; registered under `lkjip`. */
export const reviewMessages = {
  id: {
    review: {
      notEvaluator: 'Hanya evaluator Inspektorat (APIP) yang dapat melakukan reviu laporan kinerja.',
      notPreparer: 'Hanya perencana perangkat daerah ini atau unit perencanaan (Bappeda) yang dapat menanggapi catatan reviu.',
      notVisible: 'Hasil reviu laporan ini belum dapat dilihat (reviu belum diterima dan laporan belum final).',
      exists: 'Laporan ini sudah memiliki reviu.',
      concluded: 'Reviu ini sudah diterima (selesai); catatannya tidak dapat diubah lagi.',
      noteResolved: 'Catatan ini sudah diselesaikan; buka kembali dahulu bila perlu diubah.',
      noteNotResolved: 'Catatan ini belum diselesaikan, sehingga tidak perlu dibuka kembali.',
      notesUnresolved: 'Reviu belum dapat diterima: masih ada catatan yang belum diselesaikan.',
      noteUnresolved: 'Catatan pada bagian "{{section}}" belum diselesaikan: {{excerpt}}',
      nothingToRevise: 'Tidak ada catatan yang belum diselesaikan untuk diperbaiki; terima reviu ini atau tambah catatan.',
      unknownSection: 'Bagian "{{key}}" tidak ada dalam kerangka laporan ini.',
      staleNote: 'Catatan ini baru saja diubah oleh orang lain; muat ulang lalu coba lagi.',
      staleReview: 'Reviu ini baru saja berubah (catatan atau tanggapan baru); muat ulang lalu coba lagi.',
    },
  },
  en: {
    review: {
      notEvaluator: 'Only an evaluator of the Inspektorat (internal auditor) may review a performance report.',
      notPreparer: 'Only the planners of this agency or the planning unit (Bappeda) may answer review notes.',
      notVisible: 'The review of this report cannot be seen yet (it is not accepted and the report is not final).',
      exists: 'This report already has a review.',
      concluded: 'This review is accepted (closed); its notes can no longer change.',
      noteResolved: 'This note is resolved; reopen it first if it needs to change.',
      noteNotResolved: 'This note is not resolved, so there is nothing to reopen.',
      notesUnresolved: 'The review cannot be accepted yet: some notes are not resolved.',
      noteUnresolved: 'The note on section "{{section}}" is not resolved: {{excerpt}}',
      nothingToRevise: 'There is no unresolved note to revise; accept the review or add a note.',
      unknownSection: 'Section "{{key}}" is not part of this report\'s outline.',
      staleNote: 'Someone else has just changed this note; reload and try again.',
      staleReview: 'This review has just changed (a new note or response); reload and try again.',
    },
  },
};
