// Turns the gateway into a Node request listener (for the Vite dev server's
// middleware stack) with the client's address taken from the socket.  Proxy
// headers such as X-Forwarded-For are never trusted.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import type { Gateway } from './gateway';

export function clientAddressOf(incoming: IncomingMessage | undefined): string | null {
  return incoming?.socket?.remoteAddress ?? null;
}

export function gatewayListener(gateway: Gateway): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  return getRequestListener((request, env) =>
    gateway(request, clientAddressOf((env as { incoming?: IncomingMessage } | undefined)?.incoming)),
  );
}
