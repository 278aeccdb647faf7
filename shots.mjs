import { chromium } from '@playwright/test';
const base = 'http://127.0.0.1:4311';
const out = '/tmp/c3/shots';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const sizes = [[320, 720], [390, 844], [1280, 720], [1920, 1080]];
const hyd = (p) => p.locator('body[data-hydrated="true"]').waitFor();
const GIFT = ['::Capital:: Which city is the capital of Kosovo? {=Pristina ~Prizren ~Belgrade ~Skopje}', '::Independence:: Kosovo declared independence in 2008.{TRUE#The assembly voted on 17 February 2008.}', '::River:: Which river flows through Mitrovica? {=Ibar}'].join('\n\n');
const teacherCtx = await browser.newContext({ viewport: { width: 1280, height: 720 } });
const t = await teacherCtx.newPage();
await t.goto(base + '/courses/import'); await hyd(t);
await t.getByLabel('Question file', { exact: true }).setInputFiles({ name: 'kosovo.gift', mimeType: 'text/plain', buffer: Buffer.from(GIFT) });
await t.getByLabel('Title of the new course').fill('Kosovo basics');
await t.getByRole('button', { name: 'Import 3 questions' }).click();
await t.getByRole('heading', { name: 'Imported 3 questions' }).waitFor();
await t.goto(base + '/classroom/new'); await hyd(t);
await t.getByLabel('Course').selectOption({ label: 'Kosovo basics' });
await t.getByText('3 different facts match').waitFor();
await t.getByLabel('Title').fill('Kosovo check');
await t.getByLabel('Number of questions').fill('3');
await t.getByRole('button', { name: 'Create quiz and share' }).click();
await t.getByRole('heading', { level: 1, name: 'Kosovo check' }).waitFor();
const link = await t.getByLabel('Quiz link', { exact: true }).inputValue();
const quizUrl = t.url();
const codes = [];
for (const [w, h] of sizes) {
  const ctx = await browser.newContext({ viewport: { width: w, height: h } });
  const s = await ctx.newPage();
  await s.goto(link); await hyd(s);
  await s.getByLabel('Your name').fill('\u200b\u202e \u2066\u2069');
  await s.getByRole('button', { name: 'Start the quiz' }).click();
  await s.getByRole('alert').waitFor();
  await s.screenshot({ path: `${out}/name-error-${w}.png` });
  await s.getByLabel('Your name').fill(w === 320 ? 'Ana' : w === 390 ? 'ána' : `Student ${w}`);
  await s.getByRole('button', { name: 'Start the quiz' }).click();
  for (let i = 0; i < 3; i++) {
    await s.getByText(`Question ${i + 1} of 3`).waitFor();
    const radios = s.getByRole('radio');
    if (await radios.count()) await radios.first().check(); else await s.getByRole('textbox').fill('Ibar');
    if (i === 0) await s.screenshot({ path: `${out}/selected-${w}.png` });
    const fin = s.getByRole('button', { name: 'Finish and see my score' });
    if (await fin.isVisible()) await fin.click(); else await s.getByRole('button', { name: 'Next' }).click();
  }
  await s.getByRole('heading', { name: 'Review' }).scrollIntoViewIfNeeded();
  await s.screenshot({ path: `${out}/review-${w}.png` });
  codes.push(await s.getByLabel('Result code').inputValue());
  await ctx.close();
}
// Teacher: paste all; Ana and ána collide.
await t.getByLabel('Paste result codes').fill(codes.join('\n'));
await t.getByRole('button', { name: 'Add results' }).click();
await t.getByRole('region', { name: /needs? your choice/ }).waitFor();
for (const [w, h] of sizes) {
  await t.setViewportSize({ width: w, height: h });
  await t.getByTestId('pending-warning').scrollIntoViewIfNeeded();
  await t.screenshot({ path: `${out}/pending-warning-${w}.png` });
}
await t.getByRole('button', { name: /^Keep both/ }).click();
await t.getByText(/kept both results/).waitFor();
for (const [w, h] of sizes) {
  await t.setViewportSize({ width: w, height: h });
  await t.locator('tbody').first().scrollIntoViewIfNeeded();
  await t.screenshot({ path: `${out}/twins-${w}.png` });
}
await t.getByRole('button', { name: /^Rename ána/ }).click();
for (const [w, h] of sizes) {
  await t.setViewportSize({ width: w, height: h });
  await t.getByLabel('New name for ána').scrollIntoViewIfNeeded();
  await t.screenshot({ path: `${out}/rename-${w}.png` });
}
// Classroom backup preview.
const id = new URL(quizUrl).searchParams.get('id');
for (const [w, h] of [[1280, 720], [1920, 1080]]) {
  await t.setViewportSize({ width: w, height: h });
  await t.goto(`${base}/classroom/project?id=${id}`); await hyd(t);
  await t.getByLabel('No one is answering on a phone now').check();
  await t.getByRole('button', { name: 'Play together on this screen' }).click();
  await t.getByText('Question 1 of 3').waitFor();
  await t.waitForTimeout(300);
  await t.screenshot({ path: `${out}/project-q-${w}.png` });
  await t.keyboard.press('PageDown');
  await t.getByText(/^Answer: /).waitFor();
  await t.waitForTimeout(300);
  await t.screenshot({ path: `${out}/project-a-${w}.png` });
}
await browser.close();
console.log('done');
