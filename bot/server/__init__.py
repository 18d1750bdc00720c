"""Front ends that serve the engine to other programs: the JSON protocol (``protocol``), the stdio
server (``stdio``), the WSGI app (``wsgi``, built by ``app``; ``bot.web:app`` is the entry point),
session stores (``stores``, ``redis_store``) and the waitress runner (``httpd``).

Nothing is imported here: each front end loads only what it needs (waitress only for
``serve --http``, redis-py only for a redis:// store).
"""
