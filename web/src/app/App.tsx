import { lazy, Suspense, useEffect } from 'react';
import { Provider } from 'urql';
import { Routes, type Route } from './router';
import { ServicesContext, useServices, type AppServices } from './api-context';
import { SessionProvider, useSession, isVerified } from './session';
import { Layout } from './Layout';
import { Landing } from '../pages/Landing';
import { Login, Register } from '../pages/Auth';
import { NotFound } from '../pages/NotFound';

const Home = lazy(() => import('../pages/Home'));
const Verification = lazy(() => import('../pages/Verification'));
const Vouch = lazy(() => import('../pages/Vouch'));
const NeighbourhoodPage = lazy(() => import('../pages/Neighbourhood'));
const Feed = lazy(() => import('../pages/Feed'));
const Listings = lazy(() => import('../pages/Listings'));
const NewListing = lazy(() => import('../pages/NewListing'));
const ListingView = lazy(() => import('../pages/ListingView'));
const Alerts = lazy(() => import('../pages/Alerts'));
const Conversations = lazy(() => import('../pages/Conversations'));
const ConversationView = lazy(() => import('../pages/ConversationView'));
const Profile = lazy(() => import('../pages/Profile'));
const Notifications = lazy(() => import('../pages/Notifications'));
const Lead = lazy(() => import('../pages/Lead'));
const Operator = lazy(() => import('../pages/Operator'));
const Organisations = lazy(() => import('../pages/Organisations'));
const OrganisationPage = lazy(() => import('../pages/OrganisationPage'));
const PartnerConsent = lazy(() => import('../pages/PartnerConsent'));
const ConfirmEmail = lazy(() => import('../pages/AccountEmail').then((m) => ({ default: m.ConfirmEmail })));
const ForgotPassword = lazy(() => import('../pages/AccountEmail').then((m) => ({ default: m.ForgotPassword })));
const ResetPassword = lazy(() => import('../pages/AccountEmail').then((m) => ({ default: m.ResetPassword })));

const routes: Route[] = [
  { path: '/', render: () => <Landing /> },
  { path: '/inscription', render: () => <Register /> },
  { path: '/connexion', render: () => <Login /> },
  { path: '/domicile', render: () => <Home /> },
  { path: '/verification', render: () => <Verification /> },
  { path: '/garant/:id', render: () => <Vouch /> },
  { path: '/quartier', render: () => <NeighbourhoodPage /> },
  { path: '/fil', render: () => <Feed /> },
  { path: '/annonces', render: () => <Listings /> },
  { path: '/annonces/nouvelle', render: () => <NewListing /> },
  { path: '/annonces/:id', render: () => <ListingView /> },
  { path: '/alertes', render: () => <Alerts /> },
  { path: '/messages', render: () => <Conversations /> },
  { path: '/messages/:id', render: () => <ConversationView /> },
  { path: '/profil', render: () => <Profile /> },
  { path: '/notifications', render: () => <Notifications /> },
  { path: '/responsable', render: () => <Lead /> },
  { path: '/operateur', render: () => <Operator /> },
  { path: '/organisations', render: () => <Organisations /> },
  { path: '/organisations/:id', render: () => <OrganisationPage /> },
  { path: '/partenaires/autoriser', render: () => <PartnerConsent /> },
  { path: '/confirmer-email', render: () => <ConfirmEmail /> },
  { path: '/mot-de-passe-oublie', render: () => <ForgotPassword /> },
  { path: '/reinitialiser-mot-de-passe', render: () => <ResetPassword /> },
];

/** Follows the live alerts of the signed-in resident's neighbourhood. */
function AlertFollower() {
  const { me } = useSession();
  const { alerts } = useServices();
  const nid = isVerified(me) ? (me?.neighbourhood?.id ?? null) : null;
  useEffect(() => {
    void alerts.follow(nid);
  }, [alerts, nid]);
  return null;
}

export function App({ services }: { services: AppServices }) {
  return (
    <ServicesContext.Provider value={services}>
      <Provider value={services.api.client}>
        <SessionProvider>
          <AlertFollower />
          <Layout>
            <Suspense fallback={<p role="status">Chargement…</p>}>
              <Routes routes={routes} fallback={<NotFound />} />
            </Suspense>
          </Layout>
        </SessionProvider>
      </Provider>
    </ServicesContext.Provider>
  );
}
