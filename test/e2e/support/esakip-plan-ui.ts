/** Browser steps of the e-SAKIP journey on the plan tree and in Mantine dialogs (Indonesian labels). */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** Opens a node's action menu in the plan tree and picks one item. */
export async function nodeAction(page: Page, title: string, item: string) {
  await page.getByRole('button', { name: `Tindakan untuk ${title}`, exact: true }).click();
  await page.getByRole('menuitem', { name: item, exact: true }).click();
}

/** Saves the open dialog and waits for it to close. */
export async function saveDialog(page: Page) {
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Simpan', exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
}

/** Adds an indicator to a node through its menu, then its target for `year` through the indicator's menu. */
export async function addIndicatorWithTarget(
  page: Page,
  year: number,
  nodeTitle: string,
  indicator: { name: string; unit: string; target: string },
  frequency?: string,
) {
  await nodeAction(page, nodeTitle, 'Tambah indikator');
  const form = page.getByRole('dialog');
  await form.getByRole('textbox', { name: 'Nama indikator' }).fill(indicator.name);
  await form.getByRole('textbox', { name: 'Satuan' }).fill(indicator.unit);
  if (frequency) await form.getByRole('combobox', { name: 'Frekuensi pengukuran' }).selectOption({ label: frequency });
  await form.getByRole('checkbox', { name: 'Indikator Kinerja Utama (IKU)' }).check();
  await saveDialog(page);
  await page.getByRole('button', { name: `Tindakan untuk indikator ${indicator.name}`, exact: true }).click();
  await page.getByRole('menuitem', { name: 'Ubah target', exact: true }).click();
  await page
    .getByRole('dialog')
    .getByRole('textbox', { name: `Target ${year}`, exact: true })
    .fill(indicator.target);
  await saveDialog(page);
  const row = page.getByTestId('indicator').filter({ hasText: indicator.name });
  await expect.poll(() => row.getByTestId('targets').textContent()).toContain(`${year}: ${indicator.target}`);
}

/** Picks an option of a Mantine searchable Select (in `scope`) by typing part of it. */
export async function pickOption(page: Page, scope: Locator, label: string, typed: string, option: RegExp) {
  const box = scope.getByRole('textbox', { name: label }).or(scope.getByRole('combobox', { name: label }));
  await box.first().click();
  await box.first().fill(typed);
  // Mantine's options carry role="option"; the <option>s of native selects behind the dialog do not.
  await page.locator('[role="option"]').filter({ hasText: option }).first().click();
}
