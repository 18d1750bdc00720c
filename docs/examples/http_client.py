"""Talk to `jiebei-bot serve --http` (or gunicorn bot.web:app) with the standard library.

The conversation state travels with each request: send back the `state` of the last response,
and any worker on any host can answer the next question. Usage: http_client.py BASE_URL
"""

import json
import sys
import urllib.request

base = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8080"


def ask(question: str, state: dict | None = None) -> dict:
    request = {"question": question}
    if state is not None:
        request["state"] = state  # exactly as the last response gave it
    body = json.dumps(request, ensure_ascii=False).encode("utf-8")
    http_request = urllib.request.Request(base + "/v1/ask", data=body, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(http_request, timeout=10) as response:
        return json.loads(response.read())


first = ask("can they sue me?")
second = ask("what about Huabei?", first["state"])
print(first["reply"]["topic"], second["reply"]["topic"], second["reply"]["slots"]["product"]["value"])
