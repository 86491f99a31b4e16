/** English texts of the Perjanjian Kinerja XLSX export/import buttons (the rest comes from esakipXlsx). */
export const enEsakipPkXlsx = {
  esakipPkXlsx: {
    download: 'Download agreement XLSX',
    file: 'Agreement XLSX file to import (targets and budget)',
    draftOnly: 'Targets and budget can be imported from XLSX only while the agreement is a draft.',
  },
};
