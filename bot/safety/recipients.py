"""Kin named as the RECIPIENTS of the writer's acts, not as who acts (mend82, issue 12; review99 §2).

Whose crisis a clause tells is read from the first person named near its start (others._whose). In a message of affairs
put in order the kin are named as the ones given to: "分别留给爸妈和弟弟", "车已经过户给我弟了", "这些钱和我爸妈无关". Read
as subjects, they made a writer at risk the helper of a relative (the helper's reply). Set aside before the subject is
read: kin after 给/留给/交给/转给/过户给/托付给/送给, and kin before 无关/没关系 (cleared of the debt). A relative who acts
("我弟把车过户给我了", "我妈说跟她无关") keeps the head of the clause and stays the subject."""

from __future__ import annotations

from ..patterns import regex

_KIN = (r"(?:我的|我)?(?:老公|老婆|丈夫|妻子|媳妇|男朋友|女朋友|对象|爸爸|妈妈|老爸|老妈|阿爸|阿妈|爸妈|父母|父亲|母亲|爸|妈"
        r"|爷爷|奶奶|外公|外婆|舅舅|叔叔|姑姑|阿姨|表哥|表姐|表弟|表妹|哥哥|姐姐|弟弟|妹妹|哥|姐|弟|妹|儿子|女儿|孩子"
        r"|家人|家里人?|朋友|闺蜜|同事|室友|他|她)")
_RECIPIENT = regex(rf"(?:留给|交给|转给|过户给|托付给|送给|寄给|转交给|给)(?:了)?{_KIN}(?:(?:和|跟|、|及){_KIN})*"
                   rf"|(?:与|跟|和)(?:我)?{_KIN}(?:(?:和|跟|、|及){_KIN})*(?:都|也)?(?:无关|没关系|没有关系|无干)")


def without_recipients(text: str) -> str:
    """The clause (folded) with kin named as recipients of acts or cleared of the debt blanked (see the module doc)."""
    return _RECIPIENT.sub(" ", text)
