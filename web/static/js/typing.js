// Our side of "Stranger is typing...": `typing` on the first change, `stopped_typing` after
// five seconds without one, when the field is emptied, on send and on leaving.

const IDLE_MS = 5000;

export class TypingSignal {
  // `send(frame)` delivers a frame to the server.
  constructor(send) {
    this.send = send;
    this.typing = false;
    this.timer = null;
  }

  changed(value) {
    if (value === "") {
      this.stop();
      return;
    }
    if (!this.typing) {
      this.typing = true;
      this.send({ type: "typing" });
    }
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.stop(), IDLE_MS);
  }

  stop() {
    clearTimeout(this.timer);
    if (this.typing) {
      this.typing = false;
      this.send({ type: "stopped_typing" });
    }
  }

  // The chat is over: there is nobody left to tell.
  forget() {
    clearTimeout(this.timer);
    this.typing = false;
  }
}
