import { expect, test } from '@playwright/test';

test.describe('search under a sub-path (BASE_PATH=/shelf/)', () => {
  test('fetches its index and links results under /shelf/', async ({ page }) => {
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(response.url());
    });
    await page.goto('search/?q=difusion');
    const first = page.getByRole('list', { name: 'Results' }).getByRole('link').first();
    await expect(first).toHaveAttribute('href', /^\/shelf\/papers\//);

    await page.goto('');
    await page.keyboard.press('/');
    await page.keyboard.type('扩散模型');
    await expect(page.getByRole('list', { name: 'Suggestions' }).getByRole('link').first()).toHaveAttribute('href', /^\/shelf\/papers\//);
    await expect(page.getByRole('link', { name: /All results/ })).toHaveAttribute('href', /^\/shelf\/search\/\?q=/);
    expect(failed).toEqual([]);
  });
});
