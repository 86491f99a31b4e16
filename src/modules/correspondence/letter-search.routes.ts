import { defineRoutes } from '../../platform/http/define-routes.ts';
import { LetterSearchQuery, LetterSearchView } from './letter-search.contract.ts';
import { searchLetters } from './letter-search.service.ts';

/** Letter search over number, hal, summary, sender and the PDF's text, limited to the letters I may see. */
export const letterSearchRoutes = defineRoutes('correspondence', (r) => {
  r.route({
    method: 'GET',
    url: '/api/letters/search',
    summary: 'Cari surat (nomor, hal, ringkasan, pengirim, isi PDF; bahasa Indonesia dengan stemming)',
    permission: 'correspondence.letter.read',
    querystring: LetterSearchQuery,
    response: { 200: LetterSearchView },
    handler: ({ ctx, query }) => searchLetters(ctx, query),
  });
});
