"""Moved to ``bot.server.protocol``; kept so that existing imports go on working."""

from .server.protocol import ERROR_CODES, Dispatcher, ProtocolError, dumps, error_response

__all__ = ["ERROR_CODES", "Dispatcher", "ProtocolError", "dumps", "error_response"]
