import { useMemo, useState } from 'react';
import { useMutation } from 'urql';
import { SetHomeMutation } from '../api/documents';
import { currentPosition } from '../app/geo';
import { navigate } from '../app/router';
import { useSession } from '../app/session';
import { Map } from '../map/LazyMap';
import type { LatLng } from '../map/hex';
import { FormError, Notice, useFormErrors } from '../ui/forms';
import { Page } from '../ui/Page';
import { RequireSession } from '../ui/RequireSession';

const DINAN: LatLng = [48.4556, -2.0503];

/** Declares the home: a pin on the map or the device's position, sent once; only the server's cell is kept. */
export default function Home() {
  return <RequireSession title="Mon domicile">{(me) => <HomeForm hasHome={!!me.homeCell} />}</RequireSession>;
}

function HomeForm({ hasHome }: { hasHome: boolean }) {
  const [pin, setPin] = useState<LatLng | null>(null);
  const [{ fetching }, setHome] = useMutation(SetHomeMutation);
  const form = useFormErrors();
  const { refresh } = useSession();
  const [locating, setLocating] = useState(false);
  const points = useMemo(() => (pin ? [{ at: pin, label: 'Mon domicile', tone: 'pin' as const }] : []), [pin]);

  const send = async (at: LatLng) => {
    const r = await setHome({ lat: at[0], lng: at[1] });
    if (form.take(r.error)) return;
    setPin(null); // the exact position is not kept in the app either
    refresh();
    navigate('/verification');
  };
  const useDevice = async () => {
    setLocating(true);
    try {
      const p = await currentPosition();
      await send([p.lat, p.lng]);
    } catch (e) {
      form.set({ position: (e as Error).message });
    } finally {
      setLocating(false);
    }
  };
  return (
    <Page title="Mon domicile">
      {hasHome && <Notice>Vous avez déjà indiqué un domicile. En changer retire votre vérification et votre quartier.</Notice>}
      <p>
        Indiquez où vous habitez : touchez la carte pour placer l'épingle, ou utilisez la position de votre appareil. Nous
        gardons seulement l'hexagone d'environ 15 000 m² qui la contient, jamais la position exacte.
      </p>
      <button type="button" onClick={useDevice} disabled={locating || fetching}>
        {locating ? 'Localisation…' : 'Utiliser ma position actuelle'}
      </button>
      <Map label="Carte : touchez pour placer votre domicile" center={pin ?? DINAN} zoom={15} points={points} onPick={setPin} />
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (pin) void send(pin);
          else form.set({ position: "Placez d'abord l'épingle sur la carte." });
        }}
      >
        <p id="pin-status" role="status">
          {pin ? 'Épingle placée.' : 'Aucune épingle placée.'}
        </p>
        {form.errors.position && (
          <p className="field-error" role="alert">
            {form.errors.position}
          </p>
        )}
        <FormError error={form.errors['']} />
        <button type="submit" disabled={fetching} aria-describedby="pin-status">
          Enregistrer l'épingle comme domicile
        </button>
      </form>
    </Page>
  );
}
