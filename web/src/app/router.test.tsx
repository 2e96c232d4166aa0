import { afterEach, describe, expect, test } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link, Routes, matchPath, navigate, useParams } from './router';
import { Page } from '../ui/Page';

// jsdom does not scroll.
window.scrollTo = () => {};

afterEach(() => {
  cleanup();
  history.replaceState(null, '', '/');
});

describe('router', () => {
  test('matchPath reads params and refuses other shapes', () => {
    expect(matchPath('/annonces/:id', '/annonces/lst_1')).toEqual({ id: 'lst_1' });
    expect(matchPath('/annonces/:id', '/annonces/a%20b?x=1')).toEqual({ id: 'a b' });
    expect(matchPath('/annonces/:id', '/annonces')).toBeNull();
    expect(matchPath('/annonces/nouvelle', '/annonces/autre')).toBeNull();
    expect(matchPath('/', '/')).toEqual({});
    expect(matchPath('/garant/:id', '/garant/%E0%A4%A')).toBeNull();
  });

  function Item() {
    const { id } = useParams();
    return <Page title={`Annonce ${id}`}>détail</Page>;
  }
  const routes = [
    { path: '/', render: () => <Page title="Accueil"><Link to="/annonces/42">Voir 42</Link></Page> },
    { path: '/annonces/:id', render: () => <Item /> },
  ];

  test('links navigate without reloading; the new page heading takes the focus and names the tab', async () => {
    render(<Routes routes={routes} fallback={<Page title="Page introuvable">?</Page>} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveProperty('textContent', 'Accueil');
    await userEvent.click(screen.getByRole('link', { name: 'Voir 42' }));
    const h1 = screen.getByRole('heading', { level: 1 });
    expect(h1.textContent).toBe('Annonce 42');
    expect(document.activeElement).toBe(h1);
    expect(document.title).toBe('Annonce 42 — Voisinage');
    expect(location.pathname).toBe('/annonces/42');
    act(() => navigate('/nulle-part'));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Page introuvable');
    act(() => history.back());
  });
});
