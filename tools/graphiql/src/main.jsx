// GraphiQL against this server's /graphql: queries and mutations over HTTP, subscriptions over graphql-transport-ws.
// A browser signed in to the web app is authenticated by its session cookie (same origin); others can add
// {"Authorization": "Bearer <token>"} in the headers pane.
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import 'graphiql/style.css';

const url = new URL('/graphql', window.location.href);
const subscriptionUrl = new URL(url);
subscriptionUrl.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';

const fetcher = createGraphiQLFetcher({ url: url.href, subscriptionUrl: subscriptionUrl.href });

createRoot(document.getElementById('graphiql')).render(
  <GraphiQL fetcher={fetcher} defaultEditorToolsVisibility="headers" />,
);
