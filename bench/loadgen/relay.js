'use strict';
// A pairing relay in Node.js with `ws`, speaking the same WebSocket protocol as the reference.
// It is not a target: the runner points the load generator at it to find the generator's own
// ceiling (a relay does about the work of the generator per message, so this is a lower bound).
//
//   node relay.js --port 8091

const { WebSocketServer } = require('ws');

const port = Number(process.argv[process.argv.indexOf('--port') + 1]);
const server = new WebSocketServer({ host: '127.0.0.1', port, perMessageDeflate: false, skipUTF8Validation: true });
const queue = [];
let online = 0;

function deliver(peer, event) {
  peer.seq += 1;
  peer.ws.send(`{"seq":${peer.seq},${event.slice(1)}`);
}

function leave(peer, closing) {
  const partner = peer.partner;
  if (peer.waiting) {
    peer.waiting = false;
    if (!closing) deliver(peer, '{"type":"you_disconnected"}');
  } else if (partner) {
    peer.partner = partner.partner = null;
    deliver(partner, '{"type":"stranger_disconnected"}');
    if (!closing) deliver(peer, '{"type":"you_disconnected"}');
  }
}

function start(peer) {
  deliver(peer, '{"type":"waiting"}');
  while (queue.length) {
    const other = queue.shift();
    if (other.waiting) {
      other.waiting = false;
      peer.partner = other;
      other.partner = peer;
      deliver(other, '{"type":"connected","interests":[],"fell_back":false}');
      deliver(peer, '{"type":"connected","interests":[],"fell_back":false}');
      return;
    }
  }
  peer.waiting = true;
  queue.push(peer);
}

server.on('connection', (ws) => {
  const peer = { ws, seq: 0, partner: null, waiting: false };
  online += 1;
  deliver(peer, `{"type":"count","online":${online}}`);
  ws.on('message', (data) => {
    const frame = JSON.parse(data);
    if (frame.type === 'send') {
      if (peer.partner) deliver(peer.partner, `{"type":"message","text":${JSON.stringify(frame.text)}}`);
    } else if (frame.type === 'start') {
      if (!peer.partner && !peer.waiting) start(peer);
    } else if (frame.type === 'disconnect') {
      leave(peer, false);
    }
  });
  ws.on('close', () => {
    online -= 1;
    leave(peer, true);
  });
});

server.on('listening', () => console.log(`relay.js on ws://127.0.0.1:${port}/ws`));
