// The browser host's call worker: it makes the page's API calls, so that turning a large post
// into a request body (tens of milliseconds for 1 MB in fetch) happens off the page's thread.
import type { CallReply, CallRequest } from './worker-calls';
import { postCall } from './post-call';

// The renderer is type-checked with the DOM library; a dedicated worker's scope needs only these.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CallRequest>) => void) | null;
  postMessage(message: CallReply): void;
};

scope.onmessage = (event) => {
  const { id, name, input, token } = event.data;
  void postCall(name, input, token).then((result) => scope.postMessage({ id, result }));
};
