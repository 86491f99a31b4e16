import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLanguage, LANGUAGES } from './i18n/index.ts';

const NAMES = { id: 'Bahasa Indonesia', en: 'English' } as const;

/** Two toggle buttons (ID / EN); the pressed one is the current language. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const active = currentLanguage();
  return (
    <Group gap={0} role="group" aria-label={t('shell.language')}>
      {LANGUAGES.map((language) => (
        <Button
          key={language}
          size="compact-sm"
          variant={language === active ? 'filled' : 'default'}
          aria-pressed={language === active}
          aria-label={NAMES[language]}
          lang={language}
          onClick={() => void changeLanguage(language)}
        >
          {language.toUpperCase()}
        </Button>
      ))}
    </Group>
  );
}
