"""Death, danger or an overdose in what the writer watches or is taught (issue 12, docs/safety.md Round 93): a crisis
reading doubted because the words are the content of media or training the message names, not the writer's life.

subjects.py reads a scene with a subject of its own (a pet, a story's people). This is its sister for what the writer
CONSUMES, with the writer as the one watching or learning:

- "watched": a video, film, documentary, news item or feed named ("刷到一个悬崖跳水的视频", "看了一部抗战片",
  "watching cliff diving videos"): its people's falls and deaths, and the viewer's own reaction to them ("看得我腿都软
  了", "my stomach drops every time").
- "taught": a course, class or training named ("急救培训", "a first aid course"): what it taught or practised (CPR, "how
  to handle an overdose", 溺水急救).

The clauses the frame tells (the ones naming the media or the training, the ones telling what was watched, taught or
felt watching, and clauses of other people with the writer not in them) are set aside; the doubt holds only when what
is left holds no crisis wording, nothing grave and no place or means of the writer's own, and no flagged clause is
outside the frame. A frame is no excuse: never beside the writer's intent or wish, a turn, the writer taking the
content for their own ("我也想", "that's me", "envied"), a lethal amount or a height learned ("多少片会致命",
"which height wouldn't hurt", "wrote the number down"), the debt told inside the frame, or despair over the debt.
A doubt never drops 12356: the loan answer with the check-in line (routing._safety_checked).
"""

from __future__ import annotations

from ..patterns import regex
from .clauses import Clause, fold_clause, split_clauses
from .idioms import masked, masked_whole
from .light import GRAVE, TURN
from .notnow import _DEBT_DESPAIR, _WELCOMED, _WISH, _WRITER_NEXT
from .readings import SELF_TOO
from .subjects import _DEBT, _MINE_TOO, _SELF_RESCUED, _WRITER, _clear
from .wording import CRISIS_WORDING

_MEDIA = regex(r"视频|短视频|纪录片|(电|影|战争|抗战|二战|恐怖|灾难|动作|科幻|警匪|犯罪|战)片|大片|影片|新闻|直播|抖音|快手|[bB]站|油管|博主|主播"
               r"|\b(videos?|clips?|documentar\w*|footage|news|reels?|tiktok|youtube|vlogs?|livestreams?|feed|war film|war movie)\b")
_TRAINING = regex(r"培训|讲座|(急救|救生|消防|安全|心理|危机干预|防溺水|求生|护理|药理|户外)\S{0,3}(课|知识|证|演练|考试)|上课|网课|考证|演练"
                  # a study revised for an exam (fa208, Round 112: "revising overdose toxicology for finals", 复习毒理)
                  r"|复习|备考|期末|毒理|药理|课本|教材"
                  r"|\b(course|class|training|lecture|workshop|seminar|drills?|first aid|cpr|lessons?"
                  r"|toxicology|pharmacology|revis(e|ed|ing|ion)|cramming|finals|exams?|textbooks?)\b")
# What a frame tells: its content watched, taught or practised, or the viewer's reaction to it.
# (Not "every time", 看着, 每次看, 一看 nor any "cover…", mend148, review143 F2: they told the writer's own musing clause
# as the content, "看着抖音上那个人从楼顶跳下来，我每次都在想如果是我会不会疼"; a clause naming the media is told anyway.)
# (The viewer's body reacting is told too: "my stomach flips every time", "手心直冒汗".)
_TOLD = regex(r"^(看了?|刷到|刷了|学了?|教了?|讲了?|练了?|还讲|还教|还学)|看得|光看|(腿|脚)(都)?软|手心\S{0,2}汗|头皮发麻"
              r"|^(复习|背)|(那|这|一|整)章|\b(chapters?|watch(ed|ing)?|learn(ed|t|ing)?|taught|teach(es|ing)?|covered|practi[cs](ed|ing)|so brave|crazy brave|revis(ed|ing)|cramming|studying"
              r"|stomach (flips|drops|turns|churns)|(sweaty|clammy) palms|palms (sweat|get sweaty))\b")
# What the writer may say outside the frame (mend148): an everyday reaction to it ("挺有收获", "very useful", "太吓人了").
# A loan question or fact is read by subjects._DEBT; any other clause of the writer's outside the frame keeps the crisis
# ("i paid attention for a different reason", "if i want it to work").
_REACTION = regex(r"^(我)?(觉得|感觉)?(挺|很|太|好|真|特别|非常)?(有意义|有用|有收获|实用|吓人|可怕|恐怖|难受|不舒服|帅|厉害|感动|震撼|刺激)(了|啊|呀)?$"
                  r"|^(i )?(found it |thought it was |it was |was )?(very |really |so |super )?(useful|helpful|interesting|scary|crazy|sad|moving|intense|informative)$")
# Other people in a clause (the media's people): with the writer not in it, the clause is the content ("死了好多人").
_OTHERS = regex(r"人|他们|她们|这些|那些|\b(people|they|he|she|them|these|those|divers?|soldiers?|climbers?|everyone|everybody)\b")
# A clause that goes on with what the previous one told ("learned CPR, and how to handle an overdose").
_GOES_ON = regex(r"^(还|以及|和|跟|也|and|also|plus|as well as|then)\b|^(还|以及|和)")
# The writer making or leaving the media rather than consuming it ("把想说的话录成视频留给家人", "recorded a video for my
# kids"): a farewell token, not a frame (held-out 47's crisis).
_MADE = regex(r"录|拍了|拍成|拍个|剪|发布|上传|留给|存(在|到|进)|给\S{0,3}(家人|爸|妈|孩子|老婆|老公|女儿|儿子)"
              r"|\b(record\w*|film(ed|ing)|made (a|this|the)|make (a|this)|post(ed|ing)|upload\w*|leav\w*|left (it|them|a|this)|for my)\b")
# What no frame outweighs beyond subjects' blockers: a lethal amount or a height learned or noted, the content envied
# or taken as a way out ("那也是我的出路", "I envied him"), the writer's own turn to try it.
_TAKEN = regex(r"如果是我|要是我|换(成|做|作)?(是)?我|(的|是)我(自己)?$|多高|多少(片|粒|颗|药|米|层)|致命|致死|剂量|无痛|不痛苦|不会痛|不疼|怎么死|记下来|记住了|出路|羡慕|向往|也想|学(他|她|他们)"
               r"|\b(lethal|fatal|how (high|many|much)|which (height|floor|bridge|pills?)|painless|wouldn'?t hurt|won'?t hurt|dose|wrote (it|the \w+) down"
               r"|noted|figure out|if (it|that) (was|were) me|in (his|her|their) (place|shoes)|for myself|on myself|envi\w*|jealous|lucky (him|her|them)|way out|i get (it|why)|understand (him|her|why)|inspir\w*|my turn)\b")


def consumed(message: str, clauses: list[Clause], whole_masked: str, crisis_at: frozenset[int] | None = None) -> str | None:
    """"watched" or "taught" when the message names media or training the writer consumes and every crisis word is
    its content or the viewer's reaction (see the module doc), with nothing of the writer's own left once they are
    set aside; else None. ``crisis_at``: the clauses a reader flagged (each must be one the frame tells); None or
    empty (a classifier's guess): no clause outside the frame may have the writer in it."""
    whole = whole_masked.lower()
    raw_whole = fold_clause(message).lower()
    media, training = _MEDIA.search(raw_whole), _TRAINING.search(raw_whole)
    if not (media or training):
        return None
    if TURN.search(whole) or SELF_TOO.search(whole) or _MINE_TOO.search(whole) or _DEBT_DESPAIR.search(whole) \
            or _WISH.search(whole) or _WELCOMED.search(whole) or _WRITER_NEXT.search(whole) or _SELF_RESCUED.search(whole) \
            or _TAKEN.search(whole) or _TAKEN.search(raw_whole) or _MADE.search(raw_whole):
        return None
    texts = [masked(clause.text).lower() for clause in clauses]
    raw = [fold_clause(clause.text).lower() for clause in clauses]
    frame = _MEDIA if media else _TRAINING
    told = {i for i, t in enumerate(texts) if frame.search(raw[i]) or _TOLD.search(t)
            or (_OTHERS.search(t) and not _WRITER.search(t))}
    told |= {i for i, t in enumerate(texts) if i - 1 in told and _GOES_ON.search(t) and not _WRITER.search(t)}
    if any(_WRITER.search(texts[i]) and (CRISIS_WORDING.search(texts[i]) or GRAVE.search(texts[i])) for i in told):
        return None  # the writer's own reaction is read as theirs ("看得我不想活了")
    if any(_DEBT.search(texts[i]) for i in told):
        return None  # (a documentary about a debtor hounded to death is the writer's own story, thinly veiled)
    flagged = crisis_at or frozenset()
    if any(i not in told for i in flagged):
        return None
    if not flagged and any(_WRITER.search(t) for i, t in enumerate(texts) if i not in told):
        return None
    if any(_WRITER.search(t) and not _DEBT.search(t) and not _REACTION.search(t) for i, t in enumerate(texts) if i not in told):
        return None  # the writer's own clause outside the frame, flagged or not (mend148, review143 F2): theirs to read
    if not _clear(whole, [texts[i] for i in told]):
        return None
    return "watched" if media else "taught"


def consumed_only(message: str) -> bool:
    """Whether every crisis word of the message is the content of media or training it names (``consumed``): what a
    classifier's crisis guess, made with no reader, may not rest on (routing_vet.vetted)."""
    return consumed(message, split_clauses(message), masked_whole(message)) is not None


__all__ = ["consumed", "consumed_only"]
