import { createConnection, ProposedFeatures, StreamMessageWriter, type Connection } from 'vscode-languageserver/node';
import { encodeMessage } from './messageEncoder.js';

/**
 * The server's connection to the editor. Over stdio (what the extension and the tests use) messages
 * are written with `encodeMessage`, which keeps each published diagnostic's JSON; other transports
 * (`--node-ipc`, `--socket`) are vscode-languageserver's own.
 */
export function createServerConnection(argv = process.argv): Connection {
  if (!argv.includes('--stdio')) return createConnection(ProposedFeatures.all);
  const writer = new StreamMessageWriter(process.stdout, {
    contentTypeEncoder: {
      name: 'application/json',
      encode: (message, options) => Promise.resolve(options.charset === 'utf-8' ? encodeMessage(message) : Buffer.from(JSON.stringify(message), options.charset)),
    },
  });
  // The input stays a stream, so vscode-languageserver still exits when the editor closes it.
  const connection = createConnection(ProposedFeatures.all, process.stdin, writer as unknown as NodeJS.WritableStream);
  // stdout carries the protocol: anything printed goes to the editor's log instead, as
  // vscode-languageserver does for its own `--stdio` connections.
  console.log = console.info = console.debug = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
  console.warn = (...args: unknown[]) => connection.console.warn(args.map(String).join(' '));
  console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));
  return connection;
}

