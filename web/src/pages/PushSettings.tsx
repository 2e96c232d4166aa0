// The profile's "notifications on this device" switch: Web Push through the service worker (docs/notifications.md).
import { useEffect, useState } from 'react';
import { useClient, useMutation } from 'urql';
import { PushConfigQuery, RegisterWebPushMutation, UnregisterWebPushMutation } from '../api/documents';
import { currentSubscription, pushSupported, subscribe, subscriptionInput, unsubscribe } from '../app/push';
import { FormError, Notice, useFormErrors } from '../ui/forms';

type State = 'loading' | 'unsupported' | 'on' | 'off';

export function PushSettings() {
  const client = useClient();
  const [state, setState] = useState<State>('loading');
  const [notice, setNotice] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [, register] = useMutation(RegisterWebPushMutation);
  const [, unregister] = useMutation(UnregisterWebPushMutation);
  const errors = useFormErrors();

  useEffect(() => {
    if (!pushSupported()) {
      setState('unsupported');
      return;
    }
    let live = true;
    void currentSubscription().then(async (subscription) => {
      if (!live) return;
      setState(subscription ? 'on' : 'off');
      // Registering again is free and re-attaches the device to the current neighbourhood.
      if (subscription) await register({ subscription: subscriptionInput(subscription) });
    });
    return () => {
      live = false;
    };
  }, [register]);

  const enable = async () => {
    setBusy(true);
    setNotice(undefined);
    try {
      const config = await client.query(PushConfigQuery, {}).toPromise();
      if (errors.take(config.error) || !config.data) return;
      const made = await subscribe(config.data.appConfig.vapidPublicKey);
      if (!made.ok) return errors.set({ '': made.reason });
      const r = await register({ subscription: made.subscription });
      if (errors.take(r.error)) return;
      setState('on');
      setNotice('Notifications activées sur cet appareil.');
    } finally {
      setBusy(false);
    }
  };

  const disable = async () => {
    setBusy(true);
    setNotice(undefined);
    try {
      const endpoint = await unsubscribe();
      if (endpoint) {
        const r = await unregister({ endpoint });
        if (errors.take(r.error)) return;
      }
      setState('off');
      setNotice('Notifications désactivées sur cet appareil.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="push-title">
      <h2 id="push-title">Notifications sur cet appareil</h2>
      {state === 'unsupported' ? (
        <p>Ce navigateur ne sait pas recevoir de notifications. Installez l'application ou essayez un autre navigateur.</p>
      ) : (
        <>
          <p>Recevez les alertes de votre quartier même quand Voisinage est fermé.</p>
          <p data-testid="push-state">{state === 'loading' ? 'Vérification…' : state === 'on' ? 'Activées' : 'Désactivées'}</p>
          {state === 'on' ? (
            <button type="button" onClick={disable} disabled={busy}>
              Désactiver les notifications
            </button>
          ) : (
            <button type="button" onClick={enable} disabled={busy || state === 'loading'}>
              Activer les notifications
            </button>
          )}
        </>
      )}
      {notice && <Notice>{notice}</Notice>}
      <FormError error={errors.errors['']} />
    </section>
  );
}
