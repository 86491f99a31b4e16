import { act } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { mountPoint, settle } from '../../test-support/dom.ts';
import { json, routeFetch, stubFetch } from '../../test-support/fetch-stub.ts';
import { inputByLabel, typeInto } from '../../test-support/inputs.ts';
import { renderWithProviders } from '../../test-support/providers.tsx';
import { INDICATOR, node, sampleTree } from './esakip-fixtures.ts';
import { NodeForm } from './NodeForm.tsx';
import { TargetsForm } from './TargetsForm.tsx';

const mount = mountPoint();
beforeAll(() => {
  if (!('fonts' in document)) Object.defineProperty(document, 'fonts', { value: new EventTarget(), configurable: true });
});
const noop = () => {};
const selectOptions = (label: string) =>
  [...(inputByLabel(mount.container, label) as unknown as HTMLSelectElement).options].map((o) => o.value);
const submit = async () => {
  act(() => mount.container.querySelector('form')!.requestSubmit());
  await settle();
};
const typeTitle = (text: string) =>
  act(() => {
    const title = mount.container.querySelector('textarea')!;
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(title, text);
    title.dispatchEvent(new Event('input', { bubbles: true }));
  });
const changeSelect = (label: string, value: string) =>
  act(() => {
    const select = inputByLabel(mount.container, label) as unknown as HTMLSelectElement;
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });

describe('NodeForm', () => {
  it('offers the child kinds the parent allows in its document', async () => {
    await renderWithProviders(
      mount,
      <NodeForm periodId="p1" document="rpjmd" parent={node('s', 'sasaran', 'S')} unitId="" onDone={noop} onCancel={noop} />,
    );
    expect(selectOptions('Jenis simpul')).toEqual(['strategi', 'program']);
    mount.unmount();
  });

  it('offers only the root kind for a new top-level Renstra node and kegiatan under a Renstra program', async () => {
    await renderWithProviders(
      mount,
      <NodeForm periodId="p1" document="renstra" parent={null} unitId="u1" onDone={noop} onCancel={noop} />,
    );
    expect(selectOptions('Jenis simpul')).toEqual(['tujuan']);
  });

  it('shows the API’s 403 message and sends the node with the chosen kind', async () => {
    const message = 'Hanya perencana Bappeda (unit perencanaan) yang dapat mengubah RPJMD dan periode perencanaan.';
    const fetchMock = stubFetch(
      routeFetch([
        {
          match: '/api/performance/periods/p1/nodes',
          method: 'POST',
          answer: () => json(403, { error: { code: 'forbidden', message } }),
        },
      ]),
    );
    await renderWithProviders(
      mount,
      <NodeForm periodId="p1" document="rpjmd" parent={node('v', 'visi', 'V')} unitId="" onDone={noop} onCancel={noop} />,
    );
    act(() => {
      const title = mount.container.querySelector('textarea')!;
      const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
      setter.call(title, 'Misi pertama');
      title.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await submit();
    expect(mount.container.querySelector('[role="alert"]')?.textContent).toContain(message);
    const sent = JSON.parse(String(fetchMock.mock.calls[0]![1]!.body));
    expect(sent).toMatchObject({ document: 'rpjmd', kind: 'misi', parentId: 'v', unitId: null, title: 'Misi pertama' });
  });
});

describe('NodeForm: the RPJMD sasaran a Renstra node serves', () => {
  const renstra = (id: string, kind: 'tujuan' | 'sasaran', title: string) => ({
    ...node(id, kind, title),
    document: 'renstra' as const,
    unitId: 'u1',
  });
  const rpjmdTree = () =>
    routeFetch([
      { match: '/api/performance/periods/p1/tree?document=rpjmd', answer: () => json(200, { roots: sampleTree() }) },
      { match: '/api/performance/periods/p1/nodes', method: 'POST', answer: () => json(201, renstra('n1', 'sasaran', 'X')) },
      { match: '/api/performance/nodes/', method: 'PUT', answer: () => json(200, renstra('n1', 'sasaran', 'X')) },
    ]);

  it('lists the RPJMD sasaran of the period and sends the chosen one with a new Renstra sasaran', async () => {
    const fetchMock = stubFetch(rpjmdTree());
    await renderWithProviders(
      mount,
      <NodeForm
        periodId="p1"
        document="renstra"
        parent={renstra('t9', 'tujuan', 'T')}
        unitId="u1"
        onDone={noop}
        onCancel={noop}
      />,
    );
    await settle();
    expect(selectOptions('Mendukung sasaran RPJMD')).toEqual(['', 's1']);
    changeSelect('Mendukung sasaran RPJMD', 's1');
    typeTitle('Layanan digital meningkat');
    await submit();
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST')!;
    expect(JSON.parse(String(post[1]!.body))).toMatchObject({ kind: 'sasaran', parentId: 't9', derivesFromNodeId: 's1' });
  });

  it('is not offered on the RPJMD itself', async () => {
    stubFetch(rpjmdTree());
    await renderWithProviders(
      mount,
      <NodeForm periodId="p1" document="rpjmd" parent={node('t1', 'tujuan', 'T')} unitId="" onDone={noop} onCancel={noop} />,
    );
    expect(() => inputByLabel(mount.container, 'Mendukung sasaran RPJMD')).toThrow();
  });

  it('keeps the derivation and jabatan of an edited node unless changed', async () => {
    const fetchMock = stubFetch(rpjmdTree());
    const edited = { ...renstra('n1', 'sasaran', 'Lama'), derivesFromNodeId: 's1', positionId: 'pos1', version: 3 };
    await renderWithProviders(
      mount,
      <NodeForm periodId="p1" document="renstra" parent={null} node={edited} unitId="u1" onDone={noop} onCancel={noop} />,
    );
    await settle();
    await submit();
    const put = fetchMock.mock.calls.find(([, init]) => init?.method === 'PUT')!;
    expect(JSON.parse(String(put[1]!.body))).toMatchObject({ derivesFromNodeId: 's1', positionId: 'pos1', version: 3 });
  });
});

describe('TargetsForm', () => {
  it('refuses a range whose lower bound exceeds the upper one before sending', async () => {
    const fetchMock = stubFetch(routeFetch([]));
    const indicator = { ...INDICATOR, polarity: 'range' as const };
    await renderWithProviders(
      mount,
      <TargetsForm indicator={indicator} period={{ startYear: 2025, endYear: 2027 }} onDone={noop} onCancel={noop} />,
    );
    changeSelect('Bentuk target 2027', 'range');
    act(() => typeInto(inputByLabel(mount.container, 'Batas bawah 2027'), '90'));
    act(() => typeInto(inputByLabel(mount.container, 'Batas atas 2027'), '80'));
    await submit();
    expect(mount.container.textContent).toContain('Batas bawah tidak boleh lebih besar dari batas atas.');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('sends the yearly targets when they are valid (blank years left out)', async () => {
    const fetchMock = stubFetch(
      routeFetch([{ match: '/api/performance/indicators/i1/targets', method: 'PUT', answer: () => json(200, INDICATOR) }]),
    );
    await renderWithProviders(
      mount,
      <TargetsForm indicator={INDICATOR} period={{ startYear: 2025, endYear: 2027 }} onDone={noop} onCancel={noop} />,
    );
    act(() => typeInto(inputByLabel(mount.container, 'Batas atas 2026'), '76'));
    await submit();
    const sent = JSON.parse(String(fetchMock.mock.calls[0]![1]!.body));
    expect(sent).toEqual({
      version: 1,
      targets: [
        { year: 2025, kind: 'number', value: '71.5' },
        { year: 2026, kind: 'range', min: '72', max: '76' },
      ],
    });
  });
});
