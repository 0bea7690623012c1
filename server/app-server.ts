// The production server: the built app and the Supabase APIs on one port.
// API paths go through the gateway (server/gateway.ts) to Supabase Lite; every
// other GET is answered from the built files held in memory
// (server/static-files.ts); every response carries the security headers.
import type { AddressInfo } from 'node:net';
import type { IncomingMessage, Server } from 'node:http';
import { serve } from '@hono/node-server';
import { bootBackend, type Backend, type BackendOptions } from './backend';
import { createGateway, isApiPath, type Gateway, type GatewayOptions } from './gateway';
import { clientAddressOf } from './node-listener';
import { withSecurityHeaders } from './security-headers';
import { loadStaticSite, type StaticSite } from './static-files';

export type Handler = (request: Request, clientAddress: string | null) => Promise<Response>;

export function createAppHandler(gateway: Gateway, site: StaticSite): Handler {
  return async (request, clientAddress) => {
    let response: Response;
    try {
      const { pathname } = new URL(request.url);
      if (isApiPath(pathname)) {
        response = await gateway(request, clientAddress);
      } else if (request.method !== 'GET' && request.method !== 'HEAD') {
        response = new Response('Method not allowed\n', { status: 405, headers: { allow: 'GET, HEAD', 'content-type': 'text/plain' } });
      } else {
        response =
          site.respond(pathname, request.headers.get('accept-encoding'), request.method, request.headers.get('if-none-match')) ??
          new Response('Not found\n', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
      }
    } catch (error) {
      console.error('request failed:', error);
      response = new Response(JSON.stringify({ code: 'SERVER', message: 'Internal error', details: null, hint: null }), {
        status: 500,
        headers: { 'content-type': 'application/json' },
      });
    }
    return withSecurityHeaders(response);
  };
}

export interface StartOptions extends BackendOptions {
  distDir: string;
  host: string;
  port: number;
  /** Overrides of the gateway options the config gives (tests). */
  gateway?: Partial<GatewayOptions>;
}

export interface RunningServer {
  url: string;
  backend: Backend;
  server: Server;
  close(): Promise<void>;
}

export async function startAppServer(opts: StartOptions): Promise<RunningServer> {
  const site = loadStaticSite(opts.distDir);
  const backend = await bootBackend(opts);
  const gateway = createGateway(backend.app, { ...backend.gatewayOptions, ...opts.gateway });
  const handler = createAppHandler(gateway, site);
  const server = await new Promise<Server>((resolve, reject) => {
    const s = serve(
      {
        fetch: (request, env) => handler(request, clientAddressOf((env as { incoming?: IncomingMessage }).incoming)),
        hostname: opts.host,
        port: opts.port,
      },
      () => resolve(s as Server),
    ) as Server;
    s.once('error', reject);
  });
  // Slow clients may not hold a connection open forever.
  server.requestTimeout = 120_000;
  server.headersTimeout = 30_000;
  const { port } = server.address() as AddressInfo;
  const shownHost = opts.host.includes(':') ? `[${opts.host}]` : opts.host;
  let closed = false;
  return {
    url: `http://${shownHost}:${port}`,
    backend,
    server,
    async close() {
      if (closed) return;
      closed = true;
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections?.();
      });
      await backend.close();
    },
  };
}
