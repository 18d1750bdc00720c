"""Abuse cue words that tell the writer's own lawful step, not abusive collection (issue 12, fa59).

One reading, of the matched words and the window beside them, never of the message: arbitration the writer seeks
over unpaid wages ("公司欠我三个月工资，正在走劳动仲裁"; "I filed for labour arbitration"). fake_legal reads 仲裁 /
arbitration as a collector's made-up court; labour arbitration is the writer's own case against an employer. Only
where the window or the clause before names wages, labour or an employer and no collector or message from one
("催收说已经申请仲裁，交钱可以撤" stays fake_legal).

(mend73 removed fa59's two other readings, a threat word whose object is the legal department or a lawsuit, and 吓唬
asked as a doubt: their closed list of what lies beyond a lawful step cleared 26 real reports of a visit, of suing a
relative, of jail or deportation: review85 §2.)

Where the line is (a rude collector): rudeness alone (a harsh tone, hanging up, sarcasm) is not abusive collection;
threats, insults (name-calling, curses, swearing), shaming or deceit are. This module only reads the one above.
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


def own_step(name: str, text: str, match: re.Match[str], context: str) -> bool:
    """Whether an abuse cue's ``match`` in the window ``text`` (``context``: the window with the clause before) tells
    the writer's own labour arbitration (see the module docstring): discounted.discounted's hook through lookalikes."""
    if name == "fake_legal" and _ARBITRATION.search(match.group(0)):
        return _WAGES.search(context) is not None and _THEIRS.search(text) is None
    return False


__all__ = ["own_step"]
