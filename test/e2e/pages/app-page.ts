import { expect, type Locator, type Page } from '@playwright/test';

/** The shell every screen shares: navigation, workspace switcher, language and theme. */
export class AppPage {
  readonly page: Page;
  readonly main: Locator;
  readonly nav: Locator;
  constructor(page: Page) {
    this.page = page;
    this.main = page.locator('#main');
    this.nav = page.getByRole('navigation');
  }

  /** Opens the app and waits until the first-run samples are ready and a workspace's Overview shows. */
  async open(path = './') {
    await this.page.goto(path);
    await expect(this.page).toHaveURL(/#\/w\/[^/]+\/(overview|import)/, { timeout: 90_000 });
  }

  workspaceId(): string {
    const match = /#\/w\/([^/]+)\//.exec(this.page.url());
    if (!match?.[1]) throw new Error(`no workspace in ${this.page.url()}`);
    return match[1];
  }

  switcher(): Locator {
    return this.page.getByRole('button', { name: /^(Switch workspace|切换工作区)/ });
  }

  async switchTo(name: string | RegExp) {
    await this.switcher().click();
    await this.page.getByRole('listitem').filter({ hasText: name }).first().getByRole('link').click();
  }

  async createWorkspace(name: string) {
    await this.switcher().click();
    await this.page.getByRole('button', { name: /^(New workspace|新建工作区)$/ }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('textbox').fill(name);
    await dialog.getByRole('button', { name: /^(Create|创建)$/ }).click();
    await expect(dialog).toBeHidden();
    await expect(this.switcher()).toContainText(name);
  }

  async setLanguage(label: 'English' | '简体中文') {
    await this.page.getByRole('combobox', { name: /^(Language|语言)$/ }).selectOption({ label });
  }

  async setTheme(value: 'system' | 'light' | 'dark') {
    await this.page.getByRole('combobox', { name: /^(Theme|主题|外观)$/ }).selectOption(value);
  }

  async go(screen: 'Overview' | 'Import' | '概览' | '导入') {
    await this.nav.getByRole('link', { name: screen }).click();
  }
}
