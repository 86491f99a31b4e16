import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { enEvaluationRecommendations } from '../../features/evaluation/recommendations/i18n-en.ts';
import { idEvaluationRecommendations } from '../../features/evaluation/recommendations/i18n-id.ts';
import { enEvaluationTemplates } from '../../features/evaluation/templates/i18n-en.ts';
import { idEvaluationTemplates } from '../../features/evaluation/templates/i18n-id.ts';
import { enEvaluationEvidence } from '../../features/evaluation/worksheet/evidence-i18n-en.ts';
import { idEvaluationEvidence } from '../../features/evaluation/worksheet/evidence-i18n-id.ts';
import { enLkjipReviu } from '../../features/lkjip/reviu/i18n-en.ts';
import { idLkjipReviu } from '../../features/lkjip/reviu/i18n-id.ts';
import { enVillagesPk } from '../../features/villages/agreement/i18n-en.ts';
import { idVillagesPk } from '../../features/villages/agreement/i18n-id.ts';
import { enVillagesDpmd } from '../../features/villages/dpmd/i18n-en.ts';
import { idVillagesDpmd } from '../../features/villages/dpmd/i18n-id.ts';
import { enVillagesEvaluation } from '../../features/villages/evaluation/i18n-en.ts';
import { idVillagesEvaluation } from '../../features/villages/evaluation/i18n-id.ts';
import { enVillagesPlans } from '../../features/villages/plans/i18n-en.ts';
import { idVillagesPlans } from '../../features/villages/plans/i18n-id.ts';
import { enVillagesVerification } from '../../features/villages/verification/i18n-en.ts';
import { idVillagesVerification } from '../../features/villages/verification/i18n-id.ts';
import { setLanguageSource } from '../api.ts';
import { en } from './en.ts';
import { enEsakipAgreements } from './en-esakip-agreements.ts';
import { enEsakipDashboard } from './en-esakip-dashboard.ts';
import { enEsakipPkXlsx } from './en-esakip-pk-xlsx.ts';
import { enEsakipRealizations } from './en-esakip-realizations.ts';
import { enEsakipSettings } from './en-esakip-settings.ts';
import { enEvaluation } from './en-evaluation.ts';
import { enLkjip } from './en-lkjip.ts';
import { enVillages } from './en-villages.ts';
import { enVillagesDesa } from './en-villages-desa.ts';
import { id } from './id.ts';
import { idEsakipAgreements } from './id-esakip-agreements.ts';
import { idEsakipDashboard } from './id-esakip-dashboard.ts';
import { idEsakipPkXlsx } from './id-esakip-pk-xlsx.ts';
import { idEsakipRealizations } from './id-esakip-realizations.ts';
import { idEsakipSettings } from './id-esakip-settings.ts';
import { idEvaluation } from './id-evaluation.ts';
import { idLkjip } from './id-lkjip.ts';
import { idVillages } from './id-villages.ts';
import { idVillagesDesa } from './id-villages-desa.ts';

/** Languages of the UI; Indonesian first. */
export const LANGUAGES = ['id', 'en'] as const;
/** One UI language. */
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'pamong.language';

function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return value === 'en' ? 'en' : 'id';
  } catch {
    return 'id';
  }
}

/** The current UI language, narrowed to the supported ones. */
export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'id';
}

/** The BCP 47 locale used for number and date formatting. */
export function currentLocale(): string {
  return currentLanguage() === 'en' ? 'en-GB' : 'id-ID';
}

/** Switches the UI language, remembers it and updates `<html lang>`. */
export async function changeLanguage(language: Language): Promise<void> {
  await i18n.changeLanguage(language);
}

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode: the choice just isn't remembered.
  }
});

void i18n.use(initReactI18next).init({
  resources: { id: { translation: id }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: 'id',
  interpolation: { escapeValue: false },
});
i18n.addResourceBundle('id', 'translation', idEsakipRealizations, true, false);
i18n.addResourceBundle('en', 'translation', enEsakipRealizations, true, false);
i18n.addResourceBundle('id', 'translation', idEsakipAgreements, true, false);
i18n.addResourceBundle('en', 'translation', enEsakipAgreements, true, false);
i18n.addResourceBundle('id', 'translation', idEsakipSettings, true, false);
i18n.addResourceBundle('en', 'translation', enEsakipSettings, true, false);
i18n.addResourceBundle('id', 'translation', idEsakipDashboard, true, false);
i18n.addResourceBundle('en', 'translation', enEsakipDashboard, true, false);
i18n.addResourceBundle('id', 'translation', idEsakipPkXlsx, true, false);
i18n.addResourceBundle('en', 'translation', enEsakipPkXlsx, true, false);
i18n.addResourceBundle('id', 'translation', idVillages, true, false);
i18n.addResourceBundle('en', 'translation', enVillages, true, false);
i18n.addResourceBundle('id', 'translation', idVillagesDesa, true, false);
i18n.addResourceBundle('en', 'translation', enVillagesDesa, true, false);
i18n.addResourceBundle('id', 'translation', idVillagesEvaluation, true, false);
i18n.addResourceBundle('en', 'translation', enVillagesEvaluation, true, false);
i18n.addResourceBundle('id', 'translation', idVillagesVerification, true, false);
i18n.addResourceBundle('en', 'translation', enVillagesVerification, true, false);
i18n.addResourceBundle('id', 'translation', idVillagesDpmd, true, false);
i18n.addResourceBundle('en', 'translation', enVillagesDpmd, true, false);
i18n.addResourceBundle('id', 'translation', idVillagesPk, true, false);
i18n.addResourceBundle('en', 'translation', enVillagesPk, true, false);
i18n.addResourceBundle('id', 'translation', idVillagesPlans, true, false);
i18n.addResourceBundle('en', 'translation', enVillagesPlans, true, false);
i18n.addResourceBundle('id', 'translation', idEvaluation, true, false);
i18n.addResourceBundle('en', 'translation', enEvaluation, true, false);
i18n.addResourceBundle('id', 'translation', idEvaluationRecommendations, true, false);
i18n.addResourceBundle('en', 'translation', enEvaluationRecommendations, true, false);
i18n.addResourceBundle('id', 'translation', idLkjipReviu, true, false);
i18n.addResourceBundle('en', 'translation', enLkjipReviu, true, false);
i18n.addResourceBundle('id', 'translation', idLkjip, true, false);
i18n.addResourceBundle('en', 'translation', enLkjip, true, false);
i18n.addResourceBundle('id', 'translation', idEvaluationEvidence, true, false);
i18n.addResourceBundle('en', 'translation', enEvaluationEvidence, true, false);
i18n.addResourceBundle('id', 'translation', idEvaluationTemplates, true, false);
i18n.addResourceBundle('en', 'translation', enEvaluationTemplates, true, false);
document.documentElement.lang = i18n.language;
setLanguageSource(currentLanguage);

export { i18n };
