"""Answers rendered ahead of time for messages that state no details, so that answering them needs
no template engine at all: a process that answers only such messages never imports Jinja2.

``jiebei-bot train`` writes RENDERED_FILE beside model.json. It holds what the sandboxed renderer
output while composing every detail-free answer (each topic, in each language and mode, with and
without the echo of details) and the note on a cut message, stored under the digest of the
template's text and of the exact context (bot.templates.context_digest). Anything a message
states (product, days, amount, fear) is in the context, so such answers never match and render
live; so does any other combination (several topics, "did you mean").

The file is derived data, used only for the packaged folder when its checks were skipped
(knowledge.load) and only when it records the same knowledge digest and the same renderer
(bot.templates.RENDER_VERSION, the source of bot.sandbox, and Jinja2's version): otherwise every
answer renders live, exactly as before. tests/test_prerender.py proves the shipped file equal to a fresh
build.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .digest import sha256
from .errors import KnowledgeError, Problem
from .files import read_saved_json
from .templates import RENDER_VERSION, Prerendered, recording, render

if TYPE_CHECKING:
    from .engine import Engine
    from .knowledge import Knowledge

RENDERED_FILE = "rendered.json"
FORMAT = 1
# Modes a detail-free message can ask for ("product" needs a product: it is a detail).
DETAIL_FREE_MODES = ("answer", "more", "why")


def build_prerendered(engine: Engine) -> dict[str, Any]:
    """Compose every detail-free answer in the sandbox, recording each template's output: the
    content of RENDERED_FILE."""
    from .answer import OUTSIDE
    from .inputs import MAX_QUESTION_CHARS
    from .knowledge import LANGS

    knowledge = engine.knowledge
    with recording() as renders:
        for topic in knowledge.topics:
            for lang in LANGS:
                for mode in DETAIL_FREE_MODES + (("again",) if topic.again is not None else ()):
                    for echo in (True, False):  # a one-off question echoes details; a conversation may not
                        engine.compose([topic.id], lang, {}, mode=mode, echo=echo)
        for lang in LANGS:
            render(knowledge.frame.truncated[lang], {"limit": MAX_QUESTION_CHARS})
            for feeling in ("", "partner", "shame", "anxiety"):  # bot.answer_calm: fear, or a feeling named
                render(knowledge.frame.calm[lang], {"lang": lang, "outside": OUTSIDE[lang], "feeling": feeling})
    outputs = sorted({text for table in renders.values() for text in table.values()})
    position = {text: number for number, text in enumerate(outputs)}  # many outputs repeat
    return {"format": FORMAT, "knowledge": knowledge.digest, "renderer": renderer_id(), "outputs": outputs,
            "renders": {template: {context: position[text] for context, text in sorted(table.items())}
                        for template, table in sorted(renders.items())}}


def write_prerendered(knowledge: Knowledge) -> Path:
    """Build RENDERED_FILE for a (fully checked) knowledge folder whose model is trained."""
    from .engine import Engine
    from .model import classifier_for

    path = knowledge.path / RENDERED_FILE
    data = build_prerendered(Engine(knowledge, classifier_for(knowledge)))
    import rapidjson  # writing only: answering never imports it

    path.write_text(rapidjson.dumps(data, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def read_prerendered(folder: Path, knowledge_digest: str) -> Prerendered:
    """The folder's pre-rendered outputs, or {} when it has none or they are stale. A file that
    cannot be read or parsed, or holds the wrong shapes, is a KnowledgeError."""
    path = folder / RENDERED_FILE
    data = read_saved_json(path)
    if data is None:
        return {}
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise KnowledgeError([Problem(str(path), "/format", f"expected format {FORMAT}")])
    if data.get("knowledge") != knowledge_digest or data.get("renderer") != renderer_id():
        return {}  # knowledge or renderer changed since `jiebei-bot train`: render live
    return _table(data, path)


def _table(data: dict[str, Any], path: Path) -> Prerendered:
    """{template digest: {context digest: output}}, after checking every shape and index."""
    outputs, renders = data.get("outputs"), data.get("renders")
    if not isinstance(outputs, list) or not all(isinstance(text, str) for text in outputs):
        raise KnowledgeError([Problem(str(path), "/outputs", "expected a list of texts")])
    if not isinstance(renders, dict):
        raise KnowledgeError([Problem(str(path), "/renders", "expected an object")])
    table: dict[str, dict[str, str]] = {}
    for template, contexts in renders.items():
        if not isinstance(contexts, dict) or not all(
                type(number) is int and 0 <= number < len(outputs) for number in contexts.values()):
            raise KnowledgeError([Problem(str(path), f"/renders/{template}",
                                          f"expected an object of output numbers below {len(outputs)}")])
        table[template] = {context: outputs[number] for context, number in contexts.items()}
    return table



def renderer_id() -> str:
    """A digest of everything that decides what a template outputs besides its text and context:
    bot.templates.RENDER_VERSION (its tidying), the sandbox (bot/sandbox.py, with the bounds it
    imports from bot/render_bounds.py) and Jinja2's version file. "" when a file cannot be read
    (then nothing pre-rendered is ever used)."""
    spec = importlib.util.find_spec("jinja2")  # found, not imported
    if spec is None or spec.origin is None:
        return ""
    sha = sha256(f"render {RENDER_VERSION}\n".encode())
    try:
        here = Path(__file__).resolve()
        for file in (here.with_name("sandbox.py"), here.with_name("render_bounds.py"), Path(spec.origin)):
            sha.update(file.read_bytes())
    except OSError:
        return ""
    return sha.hexdigest()


__all__ = ["RENDERED_FILE", "build_prerendered", "read_prerendered", "renderer_id", "write_prerendered"]
