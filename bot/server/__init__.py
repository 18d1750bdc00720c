"""Front ends that serve the engine to other programs: the JSON protocol (``protocol``), the stdio
server (``stdio``), the WSGI app (``wsgi``, built by ``app``; ``bot.web:app`` is the entry point),
session stores (``stores``, ``redis_store``), the settings checked at start-up (``settings``) and
the waitress runner (``httpd``, with ``refusals``: what waitress refuses itself, in the app's format).

Nothing is imported here: each front end loads only what it needs (waitress only for
``serve --http``, redis-py only for a redis:// store).
"""
