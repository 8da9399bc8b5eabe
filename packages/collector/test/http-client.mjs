// A plain HTTP client over node:http with a bounded pool of keep-alive connections, for the tests
// that load a collector process: fetch's pool cannot be sized in node 20 without undici.
import http from 'node:http';

export function client(base, connections = 50) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const request = (method, path, { body, headers = {} } = {}) =>
    new Promise((resolve, reject) => {
      const call = http.request(new URL(path, base), { method, agent, headers }, (reply) => {
        let text = '';
        reply.setEncoding('utf8');
        reply.on('data', (chunk) => (text += chunk));
        reply.on('end', () => resolve({ status: reply.statusCode, headers: reply.headers, text }));
        reply.on('error', reject);
      });
      call.on('error', reject);
      call.end(body);
    });
  return {
    request,
    postResponse: (record) =>
      request('POST', `/surveys/${record.surveyId}/responses`, {
        body: JSON.stringify(record),
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': record.id },
      }),
    close: () => agent.destroy(),
  };
}

/** Runs `work` on each item, `concurrency` at a time; resolves with the results in order. */
export async function pool(items, concurrency, work) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}
