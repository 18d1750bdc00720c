"""A veiled farewell told by one's own affairs settled, with a parting word (safe63, issue 12; user61 item 4).

"我今晚会把自己的事情都交代好 借呗的钱我还不上了 对不起大家", "我把事情都交代清楚了 … 以后你们好好过", "I've sorted out
all my affairs … sorry everyone, take care of yourselves": settling one's own affairs (交代/安排/处理/料理 好 or 清楚,
该交代的都交代了, "affairs in order", "left instructions for my family") is read only where the message also says a
parting word to the people left (an apology to all or to one's parents, 以后你们好好过, 别挂念我, thanks for these
years, "take care of yourselves", "forgive me"). Either alone is everyday.

The everyday readings, anywhere in the message, make the cue absent (it adds recall only, and cancels no other
reader's window: see SETTLED): a work
handover, leave, a trip, a move or a new job (工作都交代清楚了, "handed over everything at work"), and a confession
of the debt to someone (跟老婆把借呗的事交代清楚, 坦白): 交代 also means to own up.
"""

from __future__ import annotations

from ..patterns import regex
from .clauses import any_of
from .cue import Cue

# One's own affairs settled: the affairs are the writer's own, the things, or what is left to settle, not a named
# matter (借呗的事 is a confession); 都/全/已经 and a time may sit between.
_OWN_AFFAIRS_ZH = r"(自己的|我的|手上的|手头的|身边的|后面的|剩下的|所有的)?(事情|事儿|一切)"
_SETTLED_ZH = (rf"把{_OWN_AFFAIRS_ZH}(都|全|全部)?(交代|安排|处理|料理)(好|清楚|妥当|妥|完)"
               rf"|(?<![借呗的])(?<!借款的){_OWN_AFFAIRS_ZH}(都|全|全部)?(已经)?(交代|安排|处理|料理)(好|清楚|妥当|妥|完)(了)?"
               r"|该交代的\S{0,3}(都|全)?(交代|说)(了|好了|清楚了|完了)")
_SETTLED_EN = (r"\b(?:(sorted( out)?|settled|put|got|have|tied up) (all )?(of )?my affairs( in order)?|my affairs (are )?(all )?(in order|settled|sorted)"
               r"|everything( is| has been)? (all )?(settled|sorted( out)?|taken care of|in order)( now)?"
               r"|left (instructions|everything written down) for (my|the) (family|wife|husband|kids|parents)|tied up (all )?(the )?loose ends)\b")
# A parting word to the people left.
_PARTING_ZH = (r"对不起(大家|所有人|你们|爸妈|爸|妈|家人|全家|老婆|老公|孩子)|(以后|今后)(你们|大家)?(都)?(要)?好好(的|过|生活|活|照顾)"
               r"|你们(以后)?(要)?好好(的|过|生活)|别(挂念|惦记|想|找)我|谢谢(你们|大家)(这些年|一直)|下辈子|永别|再见了")
_PARTING_EN = (r"\b(sorry (to )?(everyone|everybody|all of you|you all|mum|mom|dad|my family)|take care of yourselves|look after (each other|yourselves|mum|mom|dad)"
               r"|forgive me|i love you all|goodbye( everyone| all)?|dont (miss|look for) me)\b")
# A handover at work, leave, a trip, a move or a new job; a confession of the debt to someone.
_EVERYDAY = regex(r"工作|交接|离职|辞职|入职|项目|同事|领导|公司|上班|请假|休假|产假|出差|出国|搬家|旅游|开会|会议|考试"
                  r"|(跟|向|和|对)(老婆|老公|爸|妈|家里|家人|父母|他|她|领导|媳妇|对象)\S{0,12}交代|坦白|承认|借呗的事|债的事|欠款的事|(跟|和|与|同)(银行|平台|支付宝|客服|催收)"
                  r"|\b(work|handover|handed over|leave|colleagues?|office|boss|trip|travel\w*|moving|move|new job|meeting|holiday|vacation|confess\w*|told (my|her|him)|(settled|sorted( out)?|taken care of) with|bank|lender|platform|customer service|payment plan|instal\w*)\b")

SETTLED = (
    # (The everyday readings make the cue absent, never cancelled: a cancelled match sets its window aside for every
    # reader (crisis.set_aside), which hid "I've put everything in order, the bank cards are on the table…, goodbye".)
    Cue("farewell", any_of(_SETTLED_ZH, _SETTLED_EN),
        requires=regex(rf"^(?![\s\S]*(?:{_EVERYDAY.pattern}))[\s\S]*(?:{_PARTING_ZH}|{_PARTING_EN})")),
)

__all__ = ["SETTLED"]
