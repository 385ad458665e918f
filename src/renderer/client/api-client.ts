import type { CallInput, CallName, CallOutput } from '../../api/contract/calls';
import { ApiError } from '../../api/contract/errors';
import type { EventName, EventPayload } from '../../api/contract/events';
import { browserTransport, electronTransport, takeLaunchToken, type Transport } from './transport';

export interface ApiClient {
  host: Transport['kind'];
  call<N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>>;
  /** Sends a call as the page unloads (a last draft); it outlives the page and is never answered. */
  callOnExit<N extends CallName>(name: N, input: CallInput<N>): void;
  on<N extends EventName>(event: N, listener: (payload: EventPayload<N>) => void): () => void;
  assetUrl(relativePath: string): string;
}

export function createApiClient(transport: Transport): ApiClient {
  return {
    host: transport.kind,
    async call(name, input) {
      const result = await transport.call(name, input);
      if (!result.ok) throw new ApiError(result.error);
      return result.value as CallOutput<typeof name>;
    },
    callOnExit: (name, input) => transport.callOnExit(name, input),
    on: (event, listener) => transport.on(event, listener as (payload: unknown) => void),
    assetUrl: (path) => transport.assetUrl(path),
  };
}

/** The one place in the renderer that knows which host it runs in. */
export function connectToHost(): ApiClient | null {
  if (window.postdesk) return createApiClient(electronTransport(window.postdesk));
  const token = takeLaunchToken();
  return token ? createApiClient(browserTransport(token)) : null;
}
