"""Talk to `jiebei-bot serve --stdio` from Python: one JSON request per line, one response per line.

The conversation state travels with each request (send back the `state` of the last response);
nothing about the borrower is kept by the server.
"""

import json
import subprocess
import sys

server = subprocess.Popen([sys.executable, "-m", "bot", "serve", "--stdio"], stdin=subprocess.PIPE,
                          stdout=subprocess.PIPE, text=True, encoding="utf-8")


def call(request: dict) -> dict:
    server.stdin.write(json.dumps(request, ensure_ascii=False) + "\n")
    server.stdin.flush()
    return json.loads(server.stdout.readline())


first = call({"id": 1, "question": "借呗逾期两个月了，会上门吗"})
second = call({"id": 2, "question": "那会起诉吗", "state": first["state"]})
print(first["reply"]["topic"], second["reply"]["topic"], second["reply"]["slots"]["days"]["value"])
server.stdin.close()
server.wait()
