import type { Socket } from 'node:net';
import { errorBody } from './errors.ts';

/**
 * Largest request line plus headers the HTTP server reads: enough for a 60-minute vPDQ (one hash a
 * second, about 3,600 lines of 80 characters, about 330 KB percent-encoded) in
 * `GET /m/raw_lookup?signal_type=vpdq&signal=...`, as HMA clients send it. Node's default is 16 KB.
 */
export const MAX_URL_AND_HEADER_BYTES = 512 * 1024;

function answer(socket: Socket, status: number, reason: string, body: unknown): void {
  const text = JSON.stringify(body);
  socket.write(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(text)}\r\nConnection: close\r\n\r\n${text}`,
  );
}

/**
 * Requests Node's HTTP parser refuses before Fastify sees them: an address and headers over
 * MAX_URL_AND_HEADER_BYTES get a 431 saying what to do instead; anything else a plain 400.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  if (socket.writable) {
    if (error.code === 'HPE_HEADER_OVERFLOW') {
      answer(
        socket,
        431,
        'Request Header Fields Too Large',
        errorBody(
          'request_too_large',
          `The address and headers are over ${MAX_URL_AND_HEADER_BYTES / 1024} KB. A vPDQ that long (over about 60 minutes of video) can be sent in the body of POST /v1/lookup.`,
        ),
      );
    } else if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
      answer(
        socket,
        408,
        'Request Timeout',
        errorBody('request_timeout', 'The request took too long to arrive.'),
      );
    } else {
      answer(socket, 400, 'Bad Request', errorBody('bad_request', 'The request could not be read as HTTP.'));
    }
  }
  socket.destroy(error);
}
