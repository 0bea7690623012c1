import type { ComponentType } from 'react';
import { useParams, type LoaderFunctionArgs } from 'react-router';
import { NotFound } from '../components/layout/NotFound';

/** A record's id as the database writes it. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isRecordId(value: string | undefined): value is string {
  return value !== undefined && UUID.test(value);
}

export interface RouteModule {
  Component: ComponentType;
  loader?: (args: LoaderFunctionArgs) => unknown;
}

/**
 * A route addressed by a record's id (`/tasks/:taskId`): an address whose id
 * could not be one ("/tasks/%25", "/plans/abc") is "not found" at once, without
 * asking the server (which would only answer that the text is not an id).
 */
export function byId(param: string, load: () => Promise<RouteModule>) {
  return async () => {
    const { Component: Page, loader } = await load();
    function Component() {
      const id = useParams()[param];
      return isRecordId(id) ? <Page /> : <NotFound />;
    }
    return {
      Component,
      loader: loader ? (args: LoaderFunctionArgs) => (isRecordId(args.params[param]) ? loader(args) : null) : undefined,
    };
  };
}
