// Talk to `jiebei-bot serve --stdio` from Node.js: write JSON lines, read JSON lines.
const { spawn } = require("child_process");
const readline = require("readline");

const python = process.env.PYTHON || "python3";
const server = spawn(python, ["-m", "bot", "serve", "--stdio"], { stdio: ["pipe", "pipe", "inherit"] });
const lines = readline.createInterface({ input: server.stdout });
const pending = new Map();
lines.on("line", (line) => {
  const response = JSON.parse(line);
  pending.get(response.id)(response);
  pending.delete(response.id);
});

function call(request) {
  return new Promise((resolve) => {
    pending.set(request.id, resolve);
    server.stdin.write(JSON.stringify(request) + "\n");
  });
}

(async () => {
  // The conversation state travels with each request: send back the state of the last response.
  const first = await call({ id: "a", question: "will they visit my hometown?" });
  const second = await call({ id: "b", question: "and can they sue me?", state: first.state });
  const health = await call({ id: "c", op: "health" });
  console.log(first.reply.topic, second.reply.lang, health.status);
  server.stdin.end();
})();
