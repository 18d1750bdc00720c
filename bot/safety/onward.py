"""An everyday life event the message names, with the writer's life going on past it (issue 12, docs/safety.md
Round 93): a farewell or affairs reading doubted because the goodbye, the will or the cut ties belong to the event.

subjects.py reads an everyday occasion's goodbyes ("occasion") as an ordinary doubt that two agreeing readers
overrule: leaving a job is the writer's own life. What the occasion cannot tell is whether that life goes ON. Two
readings here can:

- "moving on": a named event (a job left, a move, a long trip or expedition, a surgery) AND a next step of the
  writer's own after it, set in time ("下周去新公司报到", "starting at the new place Monday", "等我回来",
  "when I get back"), or a will or handover told as the routine of such an event ("按习惯", "照例", "as I always do
  before long trips"). A future named and not denied is what a farewell for good never has. Both are ordinary doubts
  that two agreeing readers or the classifier overrule (mend148, review143 F1: "moving on" was a WHOSE doubt and hid
  "离职了，下周一去新单位上班，那时候我应该已经不在了"); a next step hedged or denied after it is named ("maybe not",
  "那时候我应该已经不在了", "if there is a next week") is no step, and a routine will or handover that carries the debt
  or ends in relief ("交代了借呗的欠款，写完我就觉得可以放心了") is no routine.
- "work ties": work contacts or groups removed because the job was left ("离职了就把同事都删了", "deleted my work
  chats after quitting"): an ordinary doubt (one stage alone).

Never beside the writer's intent or wish, a turn, the writer next, despair over the debt, a word of death or of an end
for good, a future denied ("不打算回来", "not coming back", "won't need", "不用去了"), everyone removed rather than
work ("所有人", "everyone", family or friends), being unfindable ("找不到我", "nobody can find me"), or a place or means
of the writer's own. A doubt never drops 12356: the loan answer with the check-in line (routing._safety_checked).
"""

from __future__ import annotations

from ..patterns import regex
from .clauses import Clause, fold_clause
from .intent import INTENT
from .light import GRAVE, TURN
from .notnow import _DEBT_DESPAIR, _WELCOMED, _WISH, _WRITER_NEXT
from .readings import KEEPS, SELF_TOO
from .subjects import _DEBT, _FINAL, _GOODBYES, _MINE_TOO, _OCCASION, _PLACE_OR_MEANS, _SELF_RESCUED

# The everyday events a farewell, a will or cut ties may belong to.
_EVENT = regex(r"离职|辞职|跳槽|换工作|退休|退伍|搬家|搬到|搬去|出国|留学|移民|出差|科考|考察|出海|跟船|远航|探险|支教|外派|驻外|手术|最后一天|最后一个班|新公司|新单位"
               r"|\b(quit|quitting|resign\w*|retir\w*|new job|last day|last shift|moving|move abroad|emigrat\w*|expedition|research trip|long trip|deployment"
               r"|posting|surgery|operation|voyage|semester abroad|left (my|the) job)\b")
# The writer's next step after it, set in time.
_NEXT = regex(r"(下周|下个?星期|下礼拜|下个月|明天|后天|周一|下周一|月底|年后|过几天|回来(以后|后)?|回国(以后|后)|返程|落地(以后|后)?)\S{0,8}"
              r"(去|到|回|开始|就)?\S{0,6}(新公司|新单位|报到|报道|入职|上班|上岗|开学|复工|回来|回国|接着|继续)"
              r"|等我回来|回来再|回来后再|回来以后再"
              r"|\b(start(ing)? (at|on|my|the) (the )?(new|next)|new job (starts|on|next|in)|(when|once|after) i (get|come|am) back|back (in|by|on) (\w+ )?"
              r"(spring|summer|autumn|fall|winter|january|february|march|april|may|june|july|august|september|october|november|december|monday|next)"
              r"|see (you|everyone|you all) (in|next|when|after)|after (the|my) (trip|surgery|operation|expedition))\b")
# (No bare 见 among the next steps, mend148: "明天以后大家就见不到我了" is the farewell itself, not a step after it.)
# What hedges or denies the next step AFTER it is named (mend148, review143 F1: "see you when i get back, maybe not",
# "那时候我应该已经不在了", "new job monday, if there is a next week for me"): read by position, on what follows the
# next step, so that a step named and then taken back is no step; a negation or a doubt of being there is enough.
_HEDGED = regex(r"不在|不会(去|在|回|到|有)|去不了|不去|到不了|没有?(以后|下次|那天|机会|下周|明天)|另一个(地方|世界)|已经(不|走|去)|大概|应该已经|也许|可能|或许|未必|不一定"
                r"|如果|要是|假如|其实|根本|不过|但是|可是|只是"
                r"|\b(maybe|perhaps|probably|possibly|might|may not|or not|won'?t|wont|will not|not be|never|unless|if|by then|somewhere|another (place|world)"
                r"|hope (i|it|not)|doubt|but|actually|honestly)\b")
# A will or a handover told as the routine of the event.
_ROUTINE = regex(r"按(照)?(惯例|习惯)|照例|习惯了|每次(出|去|远|都)|以防万一|走个形式|常规|\b(as (i|we) always do|like (i|we) always do|standard|routine|just in case|as usual|every time (i|we) (go|travel|leave))\b")
# What a routine will or handover may not carry (mend148, review143 F3): a will or a handover itself, with the debt in
# the clause that tells the will or the handover, not a question ("遗嘱…里面交代了借呗的欠款"), and relief or an end told after the routine
# ("写完我就觉得可以放心了", "像是最后一次", "a letter saying sorry").
_WILL = regex(r"遗嘱|遗书|交代|交给|留给|密码|写(清|进|在|好|明|上)|里面|\b(wills?|testament|passwords?|hand\w* over|left (it|them|my|a|the))\b")
_ASKED = regex(r"吗|么|\?|？|会不会|能不能|可不可以|怎么|如何|要不要|是不是|想问|请问|\b(can|could|will|would|do|does|is|are|should|how|what)\b")
_SETTLED = regex(r"(就|可以|终于|总算|能)\S{0,3}(放心|安心|踏实)|(放心|安心|踏实)(了|地)|平静|牵挂|最后一次|为难|操心|了结|对不起|抱歉|告别|再见"
                 r"|\b(at peace|peace of mind|relie\w*|rest|for the last time|last time|for good|sorry|goodbye|farewell|letters?|nothing left)\b")
# Work contacts or groups removed.
_WORK_TIES = regex(r"(删|退|拉黑|屏蔽|清)\S{0,6}(同事|工作群|钉钉|企业微信|客户|领导|老板|工作号|前公司)|(同事|工作群|钉钉|企业微信|客户|领导|老板|工作号)\S{0,8}(删|退|拉黑|屏蔽|清)"
                   r"|\b(delet\w*|remov\w*|left|leave|mut\w*|unfollow\w*|block\w*)\b.{0,20}\b(coworkers?|co-workers?|colleagues?|work (chats?|groups?|contacts?)|clients?|boss)\b")
# Everyone removed, not work: a farewell to the whole of one's life ("把微信里所有人都删了").
_EVERYONE = regex(r"所有人|全部(好友|联系人)|所有(好友|联系人)|家人|朋友|亲戚|\b(everyone|everybody|all (my )?contacts|family|friends)\b")
# What no event outweighs: a future denied, everyone (not work) removed, being unfindable, a word of death or an end.
_DENIED = regex(r"不(打算|准备|想|会|用|必)(再)?(回来|回去|去了|去新|报到|上班)|不回来|回不来|没有(要)?(旅行|出差|手术|要去)|不是(要)?(搬家|出差|旅行|换工作)|用不上|不需要"
                r"|不在了|不在这个世|找不到我|别找我|联系不上|不存在|消失|也好|正好|就好了|巴不得|算了|下不了|醒不过来|不醒"
                # (the next step doubted: "撑不到那天", "not sure I'll make it there")
                r"|撑不到|等不到|到不了|熬不到|活不到|不一定(能)?(去|到)|未必|如果我还在|要是我还在|大家就轻松"
                r"|\b(not sure i'?ll (make it|be there|get there|be around)|won'?t make it|if i make it|if i'?m still (here|around)|might not make it"
                r"|don'?t think i'?ll (make it|be there|get there)|never get there|if i get there)\b"
                r"|死|自杀|轻生|不想活|活着|遗书|遗言|解脱|了结|下辈子|撑不|熬不|绝望|走了以后|我走后|后事"
                r"|\b(not (planning|going|gonna) to (come back|return|be back)|not coming back|wont (be back|need|return|come back)|no (trip|surgery|move)"
                r"|one[- ]way|find me|after i'?m gone|hope (i|it) (don'?t|doesn'?t|won'?t)|wouldn'?t mind|rather not|never wake"
                r"|after i'?m gone|when i'?m gone|die|dead|death|suicid\w*|end it|disappear\w*"
                r"|for good|last goodbye|no longer need|dont need (anything|it|them))\b")


def onward(message: str, clauses: list[Clause], whole_masked: str) -> str | None:
    """"moving on" when the message names an everyday event with the writer's next step after it, "routine" when a will
    or a handover is told as its routine, "work ties" when work contacts are removed because the job was left (see the module doc); else None."""
    whole = whole_masked.lower()
    raw = fold_clause(message).lower()
    if not _EVENT.search(raw):
        return None
    if TURN.search(whole) or SELF_TOO.search(whole) or _MINE_TOO.search(whole) or _DEBT_DESPAIR.search(whole) \
            or _WISH.search(whole) or _WELCOMED.search(whole) or _WRITER_NEXT.search(whole) or _SELF_RESCUED.search(whole) \
            or _FINAL.search(whole) or _DENIED.search(raw) or INTENT.search(whole) \
            or GRAVE.search(_GOODBYES.sub(" ", _OCCASION.sub(" ", _EVENT.sub(" ", whole)))) \
            or _PLACE_OR_MEANS.search(raw):
        return None
    step = _NEXT.search(raw)
    if step:
        return None if _HEDGED.search(raw[step.end():]) else "moving on"
    routine = _ROUTINE.search(raw)
    if routine and not KEEPS.search(_ROUTINE.sub(" ", whole)):
        if _SETTLED.search(raw[routine.end():]) or any(  # (prudence is no relief: "这样比较放心"; blind21)
                _DEBT.search(text) and _WILL.search(text) and not _ASKED.search(text) for text in (fold_clause(c.text).lower() for c in clauses)):
            return None
        return "routine"
    if _WORK_TIES.search(raw) and not _EVERYONE.search(raw) and not KEEPS.search(whole):
        return "work ties"
    return None


__all__ = ["onward"]
