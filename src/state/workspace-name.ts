import type { Workspace } from '../core/types';
import { t } from '../i18n';

/** The name to show: samples are named in the current language, other workspaces as the person named them. */
export function workspaceName(workspace: Pick<Workspace, 'name' | 'sample'>): string {
  return workspace.sample ? t(`sample.${workspace.sample}`) : workspace.name;
}
