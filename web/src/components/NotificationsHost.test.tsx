import { MantineProvider } from '@mantine/core';
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { resetApp } from '../test/renderApp';
import { theme } from '../theme';
import { NotificationsHost } from './NotificationsHost';
import { notificationsWanted, notify } from './notify';

afterEach(resetApp);

describe('notifications loaded with the first message', () => {
  it('mounts the container when a message is first shown, and shows the message', async () => {
    render(
      <MantineProvider theme={theme}>
        <NotificationsHost />
      </MantineProvider>,
    );
    expect(notificationsWanted()).toBe(false);
    act(() => notify('teal', 'Profile saved'));
    expect(await screen.findByText('Profile saved', {}, { timeout: 5_000 })).toBeTruthy();
    expect(notificationsWanted()).toBe(true);
  });
});
