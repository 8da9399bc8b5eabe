import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { PracticeCard } from '../src/index.js';
import '../src/define/devisus-practice-card.js';
import { settled, settledFixture, shownText } from '@devisus/test-support';
import { practices } from './support/practices.js';

describe('practice card', () => {
  it('compact: title, who, where with the localized country name, themes, summary', async () => {
    const el = await settledFixture<PracticeCard>(
      html`<devisus-practice-card lang="de" .practice=${practices[1]}></devisus-practice-card>`,
    );
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Citizen energy cooperative');
    expect(shownText(el)).to.contain('Sun Coop');
    expect(shownText(el)).to.contain('Belgien und Frankreich');
    expect([...el.shadowRoot!.querySelectorAll('.tag')].map((tag) => tag.textContent)).to.deep.equal([
      'energy',
      'citizenship',
    ]);
  });

  it('full: every field present, links out marked as such', async () => {
    const el = await settledFixture<PracticeCard>(
      html`<devisus-practice-card layout="full" .practice=${practices[0]}></devisus-practice-card>`,
    );
    expect([...el.shadowRoot!.querySelectorAll('.field h3')].map((title) => title.textContent)).to.deep.equal([
      'How it was evaluated',
    ]);
    const link = el.shadowRoot!.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://example.org/reemploi');
    expect(link.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Atelier Réemploi↗ (external link)');
    expect(shownText(el)).to.contain('From March 2021');
  });

  it('shows the DEVISUS default practices with their themes in the reader’s language', async () => {
    const el = await settled(
      await fixture<PracticeCard>(
        html`<devisus-practice-card lang="fr" practice-id="devisus-partnership"></devisus-practice-card>`,
      ),
      5000,
    );
    expect([...el.shadowRoot!.querySelectorAll('.tag')].map((tag) => tag.textContent)).to.deep.equal([
      'Utilité sociale',
      'Évaluation d’impact',
      'Réseaux',
      'Formation',
    ]);
  });

  it('marks the text of a record written in other languages than the reader’s with its language', async () => {
    const el = await settled(
      await fixture<PracticeCard>(
        html`<devisus-practice-card lang="fi" layout="full" practice-id="devisus-partnership"></devisus-practice-card>`,
      ),
      5000,
    );
    const $ = (selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
    expect($('h2 span').lang).to.equal('en');
    expect($('.summary').lang).to.equal('en');
    expect($('.tag').lang).to.equal('en');
    expect($('.field div').lang).to.equal('en');
    // The interface around it is Finnish, and not marked (the default material has no Finnish).
    expect($('.field h3').closest('[lang]')?.getAttribute('lang') ?? 'fi').to.equal('fi');
    el.setAttribute('lang', 'fr');
    // French headings once the French interface has loaded.
    await waitUntil(() => $('.field h3').textContent === 'Le problème', 'the interface did not turn French');
    expect(el.shadowRoot!.querySelectorAll('[lang="en"], [lang="fr"]')).to.have.length(0);
  });

  it('reads a spreadsheet export and picks the practice by practice-id', async () => {
    const csv = 'id,title,summary,country,themes\np1,First,One,FR,data\np2,Second,Two,BE,maps\n';
    const el = await settledFixture<PracticeCard>(
      html`<devisus-practice-card
        practice-id="p2"
        src=${`/__test__/respond/list.csv?type=text/csv&body=${encodeURIComponent(csv)}`}
      ></devisus-practice-card>`,
    );
    expect(el.state).to.equal('ready');
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Second');
    expect(shownText(el)).to.contain('Belgium');
  });

  it('picks one practice out of a list by practice-id, and says when there is none', async () => {
    const el = await settledFixture<PracticeCard>(
      html`<devisus-practice-card practice-id="social-utility-training" .data=${practices}></devisus-practice-card>`,
    );
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Training coaches in social utility');
    el.practiceId = 'nope';
    await el.updateComplete;
    await el.updateComplete;
    expect(el.state).to.equal('empty');
    expect(shownText(el)).to.equal('No practice has the id “nope”.');
  });

  it('keeps paragraphs of plain text and never reads HTML', async () => {
    const practice = { ...practices[0], summary: 'First paragraph.\n\n<b>Second</b> paragraph.' };
    const el = await settledFixture<PracticeCard>(
      html`<devisus-practice-card .practice=${practice}></devisus-practice-card>`,
    );
    const paragraphs = [...el.shadowRoot!.querySelectorAll('.summary p')].map((p) => p.textContent);
    expect(paragraphs).to.deep.equal(['First paragraph.', '<b>Second</b> paragraph.']);
    expect(el.shadowRoot!.querySelector('b')).to.equal(null);
  });

  it('drops links that are not web addresses', async () => {
    const practice = { ...practices[0], links: [{ label: 'Trap', url: 'javascript:alert(1)' }] };
    const el = await settledFixture<PracticeCard>(
      html`<devisus-practice-card layout="full" .practice=${practice}></devisus-practice-card>`,
    );
    expect([...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'))).not.to.include(
      'javascript:alert(1)',
    );
    expect(shownText(el)).to.contain('Trap');
  });
});
