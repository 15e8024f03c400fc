/**
 * Files of a project template (cookiecutter, copier): they live under a directory named by a
 * template variable (`{{cookiecutter.project_slug}}/`, `{{ project_name }}/`) and hold Jinja tags
 * that the template tool renders before the file is valid YAML, shell or Python. A parse error in
 * such a file is expected, not a defect of the repository, so it is reported as a note, the way an
 * unparsed Helm template is. Its rule findings stay: what the template says about restart policies
 * or health checks is what every rendered project gets.
 */

/** A Jinja expression, statement or comment tag. */
const JINJA_TAG = /\{\{|\{%|\{#/;

/** Whether the file is an unrendered template file: in a template tree and holding Jinja tags. */
export function isUnrenderedTemplate(rel: string, text: string): boolean {
  return inTemplateDirectory(rel) && JINJA_TAG.test(text);
}

/** Whether a directory above the file names a template variable (`{{…}}` in its name). */
function inTemplateDirectory(rel: string): boolean {
  const dirs = rel.split('/').slice(0, -1);
  return dirs.some((d) => {
    const open = d.indexOf('{{');
    return open !== -1 && d.indexOf('}}', open + 2) !== -1;
  });
}
