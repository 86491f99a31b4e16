/** Sets the value of a React-controlled input the way a user would, so React's onChange fires. */
export function typeInto(input: HTMLInputElement, value: string): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  setter.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/** The input labelled `text` (a trailing required `*` ignored) inside `container`; throws when there is none. */
export function inputByLabel(container: ParentNode, text: string): HTMLInputElement {
  const label = [...container.querySelectorAll('label')].find((l) => l.textContent?.replace('*', '').trim() === text);
  if (!label) throw new Error(`no label "${text}"`);
  const input = container.querySelector<HTMLInputElement>(`#${CSS.escape(label.htmlFor)}`);
  if (!input) throw new Error(`no input for label "${text}"`);
  return input;
}
