"""Talk to `jiebei-bot serve --http` with the standard library. Usage: http_client.py BASE_URL"""

import json
import sys
import urllib.request

base = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8080"


def ask(question: str, session: str) -> dict:
    body = json.dumps({"id": 1, "question": question, "session": session}).encode("utf-8")
    request = urllib.request.Request(base + "/v1/ask", data=body, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read())


first = ask("can they sue me?", "web-demo")
second = ask("what about Huabei?", "web-demo")
print(first["reply"]["topic"], second["reply"]["topic"], second["reply"]["slots"]["product"]["value"])
