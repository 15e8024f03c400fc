import { defineRule } from '../src/rule.js';
import type { PythonTree } from '../src/parse/python.js';
import { argument, calls, literalOf, methodName, moduleImports, resolverFor, type PyNode, type PyResolver } from '../src/python/index.js';
import { canRunTogether, referenceIndex } from '../src/python/branches.js';

/** Calls that start long polling (`getUpdates`): aiogram, python-telegram-bot, pyTelegramBotAPI. */
const POLLING = new Set(['start_polling', 'run_polling', 'infinity_polling']);
/** Calls that set or serve a webhook. */
const WEBHOOK = new Set(['set_webhook', 'run_webhook', 'start_webhook']);
/** aiogram's aiohttp webhook handlers. */
const WEBHOOK_HANDLERS = /(^|\.)(SimpleRequestHandler|TokenBasedRequestHandler)$/;

export default defineRule({
  id: 'PY012',
  name: 'webhook-and-polling',
  severity: 'error',
  category: 'reliability',
  productionOnly: true,
  kinds: ['python'],
  triggers: ['polling'],
  precision: 'high',
  messages: {
    both: '{{polling}}() starts polling in a start that also sets a webhook ({{webhook}}): Telegram refuses getUpdates while a webhook is set (409 Conflict), and each mode removes the other\'s setup',
  },
  docs: {
    summary: 'A Telegram bot starts polling and sets a webhook in the same start',
    what: `Reports a call that starts long polling — \`start_polling\`, \`run_polling\`, \`infinity_polling\` (aiogram's \`dp.start_polling\` and \`executor.start_polling\`, python-telegram-bot's \`run_polling\`/\`updater.start_polling\`, pyTelegramBotAPI's \`infinity_polling\`, and \`bot.polling()\` in modules importing \`telebot\`) — when the same module also sets or serves a webhook (\`set_webhook\`, \`run_webhook\`, \`start_webhook\`, aiogram's \`SimpleRequestHandler\`/\`TokenBasedRequestHandler\`) and the two can run in one start. They cannot when they sit in different branches of one \`if\` (or in a \`try\` body and its handler), or when the branch holding the first ends with \`return\`, \`raise\` or an exit. Calls inside functions are followed to the places the module calls them or hands them out (\`asyncio.run(main())\`, \`dp.startup.register(on_startup)\`, \`on_startup=on_startup\`), so a choice made by the caller is seen; two functions nobody in the module calls are not a conflict. \`set_webhook(url="")\` removes a webhook and does not count; \`delete_webhook\` never does. Limits: one module at a time — polling in \`main.py\` and a webhook in another module are not compared.`,
    why: `Telegram delivers a bot's updates one way at a time. While a webhook is set, \`getUpdates\` fails with "409 Conflict: can't use getUpdates method while webhook is active"; polling libraries react by deleting the webhook, and the webhook side sets it again on its next start — updates bounce between the two or are lost. One bot on Railway logged "Telegram polling started" in webhook mode and deleted its own webhook on every start before setting it again; the fix made the two modes exclusive, chosen by one \`if config.WEBHOOK_URL\`.`,
    example: {
      kind: 'python',
      path: 'bot/main.py',
      code: `import asyncio
import os

from aiogram import Bot, Dispatcher

bot = Bot(token=os.environ["BOT_TOKEN"])
dp = Dispatcher()


async def main() -> None:
    await bot.set_webhook(os.environ["WEBHOOK_URL"])
    await dp.start_polling(bot)


asyncio.run(main())
`,
    },
    fix: {
      kind: 'python',
      path: 'bot/main.py',
      code: `import asyncio
import os

from aiogram import Bot, Dispatcher

bot = Bot(token=os.environ["BOT_TOKEN"])
dp = Dispatcher()
WEBHOOK_URL = os.environ.get("WEBHOOK_URL")


async def main() -> None:
    if WEBHOOK_URL:
        await bot.set_webhook(WEBHOOK_URL)
    else:
        await bot.delete_webhook(drop_pending_updates=True)
        await dp.start_polling(bot)


asyncio.run(main())
`,
    },
    references: ['https://core.telegram.org/bots/api#getting-updates', 'https://docs.aiogram.dev/en/latest/dispatcher/webhook.html'],
  },
  document(doc, ctx) {
    const tree = doc.tree as PythonTree;
    const resolver = resolverFor(tree);
    const telebot = [...moduleImports(tree.root).modules].some((m) => m === 'telebot' || m.startsWith('telebot.'));
    const polling: PyNode[] = [];
    const webhooks: PyNode[] = [];
    for (const call of calls(tree.root)) {
      const method = methodName(call) ?? '';
      if (POLLING.has(method) || (telebot && method === 'polling')) polling.push(call);
      else if (isWebhook(call, method, resolver)) webhooks.push(call);
    }
    if (!polling.length || !webhooks.length) return;
    const references = referenceIndex(tree.root, resolver);
    for (const p of polling) {
      const w = webhooks.find((x) => canRunTogether(p, x, references, resolver));
      if (!w) continue;
      const fn = p.child('function')!;
      ctx.report({
        messageId: 'both',
        data: { polling: fn.text.replace(/\s+/g, ''), webhook: `${w.child('function')!.text.replace(/\s+/g, '')}() on line ${doc.source.lineOf(w.start)}` },
        span: fn.span,
        related: [{ source: doc.source, span: w.child('function')!.span, message: 'the webhook is set here' }],
      });
    }
  },
});

function isWebhook(call: PyNode, method: string, resolver: PyResolver): boolean {
  if (WEBHOOK.has(method)) {
    if (method !== 'set_webhook') return true;
    // python-telegram-bot <= 13 and telebot remove the webhook with `set_webhook(url="")`.
    const url = argument(call, 0, 'url');
    const v = url ? literalOf(url) : undefined;
    return !(v && ((v.kind === 'string' && v.value === '') || v.kind === 'none'));
  }
  const name = resolver.calleeQualifiedName(call) ?? '';
  return WEBHOOK_HANDLERS.test(name);
}
