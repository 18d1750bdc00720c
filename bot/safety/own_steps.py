"""Abuse cue words that tell a lawful step, or the writer's own, not abusive collection (issue 12, fa59).

Three readings, each of the matched words and the few words beside them in their own clause, never of the message:

- arbitration the writer seeks over unpaid wages ("公司欠我三个月工资，正在走劳动仲裁"; "I filed for labour arbitration"):
  fake_legal reads 仲裁 / arbitration as a collector's made-up court; labour arbitration is the writer's own case
  against an employer. Only where the window or the clause before names wages, labour or an employer and no collector
  or message from one ("催收说已经申请仲裁，交钱可以撤" stays fake_legal);
- a threat word whose object is only a lawful step ("威胁说要把案子转给法务部", "threatened to pass my case to their
  legal department"): the legal department, a lawsuit or a court, named within a few words after it, with nothing of
  jail, police, a visit, family, work, exposure or harm there ("威胁说要转法务，还要去我单位闹" stays abuse);
- 吓唬 asked as a doubt about a lawful step said ("说不还就走法律程序，这是真的还是吓唬人"): a question whether the step is
  real, not a report of intimidation. Only where the window or the clause before names a lawful step and nothing beyond
  it: a doubted visit ("说会上门是不是吓唬我的") keeps the abuse reply with the visit answer.

Where the line is (a rude collector): rudeness alone (a harsh tone, hanging up, sarcasm) is not abusive collection;
threats, insults (name-calling, curses, swearing), shaming or deceit are. This module only reads the three above.
"""

from __future__ import annotations

import re

from ..patterns import regex

# Wages, labour or an employer named (the writer's own dispute), and a collector or a message from one (theirs).
_WAGES = regex(r"工资|薪水|薪资|欠薪|劳动|劳资|劳动局|仲裁委|人社|老板|公司(欠|拖)|单位(欠|拖)|辞退|赔偿金"
               r"|\b(wages?|salary|salaries|paycheck|unpaid|labou?r|employer|employment|boss|tribunal|fired|dismiss\w*|severance)\b")
_THEIRS = regex(r"催收|催债|对方|他们|短信|消息|通知|律师函|传票|(他|她)说|说已经|自称|冒充|交钱|撤案|费"
                r"|\b(collectors?|agents?|agency|they said|texts?|sms|message|letter|fee|deposit|claimed|pretend\w*)\b")
_ARBITRATION = regex(r"仲裁|arbitration")

# A threat word followed, in its clause, by a lawful step only.
_THREAT = regex(r"威胁|恐吓|吓唬|\bthreat\w*")
_LAWFUL = regex(r"法务|起诉|诉讼|法律程序|法律途径|打官司|上法院|走法院|走法律|\b(legal (department|dept|team|action|proceedings?)|legal|sue|suing|lawsuit|court|law firm)\b")
_BEYOND = regex(r"坐牢|抓|拘|公安|警察|派出所|刑事|上门|老家|家人|家里|爸|妈|老婆|老公|孩子|单位|公司|同事|通讯录|曝光|群|朋友圈|打(?!官司)|砍|杀|死|弄|收拾|好看|小心|假|冒充"
                r"|\b(jail|prison|arrest\w*|police|cops?|criminal|home|house|visit\w*|family|parents?|wife|husband|kids?|children|school|work|boss|"
                r"colleagues?|contacts|expose|post\w*|hurt|kill|beat|fake|pretend\w*)\b")
# 吓唬 asked about: "是真的还是吓唬人", "是不是(在)?吓唬我", "只是吓唬我吗", "是在吓唬我吧".
_DOUBT_BEFORE = regex(r"(是真的还是|是不是|是否|还是|只是|就是|是在|不过是|是)(在)?$")
_DOUBT_AFTER = regex(r"^(人|我|你|我们)?(的|而已|罢了)?(吗|吧|呢|啊|嘛|\?|？|\s|$)")


def own_step(name: str, text: str, match: re.Match[str], context: str) -> bool:
    """Whether an abuse cue's ``match`` in the window ``text`` (``context``: the window with the clause before) tells
    a lawful step or the writer's own (see the module docstring): abuse._discounted's hook through lookalikes."""
    said = match.group(0)
    if name == "fake_legal" and _ARBITRATION.search(said):
        return _WAGES.search(context) is not None and _THEIRS.search(text) is None
    if name not in ("explicit", "talk") or not _THREAT.fullmatch(said.lower()):  # talk: the classifier's guess vetted
        return False
    if said == "吓唬" and _DOUBT_BEFORE.search(text[: match.start()]) and _DOUBT_AFTER.search(text[match.end():]):
        # only a lawful step doubted: "说会上门是不是吓唬我的" keeps the abuse reply with the visit answer (test_routing)
        return _LAWFUL.search(context) is not None and _BEYOND.search(context[: len(context) - len(text) + match.start()]) is None
    after = re.split(r"[，,。.!！？?;；]", text[match.end():], maxsplit=1)[0][: 60 if said.isascii() else 20]
    return _LAWFUL.search(after) is not None and _BEYOND.search(after) is None


__all__ = ["own_step"]
