import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TriggerMemo, TriggerScan } from '../src/triggers.js';

// The scan must give exactly `includes`' answers, also for words that overlap or start alike.
const WORDS = ['ssh', 'ssh-keygen', 'sh', 'h -c', 'keygen', 'curl', 'url', 'a.b', '(x)', 'aa', 'aaa'];
const TEXTS = ['', 'ssh-keygen -t', 'sh', 'curl', 'xurl ssh', 'bash -c x', 'aXb a.b', 'f(x)', 'aaaa', 'aa', 'no match here', 'ÅSH ssH'];

test('the one-pass scan answers every word as includes does', () => {
  const scan = new TriggerScan(WORDS, WORDS);
  // Long texts too: short ones are answered by includes without the pass.
  for (const text of [...TEXTS, ...TEXTS.map((t) => t + ' '.repeat(4096) + t)]) {
    const memo = new TriggerMemo(text, scan);
    for (const w of WORDS) {
      assert.equal(memo.has(w, false), text.includes(w), `${JSON.stringify(w)} in ${JSON.stringify(text)}`);
      assert.equal(memo.has(w, true), text.toLowerCase().includes(w), `${JSON.stringify(w)} in lower-cased ${JSON.stringify(text)}`);
    }
  }
});

test('words the scan does not know fall back to includes', () => {
  const memo = new TriggerMemo('exec gunicorn', new TriggerScan(['exec'], []));
  assert.equal(memo.has('gunicorn', false), true);
  assert.equal(memo.has('GUNICORN'.toLowerCase(), true), true);
  assert.equal(memo.has('uvicorn', false), false);
  assert.equal(memo.has('', false), true);
});
