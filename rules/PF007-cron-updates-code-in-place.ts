import { codeUpdates, sameTree, workingDirs, type CodeUpdate } from '../src/cron/code-updates.js';
import { cronJobs } from '../src/cron/jobs.js';
import { watchedHostServices, type HostService } from '../src/deploy/host-services.js';
import { defineRule } from '../src/rule.js';
import type { SourceFile, Span } from '../src/source.js';

export default defineRule({
  id: 'PF007',
  name: 'cron-updates-code-in-place',
  severity: 'error',
  category: 'reliability',
  productionOnly: true,
  kinds: ['cron', 'shell'],
  triggers: ['git', 'rsync', 'tar'],
  precision: 'high',
  messages: {
    watched: 'a cron job runs {{what}}{{into}} while {{service}} serves from there under a file watcher: every scheduled update restarts the service, and everything started with it',
  },
  docs: {
    summary: 'A cron job updates code in place under a service that a file watcher restarts',
    what: `A project rule. Reports a command of a scheduled job — a crontab entry (\`crontab\`, \`*.cron\`, \`cron.d/*\`, a \`cron.daily/\` script, an entry a script writes with \`(crontab -l; echo "…") | crontab -\` or \`echo "…" >> /etc/crontab\`), or a command of a project script such an entry runs — that replaces code in place: \`git pull\` (also \`git reset --hard\`, \`git checkout -f\`), \`rsync … DEST\`, or a download unpacked into a directory (\`wget -qO- URL | tar xz -C DIR\`), **while** a service on the same host runs under a file watcher: \`uvicorn/gunicorn --reload\`, \`nodemon\`, \`watchmedo auto-restart\`, \`node --watch\`, Django \`runserver\`… (the detection of SH001). Host services are systemd \`ExecStart=\` commands and the scripts they start, cron \`@reboot\` entries, and production shell scripts. The directories must match when both are known: the job's from \`git -C\`, \`--work-tree=\`, rsync's destination, \`tar -C\` or the last \`cd\` before the command; the service's from the unit's \`WorkingDirectory=\` or a \`cd\` in its script. A \`git pull\` whose directory is unknown matches any watched service; an \`rsync\` needs a known destination inside the service's directory. Containers are not considered (a host update reaches them only through a bind mount, see DC008). Related locations: the watcher, and the cron entry when the update is in a script.`,
    why: `In one incident every service on a VPS — the bot, its API and MongoDB — died together every ~25 minutes. A scheduled \`git pull\` updated the checkout the API ran from, the API's \`uvicorn --reload\` saw the files change and restarted, and the restart took down everything started alongside it; the services logged a clean SIGTERM each time, so nothing looked like a crash, and the cause was found only by lining up the restarts with the pull schedule (seed 000). Updating code under a running service is a deploy with no health check, no rollback and no control over timing; with a watcher it is a restart of production on a timer.`,
    example: { kind: 'cron', path: 'deploy/crontab', code: '@reboot cd /srv/app && uvicorn api.app:app --port 8002 --reload\n*/25 * * * * cd /srv/app && git pull origin main\n' },
    fix: { kind: 'cron', path: 'deploy/crontab', code: '@reboot cd /srv/app && uvicorn api.app:app --port 8002 --workers 2\n*/25 * * * * cd /srv/app && git pull origin main\n' },
    references: ['https://www.uvicorn.org/settings/#development', 'https://man7.org/linux/man-pages/man5/crontab.5.html', 'https://git-scm.com/docs/git-pull'],
  },
  project(model, ctx) {
    const jobs = cronJobs(model);
    if (!jobs.length) return;
    const services = watchedHostServices(model);
    if (!services.length) return;
    const report = (u: CodeUpdate, source: SourceFile, entry?: { source: SourceFile; span: Span }) => {
      const matching = services.find((s) => matches(u, s));
      if (!matching) return;
      const related = [{ source: matching.source, span: matching.watcher.span, message: 'the service runs under a file watcher here' }];
      if (entry) related.push({ ...entry, message: 'the cron entry that runs this script' });
      const service = matching.dir ? `the service in ${matching.dir}` : 'a service';
      ctx.report({ messageId: 'watched', data: { what: u.what, into: u.dir ? ` in ${u.dir}` : '', service }, span: u.span, source, related });
    };
    const done = new Set<string>();
    for (const job of jobs) {
      for (const u of codeUpdates(job.commands)) report(u, job.source);
      const dirs = workingDirs(job.commands);
      for (const script of job.scripts) {
        const key = `${script.source.path}`;
        if (done.has(key)) continue;
        done.add(key);
        const at = dirs[job.commands.indexOf(script.runBy)];
        for (const u of codeUpdates(script.commands, at)) report(u, script.source, { source: job.source, span: job.span });
      }
    }
  },
});

function matches(u: CodeUpdate, s: HostService): boolean {
  if (u.dir && s.dir) return sameTree(u.dir, s.dir);
  return u.what.startsWith('git');
}
